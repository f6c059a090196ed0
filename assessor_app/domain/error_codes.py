"""The codes of errors a person can act on, with the English sentence of each.

A service raises ``SomeError.coded(ErrorCode.X, name=value)``: the error carries the code
and its parameters, and its message is the English sentence here, which the command line
prints. The GUI words the same code in the user's language, in ``ui/error_text.py``; a
test checks that every code here has a sentence there.
"""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    CANCELLED = "cancelled"
    FACILITY_NAME_REQUIRED = "facility-name-required"
    VISIT_ENDS_BEFORE_START = "visit-ends-before-start"
    NOT_AN_EMAIL = "not-an-email"
    NOT_AN_ASSESSOR_EMAIL = "not-an-assessor-email"
    NEGATIVE_VOLUME = "negative-volume"
    CONFLICT_CHOICE_NEEDED = "conflict-choice-needed"
    NOT_A_RATING = "not-a-rating"
    SIGNER_NAME_REQUIRED = "signer-name-required"
    SIGNER_EMAIL_REQUIRED = "signer-email-required"
    SIGNER_EMAIL_INCOMPLETE = "signer-email-incomplete"
    # Bundle refusals a person can act on; their classes in sync_types word the English.
    BUNDLE_TOO_NEW = "bundle-too-new"
    BUNDLE_CLOCK_AHEAD = "bundle-clock-ahead"
    REQUEST_ALREADY_IN_STATUS = "request-already-in-status"
    REQUEST_DECIDED = "request-decided"
    REQUEST_NOT_RECEIVED_YET = "request-not-received-yet"
    REQUEST_CANNOT_GO_BACK = "request-cannot-go-back"
    REQUEST_DUE_BEFORE_VISIT = "request-due-before-visit"
    REQUEST_DUE_PAST = "request-due-past"
    REQUEST_DUE_TOO_FAR = "request-due-too-far"
    PROCEDURE_DATE_AFTER_PERIOD = "procedure-date-after-period"
    PROCEDURE_DATE_TOO_OLD = "procedure-date-too-old"
    # Application-form workbooks: each is a problem in one cell or sheet.
    WORKBOOK_TOO_LARGE = "workbook-too-large"
    WORKBOOK_NOT_OURS = "workbook-not-ours"
    WORKBOOK_FORMAT_UNKNOWN = "workbook-format-unknown"
    NOT_AN_XLSX = "not-an-xlsx"
    WORKBOOK_HEADING_CHANGED = "workbook-heading-changed"
    WORKBOOK_SHEET_MISSING = "workbook-sheet-missing"
    WORKBOOK_FORMULA = "workbook-formula"
    WORKBOOK_ROW_BEYOND_END = "workbook-row-beyond-end"
    PROCEDURE_DATE_MISSING = "procedure-date-missing"
    CELL_NOT_A_DATE = "cell-not-a-date"
    WORKBOOK_OF_ANOTHER_VISIT = "workbook-of-another-visit"
    WORKBOOK_OF_ANOTHER_TEMPLATE = "workbook-of-another-template"
    WORKBOOK_QUESTIONS_DIFFER = "workbook-questions-differ"
    NOT_A_REQUIREMENT_KEY = "not-a-requirement-key"
    REQUIREMENT_TWICE = "requirement-twice"
    NA_JUSTIFICATION_REQUIRED = "na-justification-required"
    TOO_MANY_DOCUMENT_NAMES = "too-many-document-names"
    NOT_A_PROCEDURE_TYPE = "not-a-procedure-type"
    NOT_A_PROCEDURE_COUNT = "not-a-procedure-count"
    CASE_REF_MISSING = "case-ref-missing"
    CASE_TWICE = "case-twice"
    NOT_A_SELF_ASSESSMENT = "not-a-self-assessment"
    DOCUMENT_NAME_TOO_LONG = "document-name-too-long"
    NOT_AN_ANSWER = "not-an-answer"
    # Refusals of services, identity, templates, attachments, workbook and persistence.
    ACTION_DESCRIPTION_REQUIRED = "action-description-required"
    NO_SUCH_ACTION_FIELD = "no-such-action-field"
    WRITE_FOLDER_MISSING = "write-folder-missing"
    CANNOT_WRITE = "cannot-write"
    NOTHING_WRITTEN = "nothing-written"
    CASE_NOT_IN_SAMPLE = "case-not-in-sample"
    POPULATION_FROZEN_BY_DRAW = "population-frozen-by-draw"
    SAMPLE_SIZE_TOO_SMALL = "sample-size-too-small"
    NO_SAMPLE_DRAWN = "no-sample-drawn"
    NOTE_TOO_LONG = "note-too-long"
    CASE_ALREADY_IN_POPULATION = "case-already-in-population"
    POPULATION_FULL = "population-full"
    POPULATION_LOCKED_BY_DRAW = "population-locked-by-draw"
    POPULATION_EMPTY = "population-empty"
    UNKNOWN_QUESTION_CHOICES = "unknown-question-choices"
    REDRAW_NEEDS_CONFIRMATION = "redraw-needs-confirmation"
    UNKNOWN_QUESTION = "unknown-question"
    REQUEST_TEXT_REQUIRED = "request-text-required"
    REQUEST_ID_TOO_SHORT = "request-id-too-short"
    NO_SUCH_REQUEST = "no-such-request"
    REQUEST_ID_AMBIGUOUS = "request-id-ambiguous"
    REQUIREMENT_NOT_IN_VISIT = "requirement-not-in-visit"
    NOT_AN_EVIDENCE_ITEM = "not-an-evidence-item"
    IDENTITY_FILE_EXISTS = "identity-file-exists"
    IDENTITY_NOT_REMOVABLE = "identity-not-removable"
    SIGNATURE_IMAGE_NOT_PNG = "signature-image-not-png"
    IDENTITY_FILE_TOO_LARGE = "identity-file-too-large"
    NO_SUCH_IDENTITY = "no-such-identity"
    CANNOT_READ_FILE = "cannot-read-file"
    CSV_BAD_HEADER = "csv-bad-header"
    CSV_NO_CASES = "csv-no-cases"
    CSV_TOO_LARGE = "csv-too-large"
    CSV_LINE_TOO_LONG = "csv-line-too-long"
    CSV_EMPTY = "csv-empty"
    CSV_HEADER_UNREADABLE = "csv-header-unreadable"
    CSV_NOT_UTF8 = "csv-not-utf8"
    FILE_TOO_LARGE_FOR_REPORT = "file-too-large-for-report"
    NO_SUCH_FILE = "no-such-file"
    CANNOT_READ_CERTIFICATE = "cannot-read-certificate"
    REPORT_SIGNED_ALREADY = "report-signed-already"
    REPORT_REVISION_STALE = "report-revision-stale"
    NOT_A_FOLDER_OR_ZIP = "not-a-folder-or-zip"
    NO_VOLUMES_TO_ADOPT = "no-volumes-to-adopt"
    TOO_MANY_DOCUMENTS = "too-many-documents"
    DOCUMENTS_TOO_LARGE = "documents-too-large"
    TEMPLATE_UNPRINTABLE = "template-unprintable"
    TEXT_TOO_LONG = "text-too-long"
    TEXT_UNPRINTABLE = "text-unprintable"
    USER_NAME_REQUIRED = "user-name-required"
    USER_NAME_TOO_LONG = "user-name-too-long"
    VISIT_ID_TOO_SHORT = "visit-id-too-short"
    NO_SUCH_VISIT = "no-such-visit"
    VISIT_ID_AMBIGUOUS = "visit-id-ambiguous"
    NO_SUCH_VISIT_FIELD = "no-such-visit-field"
    COUNT_NEGATIVE = "count-negative"
    FIELD_NOT_A_DATE = "field-not-a-date"
    FIELD_NOT_TEXT = "field-not-text"
    IDENTITY_KEY_UNSUPPORTED = "identity-key-unsupported"
    SIGNER_CERTIFICATE_UNREADABLE = "signer-certificate-unreadable"
    MANIFEST_SIGNATURE_MISMATCH = "manifest-signature-mismatch"
    SIGNER_KEY_UNSUPPORTED = "signer-key-unsupported"
    PASSPHRASE_TOO_SHORT = "passphrase-too-short"
    IDENTITY_FILE_INCOMPLETE = "identity-file-incomplete"
    IDENTITY_WONT_OPEN = "identity-wont-open"
    NO_SUCH_TEMPLATE = "no-such-template"
    NO_TEMPLATE_INSTALLED = "no-template-installed"
    TEMPLATE_SHIPPED_ALREADY = "template-shipped-already"
    TEMPLATE_VERSION_TAKEN = "template-version-taken"
    TEMPLATE_VERSION_NOT_INSTALLED = "template-version-not-installed"
    TEMPLATE_INVALID = "template-invalid"
    TEMPLATE_NOT_JSON = "template-not-json"
    TEMPLATE_TOO_LARGE = "template-too-large"
    TEMPLATE_FILE_MISSING = "template-file-missing"
    TEMPLATE_NOT_UTF8 = "template-not-utf8"
    TEMPLATE_UNREADABLE = "template-unreadable"
    PHOTO_TYPE_NOT_ACCEPTED = "photo-type-not-accepted"
    CONTENT_HASH_MISMATCH = "content-hash-mismatch"
    PHOTO_UNREADABLE = "photo-unreadable"
    PHOTO_CONTENT_UNREADABLE = "photo-content-unreadable"
    ATTACHMENT_TOO_LARGE = "attachment-too-large"
    ATTACHMENT_TYPE_NOT_ACCEPTED = "attachment-type-not-accepted"
    PHOTO_FILE_NOT_ACCEPTED = "photo-file-not-accepted"
    PHOTO_TYPE_MISMATCH = "photo-type-mismatch"
    PHOTO_TOO_LARGE = "photo-too-large"
    NO_SUCH_DRAW = "no-such-draw"
    NO_SUCH_EDITABLE_FIELD = "no-such-editable-field"
    NO_SUCH_CONFLICT = "no-such-conflict"
    CONFLICT_RESOLVED_ALREADY = "conflict-resolved-already"
    CONFLICT_RECORD_MISSING = "conflict-record-missing"
    NOT_A_COMPETING_CHANGE = "not-a-competing-change"
    BACKUP_DID_NOT_VERIFY = "backup-did-not-verify"
    UNKNOWN_RECORD_TYPE = "unknown-record-type"
    NO_SUCH_RECORD_FIELD = "no-such-record-field"
    FIELD_WRONG_TYPE = "field-wrong-type"
    FIELD_NULL = "field-null"
    FIELD_TOO_LONG = "field-too-long"
    DATABASE_TOO_NEW = "database-too-new"
    RECORD_OF_UNKNOWN_VISIT = "record-of-unknown-visit"
    NEW_RECORD_INCOMPLETE = "new-record-incomplete"
    RECORD_NAMED_ELSEWHERE = "record-named-elsewhere"
    RECORD_OF_ANOTHER_VISIT = "record-of-another-visit"
    NO_SUCH_ATTACHMENT = "no-such-attachment"
    NO_SUCH_ACTION = "no-such-action"
    UNKNOWN_COMPLICATION_GRADE = "unknown-complication-grade"
    PROCEDURE_TYPE_HAS_COMMA = "procedure-type-has-comma"
    PROCEDURE_TYPE_TOO_LONG = "procedure-type-too-long"
    PROCEDURE_DATE_FORMAT = "procedure-date-format"
    SEED_EMPTY = "seed-empty"
    SEED_TOO_LONG = "seed-too-long"
    SEED_HAS_CONTROL_CHARACTERS = "seed-has-control-characters"
    UNKNOWN_ANSWER = "unknown-answer"
    PROCEDURE_DATE_INVALID = "procedure-date-invalid"
    UNKNOWN_RATING = "unknown-rating"
    NO_SUCH_REQUIREMENT = "no-such-requirement"


