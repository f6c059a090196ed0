"""Matching a signer to the visit's lead or co-assessor, as certificates spell people."""

from __future__ import annotations

import pytest

from assessor_app.domain.signing_roles import SigningRole, normalized_name, role_of
from assessor_app.domain.visit import Assessor

LEAD = Assessor("Dr. Elena Conti", "Elena.Conti@example.org")
CO = Assessor("Prof. Dr. Łukasz Nowak-Wiśniewski", "")


@pytest.mark.parametrize(
    ("name", "email", "role"),
    [
        ("Someone Else", "elena.conti@EXAMPLE.org ", SigningRole.LEAD),  # e-mail decides
        # The visit records the lead's e-mail: her name alone is not her (issue 12).
        ("Elena Conti", "", None),
        ("Dr. Elena Conti", "mallory@example.org", None),
        ("CONTI, Elena", "other@example.org", None),  # other order: not guessed
        ("Lukasz Nowak Wisniewski", "", SigningRole.CO),  # no accents, no hyphen
        ("Dr Łukasz Nowak-Wiśniewski", "lukasz@example.org", SigningRole.CO),
        ("Elena", "", None),
        ("", "", None),
    ],
)
def test_role_of(name: str, email: str, role: SigningRole | None) -> None:
    assert role_of(name, email, LEAD, CO) is role


def test_an_empty_email_on_the_visit_matches_no_signer_by_email() -> None:
    assert role_of("Unrelated", "", LEAD, Assessor("Jan Ørsted", "")) is None
    assert role_of("Unrelated", "x@example.org", Assessor("A", ""), Assessor("B", "")) is None


def test_an_assessor_known_by_name_alone_is_matched_by_name() -> None:
    lead = Assessor("Dr. Elena Conti", "")
    assert role_of("Elena Conti", "elena@example.org", lead, CO) is SigningRole.LEAD


def test_normalized_name() -> None:
    assert normalized_name("Prof. Dr. Jan  Ørsted-Łódź, PhD") == "jan orsted lodz"
