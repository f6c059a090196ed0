"""Any visit the app accepts gives a report: random long, multi-line texts in every field,
in every script the report prints, with markup characters mixed in."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from assessor_app.domain.ratings import Rating
from assessor_app.domain.text_limits import NAME, VISIT_TEXT_LIMITS
from assessor_app.domain.visit import Assessor, Facility, NewVisit, ProcedureType, Severity
from assessor_app.services.container import Services
from tests.report_text import pdftotext

LETTERS = (
    list("abcxyz ÆøßéĞ <>&;\"'/=") + list("مستشفى الأمل") + list("שלום") + list("北京医院서울")
)
LETTERS += [*"Ωλ Жд 0123456789.,-()", "\n", "\n", "\t"]


# Full maxima are built in test_report_edges; here length varies with the script mix, kept
# to what two shared CI cores build in seconds.
SAMPLE = 3000


@st.composite
def texts(draw: st.DrawFn, limit: int) -> str:
    """Up to ``limit`` characters: a random chunk repeated, so long texts come cheaply."""
    chunk = draw(st.text(st.sampled_from(LETTERS), min_size=1, max_size=120))
    times = draw(st.integers(1, limit // len(chunk) + 1))
    return (chunk * times)[:limit]


def _name(value: str) -> str:
    return value if value.strip() else "x" + value[1:]


@settings(
    max_examples=3,
    deadline=None,
    # Shrinking a failure would rebuild reports for minutes: report the example as drawn.
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    facility=st.fixed_dictionaries(
        {k: texts(min(v, SAMPLE)) for k, v in VISIT_TEXT_LIMITS.items() if "email" not in k}
    ),
    comment=texts(SAMPLE),
    justification=texts(SAMPLE),
    action=texts(SAMPLE),
    owner=texts(NAME),
    caption=texts(2000),
)
def test_any_accepted_visit_gives_a_report(
    services: Services,
    tmp_path: Path,
    facility: dict[str, str],
    comment: str,
    justification: str,
    action: str,
    owner: str,
    caption: str,
) -> None:
    template = services.templates.default()
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(
                name=_name(facility["facility_name"]),
                department=facility["department"],
                address=facility["address"],
                country=facility["country"],
                facility_code=facility["facility_code"],
                authorised_representative=facility["authorised_representative"],
                contact_person=facility["contact_person"],
            ),
            template_id=template.id,
            volumes={ProcedureType.ABLATION: 160},
            lead_assessor=Assessor(facility["lead_assessor_name"]),
            co_assessor=Assessor(facility["co_assessor_name"]),
        )
    )
    key = template.requirements[0].key
    services.findings.rate(
        visit_id, key, Rating.PARTIAL, comment=comment, justification=justification
    )
    services.actions.add(visit_id, key, _name(action), Severity.MINOR, owner=owner)
    document = tmp_path / "minutes.txt"
    document.write_text("minutes")
    services.attachments.add(visit_id, key, document, caption=caption)
    out = tmp_path / "report.pdf"
    report = services.reports.generate(visit_id, out)
    assert report.pages >= 8
    printed = pdftotext(out)
    assert "Signatures" in printed and report.report_id in printed
