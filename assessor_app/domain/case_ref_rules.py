"""Which texts may serve as a pseudonymous case reference, and why the others may not.

A case reference names a patient file without naming the patient: never a name, a birth
date, an identity, record or phone number, or an e-mail address. A facility's own
references look like ``IO-2026-017``, ``C017``, ``RFA-0042``: a short neutral prefix and
a serial, often with the year of the procedure. The rules below refuse the *shapes* in
which personal data is written (docs/sampling.md lists them), not a list of examples;
the first rule that applies gives the reason shown to the assessor.
"""

from __future__ import annotations

import re
from datetime import date

MAX_CASE_REF_LEN = 40
# Said once after the reasons: what a case reference should be instead.
ADVICE = "use the facility's pseudonymous case numbers, such as IO-2026-017"

# Letters may be any script (a name written with umlauts is still a name), digits ASCII.
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"[0-9]+")
_ALLOWED_REF = re.compile(r"^[A-Za-z0-9._/-]+$")

# Words that carry no identity: what a facility writes before a serial (case, patient,
# procedure, file, number in the manual's nine languages) and the procedure and organ
# abbreviations of interventional oncology. Compared case-insensitively.
_NEUTRAL_TEXT = """
    case cases cas caso casus fall akte file dossier record ref refs nr no num number
    numero nummer id pat patient pt pac pz proc procedure proz exam review audit sample
    visit unit site ward dept day year batch list
    io ir ior vir onc onco onko oncology
    rfa mwa tace tare sirt dcb deb debtace cryo hifu ire pei ttna bx biopsy abl ablation
    emb embo chemo radio pve pvl tips ptc ptcd pcn nephro msk pain vert vp kp
    hcc crc met mets liver lung renal kidney bone
"""
NEUTRAL_WORDS = frozenset(_NEUTRAL_TEXT.split())

# Labels that name a personal identifier: a reference that carries one is that identifier.
IDENTIFIER_LABELS = {
    "mrn": "a medical record number",
    "pid": "a patient identifier (a record number)",
    "ssn": "a social security number",
    "sin": "a social insurance number",
    "nhs": "an NHS number",
    "nino": "a national insurance number",
    "dob": "a date of birth",
    "geb": "a date of birth",
    "born": "a date of birth",
    "birth": "a date of birth",
    "pesel": "a national identity number",
    "bsn": "a national identity number",
    "cpr": "a national identity number",
    "pnr": "a national identity number",
    "hetu": "a national identity number",
    "dni": "a national identity number",
    "nie": "a national identity number",
    "svnr": "a social insurance number",
    "kvnr": "a health insurance number",
    "ahv": "a social insurance number",
    "avs": "a social insurance number",
    "aadhaar": "a national identity number",
    "medicare": "a health insurance number",
}

# National identity numbers by their written shape (a serial alone says nothing, so each
# shape is specific: groups of a fixed size, or letters and digits in a fixed order).
_NATIONAL_ID_SHAPES = (
    (
        "a US social security number",  # 078-05-1120, also with spaces or dots
        re.compile(r"(?<![0-9])[0-9]{3}([-. ])[0-9]{2}\1[0-9]{4}(?![0-9])"),
    ),
    (
        "a Nordic personal number",  # birth date DDMMYY, a sign, a serial: 120361-1234
        re.compile(r"(?<![0-9])[0-9]{6}[-+/A][0-9]{3}[0-9A-Z](?![0-9A-Za-z])"),
    ),
    (
        "a UK national insurance number",  # QQ123456C
        re.compile(r"(?<![A-Za-z])[A-Za-z]{2}[0-9]{6}[A-Da-d](?![A-Za-z0-9])"),
    ),
    (
        "an Italian codice fiscale",  # RSSMRA85T10A562S: name and birth date coded
        re.compile(
            r"(?i)(?<![a-z])[a-z]{6}[0-9]{2}[a-ehlmprst][0-9]{2}[a-z][0-9]{3}[a-z](?![a-z0-9])"
        ),
    ),
)
_EMAIL = re.compile(r"[^\s@]+@[^\s@]+")
_PHONE = re.compile(r"^\s*(?:\+|00|\()[0-9\s()./-]*$")
# Three or more groups of digits joined by separators only: how identity, insurance and
# phone numbers are printed (123-456-789, 0170 123 4567).
_DIGIT_GROUPS = re.compile(r"[0-9]+(?:[-_./\s]+[0-9]+){2,}")

