"""Migration 0002_case_review: the tables match the models, and a 0001 database upgrades."""

from __future__ import annotations

from sqlalchemy import inspect

from assessor_app.persistence.engine import make_engine
from assessor_app.persistence.migrations import current_revision, upgrade


def test_upgrade_from_0001_then_models_and_schema_agree(tmp_path):
    engine = make_engine(tmp_path / "old.db")
    upgrade(engine, "0001_initial")
    assert "case_draws" not in inspect(engine).get_table_names()
    upgrade(engine, "0002_case_review")
    assert current_revision(engine) == "0002_case_review"
    names = set(inspect(engine).get_table_names())
    assert {"case_population", "case_draws", "case_reviews", "case_answers"} <= names
    engine.dispose()
    # That models and migrations agree at head is checked in test_migrations.py.
