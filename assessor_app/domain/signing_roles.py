"""Which signature box of a report a signer belongs in: the lead's, the co-assessor's, or neither.

Certificates and visit records spell people differently ("Dr. Elena Conti" on the visit,
"Elena Conti" in the certificate), so an e-mail address decides first and names are
compared without titles, punctuation, case or accents.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from enum import StrEnum

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError
from assessor_app.domain.visit import Assessor

# Letters NFKD does not take apart into a base letter and an accent.
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae",
                      "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})  # fmt: skip
TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "md", "phd", "msc", "frcr", "pd"}
# Cyrillic and Greek letters (after casefold) that a reader cannot tell from a Latin one in
# a name or an e-mail address: "Еlena" with a Cyrillic Е is Elena to whoever reads it.
LOOKALIKES = str.maketrans({
    "а": "a", "в": "b", "е": "e", "һ": "h", "н": "h", "і": "i", "ј": "j", "к": "k",
    "ӏ": "l", "м": "m", "о": "o", "р": "p", "ԛ": "q", "с": "c", "ѕ": "s", "т": "t",
    "у": "y", "ү": "y", "ԝ": "w", "х": "x", "ԁ": "d",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "μ": "m", "ν": "v",
    "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ζ": "z",
})  # fmt: skip


def _folded(text: str) -> str:
    """``text`` as a reader sees it: compatibility forms (fullwidth, ligatures) and letters
    NFKD takes apart to their base letter, accents, case and invisible format characters
    (zero-width joiners and spaces, soft hyphens) dropped, lookalike letters as Latin."""
    plain = unicodedata.normalize("NFKD", text.translate(FOLD))
    plain = "".join(
        ch for ch in plain if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )
    return plain.casefold().translate(LOOKALIKES)


class SigningRole(StrEnum):
    LEAD = "lead"
    CO = "co"


def normalized_name(name: str) -> str:
    """'Prof. Dr. Łukasz  Nowak-Wiśniewski' -> 'lukasz nowak wisniewski'; names a reader
    cannot tell apart compare equal ('Ele\u200dna', 'Ｅlena' and a Cyrillic 'Еlena' are
    'elena'). Loose on purpose: who can write one spelling of a name can write them all,
    so it decides nothing an e-mail address should (role_of asks the e-mail first)."""
    words = re.split(r"[^\w]+|_", _folded(name))
    return " ".join(w for w in words if w and w not in TITLES)


def lookalike_email(email: str) -> str:
    """An e-mail address as a reader sees it (``_folded``, no spaces), for the no-downgrade
    rule only: there 'ＥLENA@x' or a Cyrillic 'еlena@x' is elena@x. Never an identity: a
    key is pinned under, and a certificate matched by, trust_types.email_key."""
    return "".join(_folded(email).split())


def role_of(name: str, email: str, lead: Assessor, co: Assessor) -> SigningRole | None:
    """The visit role of a signer; None when neither fits. An assessor whose e-mail the
    visit records is matched by that e-mail only (a certificate merely carrying their name
    is not them); the name decides only for an assessor the visit knows by name alone."""
    people = ((SigningRole.LEAD, lead), (SigningRole.CO, co))
    address = email.strip().casefold()
    if address:
        for role, person in people:
            if person.email.strip().casefold() == address:
                return role
    wanted = normalized_name(name)
    if wanted:
        for role, person in people:
            if not person.email.strip() and normalized_name(person.name) == wanted:
                return role
    return None


# How messages name each role and its box.
ROLE_WORDS = {SigningRole.LEAD: "lead assessor", SigningRole.CO: "co-assessor"}
BOX_WORDS = {SigningRole.LEAD: "lead assessor's", SigningRole.CO: "co-assessor's"}
# An additional signature's name becomes part of a PDF field name: plain letters only.
ADDITIONAL_FIELD_PREFIX = "Additional_"
ADDITIONAL_ROLE_MOST = 40
_ADDITIONAL_ROLE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 -]*")


@dataclass(frozen=True, slots=True)
class BoxDecision:
    """Where a signer may sign: ``box`` is their own assessor box, or None with the
    ``problem`` that says why they may sign none."""

    role: SigningRole | None
    box: SigningRole | None
    problem: ValidationError | None


def signer_label(name: str, email: str) -> str:
    return f"{name} <{email}>" if name and email else (name or email or "?")


def decide_box(
    name: str,
    email: str,
    lead: Assessor,
    co: Assessor,
    free: Collection[SigningRole],
    *,
    signed_already: bool = False,
    wanted: SigningRole | None = None,
) -> BoxDecision:
    """The one rule of the assessor boxes: only the visit's lead assessor signs the lead's
    box and only its co-assessor the co-assessor's (matched by e-mail, then name, see
    ``role_of``); anyone else, or someone asking for the other's box, is refused."""
    who = signer_label(name, email)

    def refused(problem: ValidationError, role: SigningRole | None) -> BoxDecision:
        return BoxDecision(role=role, box=None, problem=problem)

    if not any((lead.name.strip(), lead.email.strip(), co.name.strip(), co.email.strip())):
        return refused(ValidationError.coded(ErrorCode.REPORT_NAMES_NO_ASSESSORS), None)
    role = role_of(name, email, lead, co)
    if role is None:
        return refused(
            ValidationError.coded(
                ErrorCode.SIGNER_NOT_AN_ASSESSOR,
                signer=who,
                lead=signer_label(lead.name, lead.email) if (lead.name or lead.email) else "—",
                co=signer_label(co.name, co.email) if (co.name or co.email) else "—",
            ),
            None,
        )
    if signed_already:
        return refused(ValidationError.coded(ErrorCode.REPORT_SIGNED_ALREADY, signer=name), role)
    if wanted is not None and wanted is not role:
        return refused(
            ValidationError.coded(
                ErrorCode.ASSESSOR_BOX_OF_OTHER,
                signer=who,
                role=ROLE_WORDS[role],
                box=BOX_WORDS[wanted],
            ),
            role,
        )
    if role not in free:
        return refused(
            ValidationError.coded(ErrorCode.ASSESSOR_BOX_SIGNED, box=BOX_WORDS[role]), role
        )
    return BoxDecision(role=role, box=role, problem=None)


def additional_field_name(role: str) -> str:
    """The PDF field of an additional, named signature ("witness" -> "Additional_witness");
    never an assessor box, so it never counts as an assessor's signature."""
    text = " ".join(role.split())
    if not text or len(text) > ADDITIONAL_ROLE_MOST or not _ADDITIONAL_ROLE.fullmatch(text):
        raise ValidationError.coded(ErrorCode.ADDITIONAL_ROLE_INVALID, most=ADDITIONAL_ROLE_MOST)
    return ADDITIONAL_FIELD_PREFIX + text.replace(" ", "-")


def additional_role_of(field_name: str) -> str | None:
    """The name of an additional signature from its field, or None for any other field."""
    if field_name.startswith(ADDITIONAL_FIELD_PREFIX):
        return field_name[len(ADDITIONAL_FIELD_PREFIX) :].replace("-", " ") or None
    return None