# The English of the codes raised with ``AppError.coded``. Parameters: text (what was
# typed), procedure (a procedure type's label), role (an assessor's role).
ENGLISH: dict[ErrorCode, str] = {
    ErrorCode.CANCELLED: "cancelled; nothing was changed",
    ErrorCode.FACILITY_NAME_REQUIRED: "the facility name is required",
    ErrorCode.VISIT_ENDS_BEFORE_START: "the visit cannot end before it starts",
    ErrorCode.NOT_AN_EMAIL: "{text!r} is not an e-mail address",
    ErrorCode.NOT_AN_ASSESSOR_EMAIL: "{text!r} is not an e-mail address ({role})",
    ErrorCode.NEGATIVE_VOLUME: "the {procedure} count cannot be negative",
    ErrorCode.CONFLICT_CHOICE_NEEDED: "choose one of the competing values or give a new value",
    ErrorCode.NOT_A_RATING: "{text!r} is not a rating",
    ErrorCode.SIGNER_NAME_REQUIRED: "the signer's name is required",
    ErrorCode.SIGNER_EMAIL_REQUIRED: "give the signer's e-mail address",
    ErrorCode.SIGNER_EMAIL_INCOMPLETE: "{text!r} is not a complete e-mail address",
    # Dates of procedures: when, latest (dates); latest_is says what the latest day is.
    ErrorCode.PROCEDURE_DATE_AFTER_PERIOD: (
        "procedure date {when} is after {latest_is} ({latest}); "
        "the review covers procedures already done"
    ),
    ErrorCode.PROCEDURE_DATE_TOO_OLD: (
        "procedure date {when} is more than {years} years before {latest_is} ({latest}); "
        "is it a typo, or a birth date in the wrong column?"
    ),
    # Application-form workbooks (text is what the cell holds).
    ErrorCode.WORKBOOK_TOO_LARGE: "{file} is larger than an application form can be",
    ErrorCode.WORKBOOK_NOT_OURS: (
        "{file} is not an application form exported by this app (no {sheet} sheet)"
    ),
    ErrorCode.WORKBOOK_FORMAT_UNKNOWN: (
        "{file} is not an application form of a format this app reads"
    ),
    ErrorCode.NOT_AN_XLSX: "{file} is not an Excel workbook (.xlsx) that can be read",
    ErrorCode.WORKBOOK_HEADING_CHANGED: "the column heading should be {name!r}, found {found!r}",
    ErrorCode.WORKBOOK_SHEET_MISSING: "the sheet is missing",
    ErrorCode.WORKBOOK_FORMULA: "the cell holds a formula ({text!r}); type the value itself",
    ErrorCode.WORKBOOK_ROW_BEYOND_END: (
        "the form ends at row {last}; this row is past its end and would not be read"
    ),
    ErrorCode.PROCEDURE_DATE_MISSING: "the procedure date is missing",
    ErrorCode.CELL_NOT_A_DATE: "{text!r} is not a date; write YYYY-MM-DD",
    ErrorCode.WORKBOOK_OF_ANOTHER_VISIT: (
        "this workbook is for visit {theirs}, not for this visit ({visit_id}, {facility})"
    ),
    ErrorCode.WORKBOOK_OF_ANOTHER_TEMPLATE: (
        "this workbook was made from template {their_template} {their_version}, but this "
        "visit uses {template_id} {template_version}"
    ),
    ErrorCode.WORKBOOK_QUESTIONS_DIFFER: (
        "the case review questions differ from this visit's template"
    ),
    ErrorCode.NOT_A_REQUIREMENT_KEY: (
        "{key!r} is not a requirement key of template {template_id} {template_version}"
    ),
    ErrorCode.REQUIREMENT_TWICE: "requirement {key} appears twice ({first_at})",
    ErrorCode.NA_JUSTIFICATION_REQUIRED: "a justification is required for Not applicable ({key})",
    ErrorCode.TOO_MANY_DOCUMENT_NAMES: "more than {most} document names",
    ErrorCode.NOT_A_PROCEDURE_TYPE: "{text!r} is not a procedure type",
    ErrorCode.NOT_A_PROCEDURE_COUNT: (
        "{text!r} is not a number of procedures (a whole number, 0 or more)"
    ),
    ErrorCode.CASE_REF_MISSING: "the case reference is missing",
    ErrorCode.CASE_TWICE: "case {ref} appears twice ({first_at})",
    ErrorCode.NOT_A_SELF_ASSESSMENT: "{text!r} is not a self-assessment; choose {choices}",
    ErrorCode.DOCUMENT_NAME_TOO_LONG: "a document name is longer than {most} characters",
    ErrorCode.NOT_AN_ANSWER: "{text!r} is not an answer; use Yes, No or N/A",
    # Evidence requests: status and new are request statuses, due and start dates.
    ErrorCode.REQUEST_ALREADY_IN_STATUS: "the request is already {status}",
    ErrorCode.REQUEST_DECIDED: (
        "the request was {status}; a decided request does not change "
        "(add a new request to ask again)"
    ),
    ErrorCode.REQUEST_NOT_RECEIVED_YET: (
        "an {status} request can only be marked {allowed}: "
        "evidence is judged once it has been received"
    ),
    ErrorCode.REQUEST_CANNOT_GO_BACK: "a {status} request can only be marked {allowed}",
    ErrorCode.REQUEST_DUE_BEFORE_VISIT: "the due date {due} is before the visit starts ({start})",
    ErrorCode.REQUEST_DUE_PAST: "the due date {due} has already passed",
    ErrorCode.REQUEST_DUE_TOO_FAR: "the due date {due} is more than a year ahead",
    ErrorCode.ACTION_DESCRIPTION_REQUIRED: "describe the corrective action",
    ErrorCode.NO_SUCH_ACTION_FIELD: "corrective actions have no field {field!r}",
    ErrorCode.WRITE_FOLDER_MISSING: "cannot write {target}: folder {folder} does not exist",
    ErrorCode.CANNOT_WRITE: "cannot write {target}: {reason}",
    ErrorCode.NOTHING_WRITTEN: "cannot write {target}: {reason}; no file was written",
    ErrorCode.CASE_NOT_IN_SAMPLE: "case {case_ref!r} is not in the drawn sample",
    ErrorCode.POPULATION_FROZEN_BY_DRAW: (
        "a sample has been drawn from this population; it cannot change any more (the draw "
        "would no longer verify)"
    ),
    ErrorCode.SAMPLE_SIZE_TOO_SMALL: "the sample size must be at least 1",
    ErrorCode.NO_SAMPLE_DRAWN: "no sample has been drawn for this visit yet",
    ErrorCode.NOTE_TOO_LONG: "the note is longer than {most} characters",
    ErrorCode.CASE_ALREADY_IN_POPULATION: "case {case_ref!r} is already in the population",
    ErrorCode.POPULATION_FULL: (
        "the population already holds {most:,} procedures, the most it may have"
    ),
    ErrorCode.POPULATION_LOCKED_BY_DRAW: "a sample has been drawn; the population cannot change",
    ErrorCode.POPULATION_EMPTY: "the population is empty: import the list of procedures",
    ErrorCode.UNKNOWN_QUESTION_CHOICES: (
        "unknown question {question_key!r}; use one of: {keys} or all"
    ),
    ErrorCode.REDRAW_NEEDS_CONFIRMATION: (
        "a sample was drawn on {drawn_at:%Y-%m-%d %H:%M} by {drawn_by} and {worked} of its "
        "cases already have answers; drawing again replaces it: confirm the redraw to go on"
    ),
    ErrorCode.UNKNOWN_QUESTION: "unknown question {question_key!r}",
    ErrorCode.REQUEST_TEXT_REQUIRED: "say what evidence is requested",
    ErrorCode.REQUEST_ID_TOO_SHORT: "give at least {least} characters of the request id",
    ErrorCode.NO_SUCH_REQUEST: "no evidence request with id {text}",
    ErrorCode.REQUEST_ID_AMBIGUOUS: "{count} evidence requests have ids starting {text}",
    ErrorCode.REQUIREMENT_NOT_IN_VISIT: "requirement {key!r} is not in this visit's checklist",
    ErrorCode.NOT_AN_EVIDENCE_ITEM: "{evidence_key!r} is not an evidence item of {key}",
    ErrorCode.IDENTITY_FILE_EXISTS: (
        "{path} already exists; choose another file name (an identity file is never "
        "overwritten: its key could not be recovered)"
    ),
    ErrorCode.IDENTITY_NOT_REMOVABLE: "only identities kept in the data folder can be removed",
    ErrorCode.SIGNATURE_IMAGE_NOT_PNG: "the signature image must be a PNG",
    ErrorCode.IDENTITY_FILE_TOO_LARGE: "{file} is too large to be a signing identity",
    ErrorCode.NO_SUCH_IDENTITY: "no signing identity at {path}",
    ErrorCode.CANNOT_READ_FILE: "cannot read {path}: {reason}",
    ErrorCode.CSV_BAD_HEADER: (
        "{source}: line 1: the header must be exactly {header} (found {shown!r}); nothing "
        "was imported"
    ),
    ErrorCode.CSV_NO_CASES: "{source}: no cases below the header; nothing was imported",
    ErrorCode.CSV_TOO_LARGE: (
        "{source}: the file is {megabytes:,.0f} MB, far more than a list of {most:,} "
        "procedures takes; is it the facility's CSV list? Nothing was imported"
    ),
    ErrorCode.CSV_LINE_TOO_LONG: (
        "{source}: line {number} is longer than {most:,} characters; is it the facility's "
        "CSV list? Nothing was imported"
    ),
    ErrorCode.CSV_EMPTY: "{source}: the file is empty; nothing was imported",
    ErrorCode.CSV_HEADER_UNREADABLE: "{source}: line 1: {reason}; nothing was imported",
    ErrorCode.CSV_NOT_UTF8: (
        "{source}: line {number}: not UTF-8 text; save the file as CSV UTF-8; nothing was imported"
    ),
    ErrorCode.FILE_TOO_LARGE_FOR_REPORT: "{file} is too large for a report",
    ErrorCode.NO_SUCH_FILE: "no file {path}",
    ErrorCode.CANNOT_READ_CERTIFICATE: "cannot read certificate {path}: {reason}",
    ErrorCode.REPORT_SIGNED_ALREADY: "{signer} has signed this report already",
    ErrorCode.REPORT_REVISION_STALE: (
        "this report shows revision {revision} of the visit, which has changed since (now "
        "revision {current}); generate the report again and sign the new one"
    ),
    ErrorCode.NOT_A_FOLDER_OR_ZIP: "{file} is neither a folder nor a zip file",
    ErrorCode.NO_VOLUMES_TO_ADOPT: "the facility has given no volumes to adopt",
    ErrorCode.TOO_MANY_DOCUMENTS: "{file} holds more than {most} files",
    ErrorCode.DOCUMENTS_TOO_LARGE: "{file} unpacks to more than {most_mb:,} MB of documents",
    ErrorCode.TEMPLATE_UNPRINTABLE: (
        "{file}: {where} holds {character}, which the report cannot print"
    ),
    ErrorCode.TEXT_TOO_LONG: "the {label} is longer than {limit:,} characters",
    ErrorCode.TEXT_UNPRINTABLE: (
        "the {label} holds {character}{more}, which the report cannot print; remove or replace it"
    ),
    ErrorCode.USER_NAME_REQUIRED: "give your name as it should appear in the visit's history",
    ErrorCode.USER_NAME_TOO_LONG: "the name is longer than 200 characters",
    ErrorCode.VISIT_ID_TOO_SHORT: "give at least the first 4 characters of the visit id",
    ErrorCode.NO_SUCH_VISIT: "no visit with id {text}",
    ErrorCode.VISIT_ID_AMBIGUOUS: "{text} matches {count} visits; give more of the id",
    ErrorCode.NO_SUCH_VISIT_FIELD: "visits have no editable field {field!r}",
    ErrorCode.COUNT_NEGATIVE: "a procedure count cannot be negative",
    ErrorCode.FIELD_NOT_A_DATE: "{field} must be a date",
    ErrorCode.FIELD_NOT_TEXT: "{field} must be text",
    ErrorCode.IDENTITY_KEY_UNSUPPORTED: "the identity's key type is not supported (use EC or RSA)",
    ErrorCode.SIGNER_CERTIFICATE_UNREADABLE: "the signer certificate cannot be read",
    ErrorCode.MANIFEST_SIGNATURE_MISMATCH: (
        "the manifest signature does not match (tampered, or signed by another key)"
    ),
    ErrorCode.SIGNER_KEY_UNSUPPORTED: "the signer certificate's key type is not supported",
    ErrorCode.PASSPHRASE_TOO_SHORT: "the passphrase must have at least {least} characters",
    ErrorCode.IDENTITY_FILE_INCOMPLETE: "the .p12 file holds no private key and certificate",
    ErrorCode.IDENTITY_WONT_OPEN: (
        "cannot open the signing identity: wrong passphrase, or not a PKCS#12 (.p12) file"
    ),
    ErrorCode.NO_SUCH_TEMPLATE: "no template with id {template_id!r} is installed",
    ErrorCode.NO_TEMPLATE_INSTALLED: "no checklist template is installed",
    ErrorCode.TEMPLATE_SHIPPED_ALREADY: (
        "{path}: template {template_id} version {template_version} is shipped with the app "
        "already; give the new file a new version"
    ),
    ErrorCode.TEMPLATE_VERSION_TAKEN: (
        "{path}: template {template_id} version {template_version} is installed already with "
        "other content; visits are pinned to it, so give the new file a new version"
    ),
    ErrorCode.TEMPLATE_VERSION_NOT_INSTALLED: (
        "template {template_id} version {version} is not installed"
    ),
    ErrorCode.TEMPLATE_INVALID: "{source}: {where}: {problem}{more}",
    ErrorCode.TEMPLATE_NOT_JSON: "{source}: not valid JSON: {reason}",
    ErrorCode.TEMPLATE_TOO_LARGE: "{path}: file is larger than {most} bytes",
    ErrorCode.TEMPLATE_FILE_MISSING: "{path}: no such file",
    ErrorCode.TEMPLATE_NOT_UTF8: "{path}: not UTF-8 text",
    ErrorCode.TEMPLATE_UNREADABLE: "{path}: cannot read: {reason}",
    ErrorCode.PHOTO_TYPE_NOT_ACCEPTED: "{media_type!r} is not an accepted photo type (JPEG, PNG)",
    ErrorCode.CONTENT_HASH_MISMATCH: "content does not match its SHA-256 {expected_sha256}",
    ErrorCode.PHOTO_UNREADABLE: "{name}: not a readable photo ({reason})",
    ErrorCode.PHOTO_CONTENT_UNREADABLE: "not a readable {expected} photo ({reason})",
    ErrorCode.ATTACHMENT_TOO_LARGE: "{file} is larger than 200 MB",
    ErrorCode.ATTACHMENT_TYPE_NOT_ACCEPTED: (
        "{file}: only photos (JPEG, PNG) and documents ({suffixes}) can be attached"
    ),
    ErrorCode.PHOTO_FILE_NOT_ACCEPTED: "{name}: only JPEG and PNG photos can be attached",
    ErrorCode.PHOTO_TYPE_MISMATCH: "declared {media_type} but the content is {found}",
    ErrorCode.PHOTO_TOO_LARGE: (
        "the photo has {width}x{height} pixels; at most {max_pixels} allowed"
    ),
    ErrorCode.NO_SUCH_DRAW: "no draw with id {draw_id}",
    ErrorCode.NO_SUCH_EDITABLE_FIELD: "{entity} has no editable field {field!r}",
    ErrorCode.NO_SUCH_CONFLICT: "no conflict with id {conflict_id}",
    ErrorCode.CONFLICT_RESOLVED_ALREADY: "this conflict is already resolved",
    ErrorCode.CONFLICT_RECORD_MISSING: "the record of conflict {conflict_id} is missing",
    ErrorCode.NOT_A_COMPETING_CHANGE: (
        "{take_change_id} is not one of the competing changes of this conflict"
    ),
    ErrorCode.BACKUP_DID_NOT_VERIFY: (
        "backup copy {target} did not verify ({check}); nothing was changed"
    ),
    ErrorCode.UNKNOWN_RECORD_TYPE: "unknown record type {entity!r}",
    ErrorCode.NO_SUCH_RECORD_FIELD: "{entity} has no field {field!r}",
    ErrorCode.FIELD_WRONG_TYPE: "{entity}.{field} holds a value of the wrong type",
    ErrorCode.FIELD_NULL: "{entity}.{field} cannot be empty (null)",
    ErrorCode.FIELD_TOO_LONG: "{entity}.{field} is longer than allowed",
    ErrorCode.DATABASE_TOO_NEW: (
        "{db_path} was written by a newer version of IASIOS Assessor (schema {current}); "
        "this version cannot open it and has not changed it. Install the newer version."
    ),
    ErrorCode.RECORD_OF_UNKNOWN_VISIT: "{entity} {entity_id} belongs to an unknown visit",
    ErrorCode.NEW_RECORD_INCOMPLETE: (
        "the change records of a new {entity} do not give its {column}"
    ),
    ErrorCode.RECORD_NAMED_ELSEWHERE: (
        "record {entity_id} is named by changes of another visit or type"
    ),
    ErrorCode.RECORD_OF_ANOTHER_VISIT: "{entity} {entity_id} is of another visit",
    ErrorCode.NO_SUCH_ATTACHMENT: "no attachment with id {attachment_id}",
    ErrorCode.NO_SUCH_ACTION: "no corrective action with id {action_id}",
    ErrorCode.UNKNOWN_COMPLICATION_GRADE: "unknown complication grade {text!r}; use none or 1 to 6",
    ErrorCode.PROCEDURE_TYPE_HAS_COMMA: "procedure type {value!r} must not contain a comma",
    ErrorCode.PROCEDURE_TYPE_TOO_LONG: "procedure type is longer than {most} characters",
    ErrorCode.PROCEDURE_DATE_FORMAT: "procedure date {value!r} is not written YYYY-MM-DD",
    ErrorCode.SEED_EMPTY: "the seed is empty; type the dice throws or generate one",
    ErrorCode.SEED_TOO_LONG: "the seed is longer than {most} characters",
    ErrorCode.SEED_HAS_CONTROL_CHARACTERS: (
        "the seed must not contain line breaks or control characters"
    ),
    ErrorCode.UNKNOWN_ANSWER: "unknown answer {text!r}; use yes, no or na",
    ErrorCode.PROCEDURE_DATE_INVALID: "procedure date {value!r} is not a calendar date",
    ErrorCode.UNKNOWN_RATING: "unknown rating {text!r}; use one of: {allowed}",
    ErrorCode.NO_SUCH_REQUIREMENT: "no requirement {key!r} in template {template_id}",
}
