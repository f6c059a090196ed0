"""The one place where the GUI words an error: its code and parameters become a sentence in
the user's language. An error without a code (or of a code not listed here) is shown as its
English message, made into a sentence.

Codes come from ``domain.error_codes.ErrorCode`` and ``domain.storage_errors.StorageProblem``;
a test checks that each has a sentence here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication

from assessor_app.domain.cell_problem import CellProblem
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.evidence_requests import RequestStatus
from assessor_app.domain.storage_errors import StorageProblem

Params = Mapping[str, object]


def _when(ms: object) -> str:
    """A clock reading in this computer's time zone, or 'after the year 9999'."""
    # Imported here: formatting words its errors through this module.
    from assessor_app.ui.formatting import format_date

    try:
        moment = datetime.fromtimestamp(int(ms) / 1000, UTC).astimezone()  # type: ignore[call-overload]
    except (OverflowError, OSError, ValueError, TypeError):
        return QCoreApplication.translate("BundleRefusal", "a date after the year 9999")
    return f"{format_date(moment.date())} {moment:%H:%M}"


def _day(value: object) -> str:
    """A date in the user's format ("" stays "")."""
    from assessor_app.ui.formatting import format_date

    return format_date(value) if isinstance(value, date) else str(value)


def _status(value: object) -> str:
    """A request status as the panel names it, in lower case within a sentence."""
    # Imported here: the panel's module words its errors through this one.
    from assessor_app.ui.checklist.requests_panel import request_status_label

    try:
        return request_status_label(RequestStatus(str(value))).lower()
    except ValueError:
        return str(value)


def _transition(p: Params) -> str:
    return QCoreApplication.translate(
        "ErrorText", "A request that is {now} cannot be marked {new}."
    ).format(now=_status(p["status"]), new=_status(p["new"]))


def _unprintable(p: Params) -> str:
    if p.get("others"):
        return QCoreApplication.translate(
            "ErrorText",
            "This text holds {character} and {others} other characters the report cannot "
            "print; remove or replace them.",
        ).format_map(p)
    return QCoreApplication.translate(
        "ErrorText", "This text holds {character}, which the report cannot print; remove it."
    ).format_map(p)


def _damaged(p: Params) -> str:
    text = QCoreApplication.translate(
        "storage", "{database} cannot be opened: it is damaged. Nothing was changed."
    )
    if p["backup"]:
        advice = QCoreApplication.translate(
            "storage",
            "To go on from the backup copy {backup}, move {database} out of the folder "
            "and put a copy of the backup in its place.",
        )
    else:
        advice = QCoreApplication.translate(
            "storage", "There is no backup copy of it; keep the file."
        )
    return (text + " " + advice).format(**p)


def _assessor_words(value: object) -> str:
    """An assessor role or box named in an error's parameters, in the user's language."""
    words = {
        "lead assessor": QCoreApplication.translate("ErrorText", "lead assessor"),
        "co-assessor": QCoreApplication.translate("ErrorText", "co-assessor"),
        "lead assessor's": QCoreApplication.translate("ErrorText", "lead assessor's"),
        "co-assessor's": QCoreApplication.translate("ErrorText", "co-assessor's"),
    }
    return words.get(str(value), str(value))


