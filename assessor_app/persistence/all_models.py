"""Every ORM model module, so Base.metadata holds the whole schema (migrations, tests)."""

from assessor_app.persistence import (  # noqa: F401  (imported for their tables)
    case_review_models,
    evidence_request_models,
    models,
    report_models,
    self_assessment_models,
    sync_models,
    trust_models,
)