# Month names as written in the manual's languages (English, German, French, Spanish,
# Italian, Dutch, Polish, Portuguese), by their usual abbreviations.
_MONTH_TEXT = """
    jan feb mar apr may jun jul aug sep oct nov dec
    mär maer mrz mai okt dez janv fév fev févr avr juin juil aoû aou août sept déc
    ene abr ago dic gen mag giu lug set ott mrt mei sty lut kwi maj cze lip sie wrz
    paź paz lis gru out
"""
_MONTHS = "|".join(sorted(set(_MONTH_TEXT.split()), key=len, reverse=True))
# 12-Mar-1961, 12Mar61, 12 march 1961, Mar-12-1961
_MONTH_NAME_DATE = re.compile(
    rf"(?i)(?<!\d)\d{{1,2}}[\s./-]*(?:{_MONTHS})[^\W\d_]*[\s./-]*(?:\d{{4}}|\d{{2}})(?!\d)"
    rf"|(?<![^\W\d_])(?:{_MONTHS})[^\W\d_]*[\s./-]*\d{{1,2}}[\s.,/-]+(?:\d{{4}}|\d{{2}})(?!\d)"
)
# 1961-03-12, 1961/3/12, 1961.03.12 (the same separator twice)
_YMD = re.compile(r"(?<!\d)(\d{4})([\s./_-])(\d{1,2})\2(\d{1,2})(?!\d)")
# 12.03.1961, 12/03/61, 03-12-1961 (day-month or month-day, year of 2 or 4 digits)
_DMY = re.compile(r"(?<!\d)(\d{1,2})([\s./_-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)")
_TRAILING_LETTERS = re.compile(r"[^\W\d_]+$")
_SPACE = re.compile(r"\s")
_CAMEL = re.compile(r"[A-Z][a-z]+[A-Z][a-z]+")

# A run of this many digits is a record number, whatever else the reference holds.
RECORD_NUMBER_DIGITS = 8
_LONG_RUN = re.compile(rf"[0-9]{{{RECORD_NUMBER_DIGITS},}}")
# A reference without letters holding this many digits is a phone, identity or record
# number (a facility's serial has fewer, or a prefix).
BARE_NUMBER_DIGITS = 9
# A label such as MRN or SSN before this many digits names the identifier it labels.
LABELLED_NUMBER_DIGITS = 5
# A four-digit year in this range written against letters reads as a birth year.
YEAR_RANGE = (1900, 2030)
# Six-digit YYMMDD dates are read only for these years: 00-19 would also refuse the
# zero-padded serials every facility uses (000123), and IO patients born after 2000 are rare.
YYMMDD_YEARS = (20, 99)


def _is_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _in_years(year: int) -> bool:
    return YEAR_RANGE[0] <= year <= YEAR_RANGE[1] + 69  # dates up to 2099 are dates too


def _compact_date(digits: str) -> bool:
    """Six digits as DDMMYY or YYMMDD; eight as YYYYMMDD or DDMMYYYY (or MMDDYYYY)."""
    n = [int(digits[i : i + 2]) for i in range(0, len(digits), 2)]
    if len(digits) == 6:
        ddmmyy = _is_date(1900 + n[2], n[1], n[0])
        yymmdd = YYMMDD_YEARS[0] <= n[0] <= YYMMDD_YEARS[1] and _is_date(1900 + n[0], n[1], n[2])
        return ddmmyy or yymmdd
    head, tail = int(digits[:4]), int(digits[4:])
    return (_in_years(head) and _is_date(head, n[2], n[3])) or (
        _in_years(tail) and (_is_date(tail, n[1], n[0]) or _is_date(tail, n[0], n[1]))
    )


def date_in(text: str) -> str | None:
    """The part of ``text`` that reads as a calendar date in a common format, if any."""
    runs = _DIGITS.findall(text)
    if not runs:
        return None
    if _LETTERS.search(text):  # a month name needs letters
        match = _MONTH_NAME_DATE.search(text)
        if match:
            return match.group(0)
    if len(runs) >= 3:  # day, month and year written apart
        for m in _YMD.finditer(text):
            if _in_years(int(m.group(1))) and _is_date(
                int(m.group(1)), int(m.group(3)), int(m.group(4))
            ):
                return m.group(0)
        for m in _DMY.finditer(text):
            a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
            full = int(year) if len(year) == 4 else 1900 + int(year)
            if len(year) == 4 and not _in_years(full):
                continue
            if _is_date(full, b, a) or _is_date(full, a, b):
                return m.group(0)
    for run in runs:  # the compact forms: a run of exactly 6 or 8 digits
        if len(run) in (6, 8) and _compact_date(run):
            return run
    return None


def _neutral(word: str) -> bool:
    return len(word) == 1 or word.casefold() in NEUTRAL_WORDS


def _name_like(word: str) -> bool:
    """A run of letters written as a name is written: capitalised or lower case (2+ or 3+
    letters) or long capitals (5+); short capitals are the acronyms facilities use."""
    if _neutral(word):
        return False
    if word.isupper():
        return len(word) >= 5
    if word[0].isupper():
        return len(word) >= 2
    return len(word) >= 3