def _sentences() -> dict[str, Callable[[Params], str]]:
    """Code -> its sentence made from the error's parameters (built per call, so a
    translator installed later applies)."""
    return {
        ErrorCode.CANCELLED: lambda p: QCoreApplication.translate(
            "ErrorText", "Cancelled; nothing was changed."
        ),
        ErrorCode.FACILITY_NAME_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "The facility name is required."
        ),
        ErrorCode.VISIT_ENDS_BEFORE_START: lambda p: QCoreApplication.translate(
            "ErrorText", "The visit cannot end before it starts."
        ),
        ErrorCode.NOT_AN_EMAIL: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not an e-mail address."
        ).format(text=str(p["text"]).strip()),
        # The role is not repeated: the sentence is shown beside the assessor's own field.
        ErrorCode.NOT_AN_ASSESSOR_EMAIL: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not an e-mail address."
        ).format(text=str(p["text"]).strip()),
        ErrorCode.NEGATIVE_VOLUME: lambda p: QCoreApplication.translate(
            "ErrorText", "A procedure count cannot be negative."
        ),
        ErrorCode.CONFLICT_CHOICE_NEEDED: lambda p: QCoreApplication.translate(
            "ErrorText", "Choose one of the competing values, or give a new value."
        ),
        ErrorCode.NOT_A_RATING: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not a rating."
        ).format(text=p["text"]),
        ErrorCode.SIGNER_NAME_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "Enter your name as it should appear on signatures."
        ),
        ErrorCode.SIGNER_EMAIL_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "Enter your e-mail address."
        ),
        ErrorCode.SIGNER_EMAIL_INCOMPLETE: lambda p: QCoreApplication.translate(
            "ErrorText", "This is not a complete e-mail address."
        ),
        ErrorCode.BUNDLE_TOO_NEW: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "This bundle was made by a newer version of IASIOS Assessor: update the app to "
            "import it. (Bundle format {version}; this app reads format {supported}.)",
        ).format(version=p["version"], supported=p["supported"]),
        ErrorCode.BUNDLE_CLOCK_AHEAD: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: {bundle} was made on a computer whose clock read {remote}, more "
            "than a day ahead of this computer's clock ({local}). Check the date and time on "
            "both computers. Nothing was imported.",
        ).format(bundle=p["bundle"], remote=_when(p["remote_ms"]), local=_when(p["now_ms"])),
        ErrorCode.ACTION_DESCRIPTION_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "Describe the corrective action."
        ),
        ErrorCode.NO_SUCH_ACTION_FIELD: lambda p: QCoreApplication.translate(
            "ErrorText", "Corrective actions have no field “{field}”."
        ).format_map(p),
        ErrorCode.WRITE_FOLDER_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText", "Cannot write {target}: folder {folder} does not exist."
        ).format_map(p),
        ErrorCode.CANNOT_WRITE: lambda p: QCoreApplication.translate(
            "ErrorText", "Cannot write {target}: {reason}."
        ).format_map(p),
        ErrorCode.NOTHING_WRITTEN: lambda p: QCoreApplication.translate(
            "ErrorText", "Cannot write {target}: {reason}; no file was written."
        ).format_map(p),
        ErrorCode.CASE_NOT_IN_SAMPLE: lambda p: QCoreApplication.translate(
            "ErrorText", "Case “{case_ref}” is not in the drawn sample."
        ).format_map(p),
        ErrorCode.POPULATION_FROZEN_BY_DRAW: lambda p: QCoreApplication.translate(
            "ErrorText",
            "A sample has been drawn from this population; it cannot change any more "
            "(the draw would no longer verify).",
        ),
        ErrorCode.SAMPLE_SIZE_TOO_SMALL: lambda p: QCoreApplication.translate(
            "ErrorText", "The sample size must be at least 1."
        ),
        ErrorCode.NO_SAMPLE_DRAWN: lambda p: QCoreApplication.translate(
            "ErrorText", "No sample has been drawn for this visit yet."
        ),
        ErrorCode.NOTE_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "The note is longer than {most} characters."
        ).format_map(p),
        ErrorCode.CASE_ALREADY_IN_POPULATION: lambda p: QCoreApplication.translate(
            "ErrorText", "Case “{case_ref}” is already in the population."
        ).format_map(p),
        ErrorCode.POPULATION_FULL: lambda p: QCoreApplication.translate(
            "ErrorText", "The population already holds {most:,} procedures, the most it may have."
        ).format_map(p),
        ErrorCode.POPULATION_LOCKED_BY_DRAW: lambda p: QCoreApplication.translate(
            "ErrorText", "A sample has been drawn; the population cannot change."
        ),
        ErrorCode.POPULATION_EMPTY: lambda p: QCoreApplication.translate(
            "ErrorText", "The population is empty: import the list of procedures."
        ),
        ErrorCode.UNKNOWN_QUESTION_CHOICES: lambda p: QCoreApplication.translate(
            "ErrorText", "Unknown question “{question_key}”; use one of: {keys} or all."
        ).format_map(p),
        ErrorCode.REDRAW_NEEDS_CONFIRMATION: lambda p: QCoreApplication.translate(
            "ErrorText",
            "A sample was drawn on {drawn_at:%Y-%m-%d %H:%M} by {drawn_by} and "
            "{worked} of its cases already have answers; drawing again replaces it: "
            "confirm the redraw to go on.",
        ).format_map(p),
        ErrorCode.UNKNOWN_QUESTION: lambda p: QCoreApplication.translate(
            "ErrorText", "Unknown question “{question_key}”."
        ).format_map(p),
        ErrorCode.REQUEST_TEXT_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "Say what evidence the facility should send."
        ),
        ErrorCode.REQUEST_ALREADY_IN_STATUS: lambda p: QCoreApplication.translate(
            "ErrorText", "The request is already {now}."
        ).format(now=_status(p["status"])),
        ErrorCode.REQUEST_DECIDED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The request is {now}: a decided request does not change. "
            "Add a new request to ask again.",
        ).format(now=_status(p["status"])),
        ErrorCode.REQUEST_NOT_RECEIVED_YET: _transition,
        ErrorCode.REQUEST_CANNOT_GO_BACK: _transition,
        ErrorCode.REQUEST_DUE_BEFORE_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText", "The due date is before the visit starts ({start})."
        ).format(start=_day(p["start"])),
        ErrorCode.REQUEST_DUE_PAST: lambda p: QCoreApplication.translate(
            "ErrorText", "The due date has already passed."
        ),
        ErrorCode.REQUEST_DUE_TOO_FAR: lambda p: QCoreApplication.translate(
            "ErrorText", "The due date is more than a year ahead."
        ),
        ErrorCode.REQUEST_ID_TOO_SHORT: lambda p: QCoreApplication.translate(
            "ErrorText", "Give at least {least} characters of the request id."
        ).format_map(p),
        ErrorCode.NO_SUCH_REQUEST: lambda p: QCoreApplication.translate(
            "ErrorText", "No evidence request with id {text}."
        ).format_map(p),
        ErrorCode.REQUEST_ID_AMBIGUOUS: lambda p: QCoreApplication.translate(
            "ErrorText", "{count} evidence requests have ids starting {text}."
        ).format_map(p),
        ErrorCode.REQUIREMENT_NOT_IN_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText", "Requirement “{key}” is not in this visit's checklist."
        ).format_map(p),
        ErrorCode.NOT_AN_EVIDENCE_ITEM: lambda p: QCoreApplication.translate(
            "ErrorText", "“{evidence_key}” is not an evidence item of {key}."
        ).format_map(p),
        ErrorCode.IDENTITY_FILE_EXISTS: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{path} already exists; choose another file name (an identity file is "
            "never overwritten: its key could not be recovered).",
        ).format_map(p),
        ErrorCode.IDENTITY_NOT_REMOVABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "Only identities kept in the data folder can be removed."
        ),
        ErrorCode.SIGNATURE_IMAGE_NOT_PNG: lambda p: QCoreApplication.translate(
            "ErrorText", "The signature image must be a PNG."
        ),
        ErrorCode.IDENTITY_FILE_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is too large to be a signing identity."
        ).format_map(p),
        ErrorCode.NO_SUCH_IDENTITY: lambda p: QCoreApplication.translate(
            "ErrorText", "No signing identity at {path}."
        ).format_map(p),
        ErrorCode.CANNOT_READ_FILE: lambda p: QCoreApplication.translate(
            "ErrorText", "Cannot read {path}: {reason}."
        ).format_map(p),
        ErrorCode.CSV_BAD_HEADER: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{source}: line 1: the header must be exactly {header} (found “{shown}”); "
            "nothing was imported.",
        ).format_map(p),
        ErrorCode.CSV_NO_CASES: lambda p: QCoreApplication.translate(
            "ErrorText", "{source}: no cases below the header; nothing was imported."
        ).format_map(p),
        ErrorCode.CSV_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{source}: the file is {megabytes:,.0f} MB, far more than a list of "
            "{most:,} procedures takes; is it the facility's CSV list? Nothing was "
            "imported.",
        ).format_map(p),
        ErrorCode.CSV_LINE_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{source}: line {number} is longer than {most:,} characters; is it the "
            "facility's CSV list? Nothing was imported.",
        ).format_map(p),
        ErrorCode.CSV_EMPTY: lambda p: QCoreApplication.translate(
            "ErrorText", "{source}: the file is empty; nothing was imported."
        ).format_map(p),
        ErrorCode.CSV_HEADER_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "{source}: line 1: {reason}; nothing was imported."
        ).format_map(p),
        ErrorCode.CSV_NOT_UTF8: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{source}: line {number}: not UTF-8 text; save the file as CSV UTF-8; "
            "nothing was imported.",
        ).format_map(p),
        ErrorCode.FILE_TOO_LARGE_FOR_REPORT: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is too large for a report."
        ).format_map(p),
        ErrorCode.NO_SUCH_FILE: lambda p: QCoreApplication.translate(
            "ErrorText", "No file {path}."
        ).format_map(p),
        ErrorCode.CANNOT_READ_CERTIFICATE: lambda p: QCoreApplication.translate(
            "ErrorText", "Cannot read certificate {path}: {reason}."
        ).format_map(p),
        ErrorCode.REPORT_SIGNED_ALREADY: lambda p: QCoreApplication.translate(
            "ErrorText", "{signer} has signed this report already."
        ).format_map(p),
        ErrorCode.REPORT_REVISION_STALE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "This report shows revision {revision} of the visit, which has changed "
            "since (now revision {current}); generate the report again and sign the "
            "new one.",
        ).format_map(p),
        ErrorCode.NOT_A_FOLDER_OR_ZIP: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is neither a folder nor a zip file."
        ).format_map(p),
        ErrorCode.NO_VOLUMES_TO_ADOPT: lambda p: QCoreApplication.translate(
            "ErrorText", "The facility has given no volumes to adopt."
        ),
        ErrorCode.TOO_MANY_DOCUMENTS: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} holds more than {most} files."
        ).format_map(p),
        ErrorCode.DOCUMENTS_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} unpacks to more than {most_mb} MB of documents."
        ).format_map(p),
        ErrorCode.TEMPLATE_UNPRINTABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "{file}: {where} holds {character}, which the report cannot print."
        ).format_map(p),
        # The field's label is English and the sentence is shown beside the field: "this text".
        ErrorCode.TEXT_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "This text is longer than {limit:,} characters."
        ).format_map(p),
        ErrorCode.TEXT_UNPRINTABLE: _unprintable,
        ErrorCode.USER_NAME_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "Give your name as it should appear in the visit's history."
        ),
        ErrorCode.USER_NAME_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "The name is longer than 200 characters."
        ),
        ErrorCode.USER_NAME_NOT_ONE_LINE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The name holds a control or invisible formatting character. Type it as it "
            "should read.",
        ),
        ErrorCode.VISIT_ID_TOO_SHORT: lambda p: QCoreApplication.translate(
            "ErrorText", "Give at least the first 4 characters of the visit id."
        ),
        ErrorCode.NO_SUCH_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText", "No visit with id {text}."
        ).format_map(p),
        ErrorCode.VISIT_ID_AMBIGUOUS: lambda p: QCoreApplication.translate(
            "ErrorText", "{text} matches {count} visits; give more of the id."
        ).format_map(p),
        ErrorCode.NO_SUCH_VISIT_FIELD: lambda p: QCoreApplication.translate(
            "ErrorText", "Visits have no editable field “{field}”."
        ).format_map(p),
        ErrorCode.COUNT_NEGATIVE: lambda p: QCoreApplication.translate(
            "ErrorText", "A procedure count cannot be negative."
        ),
        ErrorCode.FIELD_NOT_A_DATE: lambda p: QCoreApplication.translate(
            "ErrorText", "{field} must be a date."
        ).format_map(p),
        ErrorCode.FIELD_NOT_TEXT: lambda p: QCoreApplication.translate(
            "ErrorText", "{field} must be text."
        ).format_map(p),
        ErrorCode.IDENTITY_KEY_UNSUPPORTED: lambda p: QCoreApplication.translate(
            "ErrorText", "The identity's key type is not supported (use EC or RSA)."
        ),
        ErrorCode.SIGNER_CERTIFICATE_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "The signer certificate cannot be read."
        ),
        ErrorCode.MANIFEST_SIGNATURE_MISMATCH: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The manifest signature does not match (tampered, or signed by another key).",
        ),
        ErrorCode.SIGNER_KEY_UNSUPPORTED: lambda p: QCoreApplication.translate(
            "ErrorText", "The signer certificate's key type is not supported."
        ),
        ErrorCode.PASSPHRASE_TOO_SHORT: lambda p: QCoreApplication.translate(
            "ErrorText", "The passphrase must have at least {least} characters."
        ).format_map(p),
        ErrorCode.IDENTITY_FILE_INCOMPLETE: lambda p: QCoreApplication.translate(
            "ErrorText", "The .p12 file holds no private key and certificate."
        ),
        ErrorCode.IDENTITY_WONT_OPEN: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Cannot open the signing identity: wrong passphrase, or not a PKCS#12 (.p12) file.",
        ),
        ErrorCode.NO_SUCH_TEMPLATE: lambda p: QCoreApplication.translate(
            "ErrorText", "No template with id “{template_id}” is installed."
        ).format_map(p),
        ErrorCode.NO_TEMPLATE_INSTALLED: lambda p: QCoreApplication.translate(
            "ErrorText", "No checklist template is installed."
        ),
        ErrorCode.TEMPLATE_SHIPPED_ALREADY: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{path}: template {template_id} version {template_version} is shipped with "
            "the app already; give the new file a new version.",
        ).format_map(p),
        ErrorCode.TEMPLATE_VERSION_TAKEN: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{path}: template {template_id} version {template_version} is installed "
            "already with other content; visits are pinned to it, so give the new file "
            "a new version.",
        ).format_map(p),
        ErrorCode.TEMPLATE_VERSION_NOT_INSTALLED: lambda p: QCoreApplication.translate(
            "ErrorText", "Template {template_id} version {version} is not installed."
        ).format_map(p),
        ErrorCode.TEMPLATE_INVALID: lambda p: QCoreApplication.translate(
            "ErrorText", "{source}: {where}: {problem}{more}."
        ).format_map(p),
        ErrorCode.TEMPLATE_NOT_JSON: lambda p: QCoreApplication.translate(
            "ErrorText", "{source}: not valid JSON: {reason}."
        ).format_map(p),
        ErrorCode.TEMPLATE_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText", "{path}: file is larger than {most} bytes."
        ).format_map(p),
        ErrorCode.TEMPLATE_FILE_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText", "{path}: no such file."
        ).format_map(p),
        ErrorCode.TEMPLATE_NOT_UTF8: lambda p: QCoreApplication.translate(
            "ErrorText", "{path}: not UTF-8 text."
        ).format_map(p),
        ErrorCode.TEMPLATE_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "{path}: cannot read: {reason}."
        ).format_map(p),
        ErrorCode.PHOTO_TYPE_NOT_ACCEPTED: lambda p: QCoreApplication.translate(
            "ErrorText", "“{media_type}” is not an accepted photo type (JPEG, PNG)."
        ).format_map(p),
        ErrorCode.CONTENT_HASH_MISMATCH: lambda p: QCoreApplication.translate(
            "ErrorText", "Content does not match its SHA-256 {expected_sha256}."
        ).format_map(p),
        ErrorCode.PHOTO_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "{name}: not a readable photo ({reason})."
        ).format_map(p),
        ErrorCode.PHOTO_CONTENT_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "Not a readable {expected} photo ({reason})."
        ).format_map(p),
        ErrorCode.ATTACHMENT_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is larger than 200 MB."
        ).format_map(p),
        ErrorCode.ATTACHMENT_TYPE_NOT_ACCEPTED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{file}: only photos (JPEG, PNG) and documents ({suffixes}) can be attached.",
        ).format_map(p),
        ErrorCode.PHOTO_FILE_NOT_ACCEPTED: lambda p: QCoreApplication.translate(
            "ErrorText", "{name}: only JPEG and PNG photos can be attached."
        ).format_map(p),
        ErrorCode.PHOTO_TYPE_MISMATCH: lambda p: QCoreApplication.translate(
            "ErrorText", "Declared {media_type} but the content is {found}."
        ).format_map(p),
        ErrorCode.PHOTO_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText", "The photo has {width}x{height} pixels; at most {max_pixels} allowed."
        ).format_map(p),
        ErrorCode.NO_SUCH_DRAW: lambda p: QCoreApplication.translate(
            "ErrorText", "No draw with id {draw_id}."
        ).format_map(p),
        ErrorCode.NO_SUCH_EDITABLE_FIELD: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity} has no editable field “{field}”."
        ).format_map(p),
        ErrorCode.NO_SUCH_CONFLICT: lambda p: QCoreApplication.translate(
            "ErrorText", "No conflict with id {conflict_id}."
        ).format_map(p),
        ErrorCode.CONFLICT_RESOLVED_ALREADY: lambda p: QCoreApplication.translate(
            "ErrorText", "This conflict is already resolved."
        ),
        ErrorCode.CONFLICT_RECORD_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText", "The record of conflict {conflict_id} is missing."
        ).format_map(p),
        ErrorCode.NOT_A_COMPETING_CHANGE: lambda p: QCoreApplication.translate(
            "ErrorText", "{take_change_id} is not one of the competing changes of this conflict."
        ).format_map(p),
        ErrorCode.BACKUP_DID_NOT_VERIFY: lambda p: QCoreApplication.translate(
            "ErrorText", "Backup copy {target} did not verify ({check}); nothing was changed."
        ).format_map(p),
        ErrorCode.UNKNOWN_RECORD_TYPE: lambda p: QCoreApplication.translate(
            "ErrorText", "Unknown record type “{entity}”."
        ).format_map(p),
        ErrorCode.NO_SUCH_RECORD_FIELD: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity} has no field “{field}”."
        ).format_map(p),
        ErrorCode.FIELD_WRONG_TYPE: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity}.{field} holds a value of the wrong type."
        ).format_map(p),
        ErrorCode.FIELD_NULL: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity}.{field} cannot be empty (null)."
        ).format_map(p),
        ErrorCode.FIELD_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity}.{field} is longer than allowed."
        ).format_map(p),
        ErrorCode.DATABASE_TOO_NEW: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{db_path} was written by a newer version of IASIOS Assessor (schema "
            "{current}); this version cannot open it and has not changed it. Install "
            "the newer version.",
        ).format_map(p),
        ErrorCode.RECORD_OF_UNKNOWN_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity} {entity_id} belongs to an unknown visit."
        ).format_map(p),
        ErrorCode.NEW_RECORD_INCOMPLETE: lambda p: QCoreApplication.translate(
            "ErrorText", "The change records of a new {entity} do not give its {column}."
        ).format_map(p),
        ErrorCode.RECORD_NAMED_ELSEWHERE: lambda p: QCoreApplication.translate(
            "ErrorText", "Record {entity_id} is named by changes of another visit or type."
        ).format_map(p),
        ErrorCode.RECORD_OF_ANOTHER_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText", "{entity} {entity_id} is of another visit."
        ).format_map(p),
        ErrorCode.NO_SUCH_ATTACHMENT: lambda p: QCoreApplication.translate(
            "ErrorText", "No attachment with id {attachment_id}."
        ).format_map(p),
        ErrorCode.NO_SUCH_ACTION: lambda p: QCoreApplication.translate(
            "ErrorText", "No corrective action with id {action_id}."
        ).format_map(p),
        ErrorCode.UNKNOWN_COMPLICATION_GRADE: lambda p: QCoreApplication.translate(
            "ErrorText", "Unknown complication grade “{text}”; use none or 1 to 6."
        ).format_map(p),
        ErrorCode.PROCEDURE_TYPE_HAS_COMMA: lambda p: QCoreApplication.translate(
            "ErrorText", "Procedure type “{value}” must not contain a comma."
        ).format_map(p),
        ErrorCode.PROCEDURE_TYPE_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "Procedure type is longer than {most} characters."
        ).format_map(p),
        ErrorCode.PROCEDURE_DATE_FORMAT: lambda p: QCoreApplication.translate(
            "ErrorText", "Procedure date “{value}” is not written YYYY-MM-DD."
        ).format_map(p),
        ErrorCode.SEED_EMPTY: lambda p: QCoreApplication.translate(
            "ErrorText", "The seed is empty; type the dice throws or generate one."
        ),
        ErrorCode.SEED_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "The seed is longer than {most} characters."
        ).format_map(p),
        ErrorCode.SEED_HAS_CONTROL_CHARACTERS: lambda p: QCoreApplication.translate(
            "ErrorText", "The seed must not contain line breaks or control characters."
        ),
        ErrorCode.UNKNOWN_ANSWER: lambda p: QCoreApplication.translate(
            "ErrorText", "Unknown answer “{text}”; use yes, no or na."
        ).format_map(p),
        ErrorCode.PROCEDURE_DATE_INVALID: lambda p: QCoreApplication.translate(
            "ErrorText", "Procedure date “{value}” is not a calendar date."
        ).format_map(p),
        ErrorCode.UNKNOWN_RATING: lambda p: QCoreApplication.translate(
            "ErrorText", "Unknown rating “{text}”; use one of: {allowed}."
        ).format_map(p),
        ErrorCode.NO_SUCH_REQUIREMENT: lambda p: QCoreApplication.translate(
            "ErrorText", "No requirement “{key}” in template {template_id}."
        ).format_map(p),
        ErrorCode.WORKBOOK_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is larger than an application form can be."
        ).format_map(p),
        ErrorCode.WORKBOOK_NOT_OURS: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{file} is not an application form exported by this app (no {sheet} sheet).",
        ).format_map(p),
        ErrorCode.WORKBOOK_FORMAT_UNKNOWN: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is not an application form of a format this app reads."
        ).format_map(p),
        ErrorCode.NOT_AN_XLSX: lambda p: QCoreApplication.translate(
            "ErrorText", "{file} is not an Excel workbook (.xlsx) that can be read."
        ).format_map(p),
        ErrorCode.WORKBOOK_HEADING_CHANGED: lambda p: QCoreApplication.translate(
            "ErrorText", "The column heading should be “{name}”, found “{found}”."
        ).format_map(p),
        ErrorCode.WORKBOOK_SHEET_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText", "The sheet is missing."
        ),
        ErrorCode.WORKBOOK_FORMULA: lambda p: QCoreApplication.translate(
            "ErrorText", "The cell holds a formula (“{text}”); type the value itself."
        ).format_map(p),
        ErrorCode.WORKBOOK_ROW_BEYOND_END: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The form ends at row {last}; this row is past its end and would not be read.",
        ).format_map(p),
        ErrorCode.PROCEDURE_DATE_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText", "The procedure date is missing."
        ),
        ErrorCode.CELL_NOT_A_DATE: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not a date; write YYYY-MM-DD."
        ).format_map(p),
        ErrorCode.WORKBOOK_OF_ANOTHER_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText",
            "This workbook is for visit {theirs}, not for this visit ({visit_id}, {facility}).",
        ).format_map(p),
        ErrorCode.WORKBOOK_OF_ANOTHER_TEMPLATE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "This workbook was made from template {their_template} {their_version}, "
            "but this visit uses {template_id} {template_version}.",
        ).format_map(p),
        ErrorCode.WORKBOOK_QUESTIONS_DIFFER: lambda p: QCoreApplication.translate(
            "ErrorText", "The case review questions differ from this visit's template."
        ),
        ErrorCode.NOT_A_REQUIREMENT_KEY: lambda p: QCoreApplication.translate(
            "ErrorText",
            "“{key}” is not a requirement key of template {template_id} {template_version}.",
        ).format_map(p),
        ErrorCode.REQUIREMENT_TWICE: lambda p: QCoreApplication.translate(
            "ErrorText", "Requirement {key} appears twice ({first_at})."
        ).format_map(p),
        ErrorCode.NA_JUSTIFICATION_REQUIRED: lambda p: QCoreApplication.translate(
            "ErrorText", "A justification is required for Not applicable ({key})."
        ).format_map(p),
        ErrorCode.TOO_MANY_DOCUMENT_NAMES: lambda p: QCoreApplication.translate(
            "ErrorText", "More than {most} document names."
        ).format_map(p),
        ErrorCode.NOT_A_PROCEDURE_TYPE: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not a procedure type."
        ).format_map(p),
        ErrorCode.NOT_A_PROCEDURE_COUNT: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not a number of procedures (a whole number, 0 or more)."
        ).format_map(p),
        ErrorCode.CASE_REF_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText", "The case reference is missing."
        ),
        ErrorCode.CASE_TWICE: lambda p: QCoreApplication.translate(
            "ErrorText", "Case {ref} appears twice ({first_at})."
        ).format_map(p),
        ErrorCode.NOT_A_SELF_ASSESSMENT: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not a self-assessment; choose {choices}."
        ).format_map(p),
        ErrorCode.DOCUMENT_NAME_TOO_LONG: lambda p: QCoreApplication.translate(
            "ErrorText", "A document name is longer than {most} characters."
        ).format_map(p),
        ErrorCode.NOT_AN_ANSWER: lambda p: QCoreApplication.translate(
            "ErrorText", "“{text}” is not an answer; use Yes, No or N/A."
        ).format_map(p),
        ErrorCode.PROCEDURE_DATE_AFTER_PERIOD: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The procedure date {when} is after {latest}: the review covers procedures "
            "already done.",
        ).format(when=_day(p["when"]), latest=_day(p["latest"])),
        ErrorCode.PROCEDURE_DATE_TOO_OLD: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The procedure date {when} is more than {years} years before {latest}. Is it a "
            "typo, or a birth date in the wrong column?",
        ).format(when=_day(p["when"]), years=p["years"], latest=_day(p["latest"])),
        # --- keys (issue 13) ---
        ErrorCode.WRONG_PASSPHRASE: lambda p: QCoreApplication.translate(
            "ErrorText", "Wrong passphrase. Nothing was changed."
        ),
        ErrorCode.KEY_FILE_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "The key file {key_file} cannot be read ({reason}). The data stays locked."
        ).format_map(p),
        ErrorCode.KEY_FILE_TOO_NEW: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The key file {key_file} was written by a newer version of IASIOS Assessor "
            "(format {version}). Install the newer version.",
        ).format_map(p),
        ErrorCode.KEY_FILE_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The database {database} is encrypted, but its key file {key_file} is missing, "
            "so nothing can open it. The newest backup keeps a copy: copy {copy} to "
            "{key_file}, then start again and enter the folder's passphrase. Nothing was "
            "changed.",
        ).format_map(p),
        ErrorCode.KEY_FILE_MISSING_NO_COPY: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The database {database} is encrypted, but its key file {key_file} is missing, "
            "so nothing can open it, and no backup in {backups} holds a copy. Copy "
            "protection.json from a backup kept elsewhere (in the extra backup folder: "
            "<id>/protection.json) to {key_file}, then start again. Nothing was changed.",
        ).format_map(p),
        ErrorCode.PASSPHRASES_DIFFER: lambda p: QCoreApplication.translate(
            "ErrorText", "The two passphrases differ. Nothing was changed."
        ),
        ErrorCode.PASSPHRASE_NEEDED_FOR_NEW_FOLDER: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{data_dir} is a new data folder, encrypted by default, and no passphrase was "
            "given. Give one with --passphrase-file FILE or ASSESSOR_APP_PASSPHRASE_FILE, or "
            "create the folder unencrypted with --unencrypted. Nothing was created.",
        ).format_map(p),
        ErrorCode.PASSPHRASE_NEEDED_TO_UNLOCK: lambda p: QCoreApplication.translate(
            "ErrorText", "{data_dir} is encrypted and no passphrase was given."
        ).format_map(p),
        ErrorCode.PASSPHRASE_FILE_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "Cannot read the passphrase file {path}: {reason}."
        ).format_map(p),
        ErrorCode.FOLDER_IS_ENCRYPTED: lambda p: QCoreApplication.translate(
            "ErrorText", "{data_dir} is already encrypted."
        ).format_map(p),
        ErrorCode.UNENCRYPTED_ONLY_FOR_NEW: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{data_dir} is already encrypted; --unencrypted applies only to a new folder.",
        ).format_map(p),
        ErrorCode.FOLDER_NOT_ENCRYPTED: lambda p: QCoreApplication.translate(
            "ErrorText", "{data_dir} is not encrypted. Encrypt it first."
        ).format_map(p),
        ErrorCode.FOLDER_HAS_NO_DATABASE: lambda p: QCoreApplication.translate(
            "ErrorText", "{data_dir} holds no database to encrypt."
        ).format_map(p),
        ErrorCode.ENCRYPTED_COPY_DID_NOT_VERIFY: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The encrypted copy did not verify ({check}). The unencrypted folder was left as "
            "it was.",
        ).format_map(p),
        ErrorCode.OFFICE_KEY_NOT_RSA: lambda p: QCoreApplication.translate(
            "ErrorText", "The office certificate {source} does not hold an RSA key."
        ).format_map(p),
        ErrorCode.NO_OFFICE_RECOVERY: lambda p: QCoreApplication.translate(
            "ErrorText", "This data folder has no office recovery key."
        ),
        ErrorCode.OFFICE_KEY_DOES_NOT_MATCH: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The office key given is not the one this data folder's recovery was made for.",
        ),
        ErrorCode.FOLDER_LOCKED: lambda p: QCoreApplication.translate(
            "ErrorText", "{data_dir} is encrypted. Unlock it with its passphrase first."
        ).format_map(p),
        ErrorCode.FOLDER_OPEN_ELSEWHERE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The data folder {data_dir} is open in another IASIOS Assessor window or "
            "process. Close it there, then try again. Nothing was changed.",
        ).format_map(p),
        # --- attach (issue 13) ---
        ErrorCode.ATTACHMENT_SEAL_BROKEN: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The attachment file {name} cannot be opened: it was changed or damaged on "
            "disk, or sealed with another key.",
        ).format_map(p),
        StorageProblem.DISK_FULL: lambda p: QCoreApplication.translate(
            "storage",
            "The disk holding {folder} is full. Nothing was changed. "
            "Free some space, then try again.",
        ).format(**p),
        StorageProblem.READ_ONLY: lambda p: QCoreApplication.translate(
            "storage",
            "{database} is read-only. Nothing was changed. "
            "Make it writable, or copy the data folder to a place that can be written to.",
        ).format(**p),
        StorageProblem.IN_USE: lambda p: QCoreApplication.translate(
            "storage",
            "{database} is busy in another program (another copy of the app?). "
            "Nothing was changed. Close it, then try again.",
        ).format(**p),
        StorageProblem.DAMAGED: _damaged,
        StorageProblem.UNREADABLE: lambda p: QCoreApplication.translate(
            "storage", "{database} cannot be opened ({detail}). Nothing was changed."
        ).format(**p),
        # --- sealed bundles (issue 12, SEAL) ---
        ErrorCode.SEAL_CERTIFICATE_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The recipient certificate cannot be read (a PEM X.509 certificate is needed).",
        ),
        ErrorCode.SEAL_TOO_MANY_RECIPIENTS: lambda p: QCoreApplication.translate(
            "ErrorText", "A bundle can be sealed to at most {most} recipients."
        ).format_map(p),
        ErrorCode.SEAL_RECIPIENT_NOT_RSA: lambda p: QCoreApplication.translate(
            "ErrorText",
            "A bundle cannot be sealed to {subject}: its key is not RSA. Identities made "
            "before sealing have EC keys; they still sign, but the holder needs a new "
            "identity to receive sealed bundles.",
        ).format_map(p),
        ErrorCode.SEAL_NO_RECIPIENTS: lambda p: QCoreApplication.translate(
            "ErrorText", "There is no recipient to seal the bundle to."
        ),
        ErrorCode.SEALED_ENVELOPE_DAMAGED: lambda p: QCoreApplication.translate(
            "ErrorText", "The sealed envelope cannot be opened: it is damaged or was changed."
        ),
        ErrorCode.SEALED_FOR_OTHER_KEYS: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: it is sealed, and only the private key of one of these "
            "certificates opens it: {needed}. Nothing was imported.",
        ).format_map(p),
        ErrorCode.SEALED_ALGORITHM_UNSUPPORTED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: the sealed envelope uses {algorithm}, which this app cannot open "
            "(it opens AES-CBC content under RSA PKCS#1 v1.5 keys, as it seals). Nothing was "
            "imported.",
        ).format_map(p),
        ErrorCode.SEALED_BUNDLE_TOO_LARGE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "A sealed bundle is sealed and opened in memory, so it can hold at most {most} MB; "
            "this one holds {size} MB.",
        ).format_map(p),
        # --- certs (issue 12) ---
        ErrorCode.CERTIFICATE_EXPIRED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The certificate of {signer} expired on {until}: it can no longer sign. Nothing "
            "was signed. Get a new certificate from the office, or create a new identity.",
        ).format(signer=p["signer"], until=_day(p["until"])),
        ErrorCode.CERTIFICATE_NOT_YET_VALID: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The certificate of {signer} is not valid before {since}: it cannot sign yet. "
            "Nothing was signed. Is this computer's date right?",
        ).format(signer=p["signer"], since=_day(p["since"])),
        ErrorCode.CERTIFICATE_NOT_FOR_SIGNING: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The certificate of {signer} is not for signing: its key usage ({usages}) allows "
            "neither digital signatures nor non-repudiation. Nothing was signed.",
        ).format_map(p),
        ErrorCode.IDENTITY_EXPIRES_IN_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The new certificate would expire on {until}, before the visit {visit} ends ({end}).",
        ).format(until=_day(p["until"]), visit=p["visit"], end=_day(p["end"])),
        ErrorCode.IDENTITY_EXPIRES_SOON: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The new certificate would expire on {until}, in {days} days.",
        ).format(until=_day(p["until"]), days=p["days"]),
        ErrorCode.IDENTITY_VALIDITY_RANGE: lambda p: QCoreApplication.translate(
            "ErrorText", "A certificate is valid for {least} to {most} days."
        ).format_map(p),
        ErrorCode.SIGNER_NOT_AN_ASSESSOR: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{signer} is neither this visit's lead assessor ({lead}) nor its co-assessor "
            "({co}), by e-mail or name: only they sign the assessor boxes. Nothing was "
            "signed. A witness or the office signs an additional, named signature instead.",
        ).format_map(p),
        ErrorCode.ASSESSOR_BOX_OF_OTHER: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{signer} is this visit's {role}: the {box} box is the other assessor's. Nothing "
            "was signed.",
        ).format(
            signer=p["signer"], role=_assessor_words(p["role"]), box=_assessor_words(p["box"])
        ),
        ErrorCode.ASSESSOR_BOX_SIGNED: lambda p: QCoreApplication.translate(
            "ErrorText", "The {box} box of this report is signed already. Nothing was signed."
        ).format(box=_assessor_words(p["box"])),
        ErrorCode.REPORT_NAMES_NO_ASSESSORS: lambda p: QCoreApplication.translate(
            "ErrorText",
            "This report names no assessors, so no signer can be matched to its assessor "
            "boxes. Nothing was signed; an additional, named signature is still possible.",
        ).format_map(p),
        ErrorCode.ADDITIONAL_ROLE_INVALID: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Name the additional signature in 1 to {most} letters, digits, spaces or "
            "hyphens (for example: witness, office).",
        ).format_map(p),
        ErrorCode.ADDITIONAL_SIGNATURE_EXISTS: lambda p: QCoreApplication.translate(
            "ErrorText",
            "This report carries an additional signature named {role} already; choose "
            "another name.",
        ).format_map(p),
        ErrorCode.BUNDLE_SIGNER_UNFIT: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The bundle is signed by {signer} with a certificate {why}: such a certificate "
            "signs nothing. Nothing was imported.",
        ).format_map(p),
        # --- derived (issue 12) ---
        ErrorCode.BUNDLE_FIELD_DERIVED: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: it sets {entity}.{field} (change {change}). Each laptop derives "
            "this itself from evidence it has verified, such as a signed report; a bundle "
            "never sets it. If the bundle was made by an older version of IASIOS Assessor, "
            "update that app and export again. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_FIELD_NOT_IMPORTABLE: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: it sets {entity}.{field} (change {change}), which a bundle may "
            "not change. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_NAME_NOT_ONE_LINE: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: {where} holds a line break, a control, format or bidi character, "
            "which no name may hold: shown, it could forge a line or read as someone else. "
            "Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_NOT_A_REPORT: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: {member} is not a signed IASIOS Assessor report ({problem}). "
            "Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_UNVERIFIED: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: the signed report {report_id} ({member}) does not verify: "
            "{problem}. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_FOREIGN_VISIT: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: {member} is a report of visit {visit}, which this bundle does "
            "not carry. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_CONTENT_MISMATCH: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: the signed report {report_id} (revision {revision}) does not "
            "match the visit as this bundle brings it. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_REVISION_CONFLICT: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: the signed report {report_id} is of revision {revision}, but "
            "revision {revision} of this visit was signed here with other content. Nothing "
            "was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_WRONG_BOX: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: {signer} signed the {box} assessor's box of report {report_id}, "
            "but is not the visit's {box} assessor. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_UNTRUSTED: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: the {box} assessor's box of report {report_id} is signed by "
            "{signer} <{email}> with a certificate the office did not register (SHA-256 "
            "{fingerprint}: {reason}). Nothing was imported. If it is the assessor's own "
            "certificate, the office registers it and the bundle is imported again.",
        ).format_map(p),
        ErrorCode.BUNDLE_REPORT_KEY_NOT_PINNED: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: the {box} assessor's box of report {report_id} is signed for "
            "{signer} <{email}> with the key SHA-256 {fingerprint}, but the key known here "
            "for this assessor is {pinned}. Nothing was imported. If the assessor confirms "
            "the new certificate, accept it (identity accept CERT) and import the bundle "
            "again.",
        ).format_map(p),
        ErrorCode.BUNDLE_SIGNER_NOT_OF_VISIT: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: it is signed by {signer} <{email}>, who is neither the lead "
            "assessor ({lead}) nor the co-assessor ({co}) of visit {visit} as recorded here. "
            "Only they send bundles for this visit. Nothing was imported.",
        ).format_map(p),
        ErrorCode.BUNDLE_ASSESSOR_CHANGE_NOT_BY_LEAD: lambda p: QCoreApplication.translate(
            "BundleRefusal",
            "Bundle refused: it changes {field} of visit {visit}, but it is signed by "
            "{signer}, not by the visit's lead assessor {lead}. Only a bundle the lead "
            "assessor signed changes who the assessors are. Ask the lead assessor to make "
            "the change and send a signed bundle. Nothing was imported.",
        ).format_map(p),
        # --- signer (issue 12) ---
        ErrorCode.SIGNER_NOT_THE_ASSESSOR: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: it was signed by {signer} <{signer_email}>, but it names {named} "
            "<{named_email}>. A bundle is accepted only when signed by the assessor it names.",
        ).format_map(p),
        ErrorCode.SIGNER_KEY_CHANGED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: it is signed for {named} <{email}> with a new key (SHA-256 {new}); "
            "the key known for this assessor since {since} is {old}. Accept the new key only if "
            "the assessor confirms it.",
        ).format_map(p),
        ErrorCode.SIGNER_OUTSIDE_TRUST_LIST: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: its signer {signer} <{signer_email}> is not registered by the office"
            " ({reason}).",
        ).format_map(p),
        ErrorCode.UNSIGNED_AFTER_SIGNED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: it is unsigned, but bundles of {named} arrived signed "
            "before. Ask for a signed bundle, or let it in with an override that is logged in the"
            " visit's history.",
        ).format_map(p),
        ErrorCode.UNSIGNED_FOR_SIGNED_VISIT: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: it is unsigned, but signed bundles of this visit ({visit}) arrived "
            "before. Ask for a signed bundle, or let it in with an override that is logged in the"
            " visit's history.",
        ).format_map(p),
        ErrorCode.UNSIGNED_WITH_TRUST_LIST: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Bundle refused: it is unsigned and the office's trust list is installed. Ask {named}"
            " for a signed bundle, or let it in with a logged override.",
        ).format_map(p),
        ErrorCode.ACCEPTED_KEY_NOT_OFFERED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The key to accept ({accepted}) is not the key the bundle is signed with ({offered}).",
        ).format_map(p),
        ErrorCode.TRUST_FILE_UNREADABLE: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{file} holds no readable certificate.",
        ).format_map(p),
        ErrorCode.TRUST_CA_NAME_MISSING: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Give the office CA a name.",
        ),
        ErrorCode.TRUST_NOT_A_CA: lambda p: QCoreApplication.translate(
            "ErrorText",
            "{name} is not a CA certificate; it cannot issue identities.",
        ).format_map(p),
        ErrorCode.TRUST_CERT_NO_EMAIL: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The certificate of {name} names no e-mail address, so it cannot be bound to an "
            "assessor.",
        ).format_map(p),
        ErrorCode.ISSUED_CERT_INVALID: lambda p: QCoreApplication.translate(
            "ErrorText",
            "The issued certificate does not validate: {reason}.",
        ).format_map(p),
        # --- backup (issue 13) ---
        ErrorCode.NO_SUCH_BACKUP: lambda p: QCoreApplication.translate(
            "ErrorText", "There is no backup “{backup_id}”."
        ).format_map(p),
        ErrorCode.BACKUP_ID_AMBIGUOUS: lambda p: QCoreApplication.translate(
            "ErrorText", "Backup id “{backup_id}” could be any of: {matches}."
        ).format_map(p),
        ErrorCode.BACKUP_KEY_MISMATCH: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Backup {backup_id} does not open with this data folder's key. Nothing was changed.",
        ).format_map(p),
        ErrorCode.BACKUP_DAMAGED: lambda p: QCoreApplication.translate(
            "ErrorText", "Backup {backup_id} failed its check ({check}). Nothing was changed."
        ).format_map(p),
        ErrorCode.BACKUP_FOLDER_UNUSABLE: lambda p: QCoreApplication.translate(
            "ErrorText", "Backups cannot be written to {folder}: {reason}."
        ).format_map(p),
        ErrorCode.BACKUP_EXTRA_COPY_FAILED: lambda p: QCoreApplication.translate(
            "ErrorText",
            "Backup {backup_id} was made, but its copy to {folder} failed ({reason}). "
            "The next backup tries again.",
        ).format_map(p),
        ErrorCode.RESTORE_NEEDS_CONFIRMATION: lambda p: QCoreApplication.translate(
            "ErrorText", "Restoring replaces the current data: confirm it first."
        ),
    }


def worded_codes() -> set[str]:
    """Every code this module has a sentence for (for the test that none is missing)."""
    return {str(code) for code in _sentences()}


def error_text(exc: BaseException) -> str:
    """The sentence shown for an error: translated from its code, else its English message
    as a sentence (the services word messages to be embedded in others, "bundle refused:
    …"; a dialog shows them on their own, "Bundle refused: ….")."""
    code = getattr(exc, "code", "")
    if isinstance(code, str) and code:
        sentence = _sentences().get(code)
        params = getattr(exc, "params", None)
        if sentence is not None and isinstance(params, Mapping):
            return sentence(params)
    text = " ".join(str(exc).split())
    if not text:
        return exc.__class__.__name__
    text = text[:1].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def problem_line(problem: CellProblem) -> str:
    """One line of a refused file: the cell it names, then the sentence of its error."""
    sentence = error_text(problem.error)
    return f"{problem.where}: {sentence}" if problem.where else sentence
