"""Which signature box of a report a signer belongs in: the lead's, the co-assessor's, or neither.

Certificates and visit records spell people differently ("Dr. Elena Conti" on the visit,
"Elena Conti" in the certificate), so an e-mail address decides first and names are
compared without titles, punctuation, case or accents.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from assessor_app.domain.visit import Assessor

# Letters NFKD does not take apart into a base letter and an accent.
FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "æ": "ae",
                      "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})  # fmt: skip
TITLES = {"dr", "prof", "professor", "mr", "mrs", "ms", "md", "phd", "msc", "frcr", "pd"}


class SigningRole(StrEnum):
    LEAD = "lead"
    CO = "co"


def normalized_name(name: str) -> str:
    """'Prof. Dr. Łukasz  Nowak-Wiśniewski' -> 'lukasz nowak wisniewski'."""
    plain = unicodedata.normalize("NFKD", name.translate(FOLD))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    words = re.split(r"[^\w]+|_", plain)
    return " ".join(w for w in words if w and w not in TITLES)


def role_of(name: str, email: str, lead: Assessor, co: Assessor) -> SigningRole | None:
    """The visit role of a signer, by e-mail first, then by name; None when neither fits."""
    people = ((SigningRole.LEAD, lead), (SigningRole.CO, co))
    address = email.strip().casefold()
    if address:
        for role, person in people:
            if person.email.strip().casefold() == address:
                return role
    wanted = normalized_name(name)
    if wanted:
        for role, person in people:
            if normalized_name(person.name) == wanted:
                return role
    return None
