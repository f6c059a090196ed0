"""How strong a passphrase is: a score 0-4 and the reason, shown by the CLI and the GUI.

A rough estimate (length and the kinds of characters, common patterns penalised), enough
to steer a person away from "password1"; only the minimum length is enforced.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass
from enum import StrEnum

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError

MIN_LENGTH = 8
_COMMON = {"password", "passwort", "qwerty", "azerty", "123456", "letmein", "iasios", "admin"}


class StrengthReason(StrEnum):
    TOO_SHORT = "too-short"
    COMMON_WORD = "common-word"
    REPEATED = "repeated"
    FEW_KINDS = "few-kinds"
    FAIR = "fair"
    STRONG = "strong"
    VERY_STRONG = "very-strong"


@dataclass(frozen=True, slots=True)
class Strength:
    score: int  # 0 (refused) .. 4 (very strong)
    reason: StrengthReason
    bits: float  # the estimate behind the score

    @property
    def acceptable(self) -> bool:
        return self.reason is not StrengthReason.TOO_SHORT


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, StrengthReason.TOO_SHORT, 0.0)
    lowered = passphrase.lower()
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(not c.isalnum() for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    distinct = len(set(passphrase))
    bits = len(passphrase) * math.log2(max(pool, 2)) * min(1.0, distinct / 6)
    if any(word in lowered for word in _COMMON):
        return Strength(1, StrengthReason.COMMON_WORD, min(bits, 20.0))
    if distinct <= 3:
        return Strength(1, StrengthReason.REPEATED, min(bits, 15.0))
    if bits < 45:
        return Strength(1, StrengthReason.FEW_KINDS, bits)
    if bits < 60:
        return Strength(2, StrengthReason.FAIR, bits)
    if bits < 80:
        return Strength(3, StrengthReason.STRONG, bits)
    return Strength(4, StrengthReason.VERY_STRONG, bits)


def check_minimum(passphrase: str) -> None:
    """Refuse a passphrase under the minimum length (the one rule enforced)."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError.coded(ErrorCode.PASSPHRASE_TOO_SHORT, least=MIN_LENGTH)