def _letters_against_year(ref: str) -> str | None:
    """A name or initials written against a birth year (Mueller1961, JS1961, 1961JS)."""
    for m in _DIGITS.finditer(ref):
        run = m.group(0)
        if len(run) != 4 or not YEAR_RANGE[0] <= int(run) <= YEAR_RANGE[1]:
            continue
        left = _TRAILING_LETTERS.search(ref, 0, m.start())
        if left and not _neutral(left.group(0)):
            return left.group(0) + run
        right = _LETTERS.match(ref, m.end())
        if right and not _neutral(right.group(0)):
            return run + right.group(0)
    return None


def _words(ref: str) -> list[str]:
    return _LETTERS.findall(ref)


def case_ref_problem(text: str) -> str | None:
    """Why ``text`` cannot be a pseudonymous case reference, or None when it can."""
    ref = text.strip()
    if PLAIN_REF.fullmatch(ref):
        return None
    return full_problem(ref)


def full_problem(ref: str) -> str | None:
    """Every rule in turn (``case_ref_problem`` skips them for the plainest shapes)."""
    if not ref:
        return "the case reference is empty"
    words = _words(ref)
    digits = sum(ch.isdigit() for ch in ref)
    for word in words:
        label = IDENTIFIER_LABELS.get(word.casefold())
        # With a number long enough to be one (a label before a short serial is a prefix).
        if label and digits >= LABELLED_NUMBER_DIGITS:
            return f"{word!r} names {label}, which must never identify a case"
    if _EMAIL.search(ref):
        return "it looks like an e-mail address"
    for kind, shape in _NATIONAL_ID_SHAPES:
        found = shape.search(ref)
        if found:
            return f"{found.group(0)!r} is written like a national identity number ({kind})"
    if not words and ((_PHONE.match(ref) and digits >= 7) or digits >= BARE_NUMBER_DIGITS):
        return (
            f"a bare number of {digits} digits looks like a phone, identity or patient record "
            "number"
        )
    dated = date_in(ref)
    if dated:
        return (
            f"it contains {dated!r}, which looks like a date; a birth date must never "
            "identify a case"
        )
    long_run = _LONG_RUN.search(ref)
    if long_run:
        return (
            f"it contains {len(long_run.group(0))} digits in a row, which looks like a patient "
            "record number"
        )
    groups = _DIGIT_GROUPS.search(ref)
    if groups and sum(ch.isdigit() for ch in groups.group(0)) >= BARE_NUMBER_DIGITS:
        return (
            f"{groups.group(0)!r} is written like an identity, insurance or phone number "
            "(groups of digits)"
        )
    if _SPACE.search(ref):
        lower = [w for w in words if len(w) >= 2 and any(ch.islower() for ch in w)]
        if lower or len(words) >= 2:
            return "it contains words separated by spaces, which looks like a person's name"
        return "it contains spaces; case references are written without spaces"
    if not any(ch.isdigit() for ch in ref):
        return "it has letters but no digits, which looks like a person's name"
    named = [w for w in words if len(w) >= 2 and any(ch.islower() for ch in w)]
    if len(named) >= 2 or _CAMEL.search(ref):
        return "it contains two words written like names, which looks like a person's name"
    with_year = _letters_against_year(ref)
    if with_year:
        return (
            f"{with_year!r} joins letters to a year, which looks like a person's name or "
            "initials with a birth year"
        )
    for word in words:
        if _name_like(word):
            return (
                f"{word!r} looks like a person's name (neutral prefixes such as IO, C or CASE "
                "are fine)"
            )
    if len(ref) > MAX_CASE_REF_LEN:
        return f"it is longer than {MAX_CASE_REF_LEN} characters"
    if not _ALLOWED_REF.match(ref):
        return "use only the letters A-Z and a-z, digits and the characters . _ / -"
    return None


# References of this simple shape break no rule above (capitals as an acronym, a serial
# too short for a date or an identity number, a year only after a separator); the rules
# are skipped for them, which keeps a 100,000-row import fast. A property test holds the
# two paths together.
_NO_LABEL = "(?!(?:" + "|".join(sorted(IDENTIFIER_LABELS, key=len, reverse=True)).upper() + "))"
PLAIN_REF = re.compile(
    _NO_LABEL + r"(?:[A-Z]{1,4}[-_./]?[0-9]{1,3}"
    r"|[A-Z]{1,4}[-_./][0-9]{4,5}"
    r"|[A-Z]{1,4}[-_./](?:19|20)[0-9]{2}[-_./][0-9]{1,5})"
)
