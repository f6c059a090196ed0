"""The outcome rules: accredited, excellence, not yet, and every reason listed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from assessor_app.domain.outcome import (
    FindingState,
    ReasonCode,
    Tier,
    describe,
    evaluate,
    progress,
)
from assessor_app.domain.ratings import Rating
from assessor_app.domain.template import ChecklistTemplate
from assessor_app.templates.loader import load_template_file
from tests.conftest import ROOT

TEMPLATE: ChecklistTemplate = load_template_file(
    ROOT / "resources" / "templates" / "iasios-cirse-2018.json"
)
REQS = TEMPLATE.requirements
CORE = [r.key for r in REQS if r.core]
EXTENDED = [r.key for r in REQS if not r.core]


def all_met() -> dict[str, FindingState]:
    return {r.key: FindingState(Rating.MET) for r in REQS}


def run(findings: dict[str, FindingState], review: bool = True, volume: int = 200):
    return evaluate(REQS, findings, case_review_complete=review, annual_procedures=volume)


def test_everything_met_is_excellence():
    outcome = run(all_met())
    assert outcome.tier is Tier.EXCELLENCE
    assert outcome.reasons == ()


def test_core_met_extended_open_is_accredited_with_extended_reasons():
    findings = all_met()
    findings["9.a"] = FindingState(Rating.NOT_MET)
    findings["13.b"] = FindingState(None)
    outcome = run(findings)
    assert outcome.tier is Tier.ACCREDITED
    assert outcome.keys_for(ReasonCode.EXTENDED_NOT_MET) == ["9.a"]
    assert outcome.keys_for(ReasonCode.EXTENDED_UNANSWERED) == ["13.b"]
    assert all(r.blocks is Tier.EXCELLENCE for r in outcome.reasons)


def test_each_core_gap_is_listed_by_key():
    findings = all_met()
    findings["1.c"] = FindingState(Rating.PARTIAL)
    findings["6.b"] = FindingState(Rating.NOT_MET)
    findings["8.d"] = FindingState(Rating.NOT_ASSESSED)
    findings.pop("12.b")
    outcome = run(findings)
    assert outcome.tier is Tier.NOT_YET
    assert outcome.keys_for(ReasonCode.CORE_NOT_MET) == ["1.c", "6.b"]
    assert outcome.keys_for(ReasonCode.CORE_UNANSWERED) == ["8.d", "12.b"]
    assert describe(outcome)[0] == "2 core requirements not fully met: 1.c, 6.b"


def test_core_na_counts_only_with_justification_and_is_listed():
    findings = all_met()
    findings["4.d"] = FindingState(Rating.NA, "  ")
    outcome = run(findings)
    assert outcome.tier is Tier.NOT_YET
    assert outcome.keys_for(ReasonCode.CORE_NA_UNJUSTIFIED) == ["4.d"]
    findings["4.d"] = FindingState(Rating.NA, "No inpatient beds: day-case service only.")
    outcome = run(findings)
    assert outcome.tier is Tier.EXCELLENCE
    assert outcome.core_na_accepted == ("4.d",)


def test_case_review_and_volume_block_accreditation():
    outcome = run(all_met(), review=False, volume=149)
    assert outcome.tier is Tier.NOT_YET
    codes = [r.code for r in outcome.reasons]
    assert codes == [ReasonCode.CASE_REVIEW_INCOMPLETE, ReasonCode.VOLUME_BELOW_THRESHOLD]
    assert run(all_met(), volume=150).tier is Tier.EXCELLENCE


ratings = st.sampled_from([None, *Rating])
finding_states = st.builds(FindingState, ratings, st.sampled_from(["", "justified"]))


@given(
    core=st.dictionaries(st.sampled_from(CORE), finding_states),
    extended=st.dictionaries(st.sampled_from(EXTENDED), finding_states),
    review=st.booleans(),
    volume=st.integers(0, 400),
)
def test_rules_hold_for_any_ratings(core, extended, review, volume):
    findings = all_met() | core | extended
    outcome = run(findings, review, volume)

    def ok(key: str) -> bool:
        state = findings[key]
        return state.rating is Rating.MET or (
            state.rating is Rating.NA and bool(state.justification.strip())
        )

    core_ok = all(ok(k) for k in CORE) and review and volume >= 150
    extended_ok = all(ok(k) for k in EXTENDED)
    expected = (
        Tier.EXCELLENCE if core_ok and extended_ok else Tier.ACCREDITED if core_ok else Tier.NOT_YET
    )
    assert outcome.tier is expected
    # Every requirement that is not acceptable appears as exactly one reason with its key.
    keyed = [r.key for r in outcome.reasons if r.key]
    assert sorted(keyed) == sorted(k for k in CORE + EXTENDED if not ok(k))


@given(extended=st.dictionaries(st.sampled_from(EXTENDED), finding_states))
def test_extended_answers_never_compensate_for_core(extended):
    findings = all_met() | extended
    findings["7.b"] = FindingState(Rating.NOT_MET)
    assert run(findings).tier is Tier.NOT_YET


def test_progress_counts_answers_per_section():
    findings = {"1.a": FindingState(Rating.MET), "1.b": FindingState(Rating.NOT_ASSESSED)}
    findings["10.c"] = FindingState(Rating.NA, "x")
    p = progress(TEMPLATE, findings)
    assert (p.answered, p.total, p.core_answered, p.core_total) == (2, 65, 2, 27)
    assert [s.answered for s in p.sections] == [1, 0, 1]
    assert sum(s.total for s in p.sections) == 65
