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
    USER_NAME_NOT_ONE_LINE = "user-name-not-one-line"
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
    # --- sealed bundles (issue 12, SEAL) ---
    SEAL_CERTIFICATE_UNREADABLE = "seal-certificate-unreadable"
    SEAL_TOO_MANY_RECIPIENTS = "seal-too-many-recipients"
    SEAL_RECIPIENT_NOT_RSA = "seal-recipient-not-rsa"
    SEAL_NO_RECIPIENTS = "seal-no-recipients"
    SEALED_ENVELOPE_DAMAGED = "sealed-envelope-damaged"
    SEALED_FOR_OTHER_KEYS = "sealed-for-other-keys"
    SEALED_BUNDLE_TOO_LARGE = "sealed-bundle-too-large"
    SEALED_ALGORITHM_UNSUPPORTED = "sealed-algorithm-unsupported"
    # --- certs (issue 12) ---
    CERTIFICATE_EXPIRED = "certificate-expired"
    CERTIFICATE_NOT_YET_VALID = "certificate-not-yet-valid"
    CERTIFICATE_NOT_FOR_SIGNING = "certificate-not-for-signing"
    IDENTITY_EXPIRES_IN_VISIT = "identity-expires-in-visit"
    IDENTITY_EXPIRES_SOON = "identity-expires-soon"
    IDENTITY_VALIDITY_RANGE = "identity-validity-range"
    SIGNER_NOT_AN_ASSESSOR = "signer-not-an-assessor"
    ASSESSOR_BOX_OF_OTHER = "assessor-box-of-other"
    ASSESSOR_BOX_SIGNED = "assessor-box-signed"
    REPORT_NAMES_NO_ASSESSORS = "report-names-no-assessors"
    ADDITIONAL_ROLE_INVALID = "additional-role-invalid"
    ADDITIONAL_SIGNATURE_EXISTS = "additional-signature-exists"
    BUNDLE_SIGNER_UNFIT = "bundle-signer-unfit"
    # --- derived (issue 12) ---
    BUNDLE_FIELD_DERIVED = "bundle-field-derived"
    BUNDLE_FIELD_NOT_IMPORTABLE = "bundle-field-not-importable"
    BUNDLE_NAME_NOT_ONE_LINE = "bundle-name-not-one-line"
    BUNDLE_REPORT_NOT_A_REPORT = "bundle-report-not-a-report"
    BUNDLE_REPORT_UNVERIFIED = "bundle-report-unverified"
    BUNDLE_REPORT_FOREIGN_VISIT = "bundle-report-foreign-visit"
    BUNDLE_REPORT_CONTENT_MISMATCH = "bundle-report-content-mismatch"
    BUNDLE_REPORT_REVISION_CONFLICT = "bundle-report-revision-conflict"
    BUNDLE_REPORT_WRONG_BOX = "bundle-report-wrong-box"
    BUNDLE_REPORT_UNTRUSTED = "bundle-report-untrusted"
    BUNDLE_REPORT_KEY_NOT_PINNED = "bundle-report-key-not-pinned"
    BUNDLE_SIGNER_NOT_OF_VISIT = "bundle-signer-not-of-visit"
    BUNDLE_ASSESSOR_CHANGE_NOT_BY_LEAD = "bundle-assessor-change-not-by-lead"
    # --- keys (issue 13) ---
    WRONG_PASSPHRASE = "wrong-passphrase"
    KEY_FILE_UNREADABLE = "key-file-unreadable"
    KEY_FILE_TOO_NEW = "key-file-too-new"
    KEY_FILE_MISSING = "key-file-missing"
    KEY_FILE_MISSING_NO_COPY = "key-file-missing-no-copy"
    UNENCRYPTED_ONLY_FOR_NEW = "unencrypted-only-for-new"
    PASSPHRASES_DIFFER = "passphrases-differ"
    PASSPHRASE_NEEDED_FOR_NEW_FOLDER = "passphrase-needed-for-new-folder"
    PASSPHRASE_NEEDED_TO_UNLOCK = "passphrase-needed-to-unlock"
    PASSPHRASE_FILE_UNREADABLE = "passphrase-file-unreadable"
    FOLDER_IS_ENCRYPTED = "folder-is-encrypted"
    FOLDER_NOT_ENCRYPTED = "folder-not-encrypted"
    FOLDER_HAS_NO_DATABASE = "folder-has-no-database"
    ENCRYPTED_COPY_DID_NOT_VERIFY = "encrypted-copy-did-not-verify"
    OFFICE_KEY_NOT_RSA = "office-key-not-rsa"
    NO_OFFICE_RECOVERY = "no-office-recovery"
    OFFICE_KEY_DOES_NOT_MATCH = "office-key-does-not-match"
    FOLDER_LOCKED = "folder-locked"
    FOLDER_OPEN_ELSEWHERE = "folder-open-elsewhere"
    # --- backup (issue 13) ---
    NO_SUCH_BACKUP = "no-such-backup"
    BACKUP_ID_AMBIGUOUS = "backup-id-ambiguous"
    BACKUP_KEY_MISMATCH = "backup-key-mismatch"
    BACKUP_DAMAGED = "backup-damaged"
    BACKUP_FOLDER_UNUSABLE = "backup-folder-unusable"
    BACKUP_EXTRA_COPY_FAILED = "backup-extra-copy-failed"
    RESTORE_NEEDS_CONFIRMATION = "restore-needs-confirmation"
    # --- attach (issue 13) ---
    ATTACHMENT_SEAL_BROKEN = "attachment-seal-broken"
    # --- signer (issue 12) ---
    SIGNER_NOT_THE_ASSESSOR = "signer-not-the-assessor"
    SIGNER_KEY_CHANGED = "signer-key-changed"
    SIGNER_OUTSIDE_TRUST_LIST = "signer-outside-trust-list"
    UNSIGNED_AFTER_SIGNED = "unsigned-after-signed"
    UNSIGNED_WITH_TRUST_LIST = "unsigned-with-trust-list"
    UNSIGNED_FOR_SIGNED_VISIT = "unsigned-for-signed-visit"
    ACCEPTED_KEY_NOT_OFFERED = "accepted-key-not-offered"
    TRUST_FILE_UNREADABLE = "trust-file-unreadable"
    TRUST_CA_NAME_MISSING = "trust-ca-name-missing"
    TRUST_NOT_A_CA = "trust-not-a-ca"
    TRUST_CERT_NO_EMAIL = "trust-cert-no-email"
    ISSUED_CERT_INVALID = "issued-cert-invalid"


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
    ErrorCode.USER_NAME_NOT_ONE_LINE: (
        "the name holds a control or invisible formatting character; type it as it should read"
    ),
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
    # --- sealed bundles (issue 12, SEAL) ---
    ErrorCode.SEAL_CERTIFICATE_UNREADABLE: (
        "the recipient certificate cannot be read (a PEM X.509 certificate is needed)"
    ),
    ErrorCode.SEAL_TOO_MANY_RECIPIENTS: "a bundle can be sealed to at most {most} recipients",
    ErrorCode.SEAL_RECIPIENT_NOT_RSA: (
        "a bundle cannot be sealed to {subject}: its key is not RSA (identities made before "
        "sealing have EC keys; they still sign, but the holder needs a new identity to "
        "receive sealed bundles)"
    ),
    ErrorCode.SEAL_NO_RECIPIENTS: "there is no recipient to seal the bundle to",
    ErrorCode.SEALED_ENVELOPE_DAMAGED: (
        "the sealed envelope cannot be opened: it is damaged or was changed"
    ),
    ErrorCode.SEALED_FOR_OTHER_KEYS: (
        "it is sealed, and only the private key of one of these certificates opens it: "
        "{needed}; nothing was imported"
    ),
    ErrorCode.SEALED_ALGORITHM_UNSUPPORTED: (
        "the sealed envelope uses {algorithm}, which this app cannot open (it opens "
        "AES-CBC content under RSA PKCS#1 v1.5 keys, as it seals); nothing was imported"
    ),
    ErrorCode.SEALED_BUNDLE_TOO_LARGE: (
        "a sealed bundle is sealed and opened in memory, so it can hold at most {most} MB; "
        "this one holds {size} MB"
    ),
    # --- certs (issue 12) ---
    ErrorCode.CERTIFICATE_EXPIRED: (
        "the certificate of {signer} expired on {until}: it can no longer sign; nothing was "
        "signed (get a new certificate from the office, or create a new identity)"
    ),
    ErrorCode.CERTIFICATE_NOT_YET_VALID: (
        "the certificate of {signer} is not valid before {since}: it cannot sign yet; "
        "nothing was signed (is this computer's date right?)"
    ),
    ErrorCode.CERTIFICATE_NOT_FOR_SIGNING: (
        "the certificate of {signer} is not for signing: its key usage ({usages}) has "
        "neither digitalSignature nor nonRepudiation; nothing was signed"
    ),
    ErrorCode.IDENTITY_EXPIRES_IN_VISIT: (
        "the new certificate would expire on {until}, before the visit {visit} ends ({end}); "
        "nothing was created: give more --valid-days, or --yes to create it anyway"
    ),
    ErrorCode.IDENTITY_EXPIRES_SOON: (
        "the new certificate would expire on {until}, in {days} days; nothing was created: "
        "give more --valid-days, or --yes to create it anyway"
    ),
    ErrorCode.IDENTITY_VALIDITY_RANGE: "a certificate is valid for {least} to {most} days",
    ErrorCode.SIGNER_NOT_AN_ASSESSOR: (
        "{signer} is neither this visit's lead assessor ({lead}) nor its co-assessor ({co}), "
        "by e-mail or name: only they sign the assessor boxes; nothing was signed (a witness "
        "or the office signs an additional, named signature instead)"
    ),
    ErrorCode.ASSESSOR_BOX_OF_OTHER: (
        "{signer} is this visit's {role}: the {box} box is the other assessor's; nothing was signed"
    ),
    ErrorCode.ASSESSOR_BOX_SIGNED: (
        "the {box} box of this report is signed already; nothing was signed"
    ),
    ErrorCode.REPORT_NAMES_NO_ASSESSORS: (
        "this report names no assessors, so no signer can be matched to its assessor boxes; "
        "nothing was signed (an additional, named signature is still possible)"
    ),
    ErrorCode.ADDITIONAL_ROLE_INVALID: (
        "name the additional signature in 1 to {most} letters, digits, spaces or hyphens "
        "(for example: witness, office)"
    ),
    ErrorCode.ADDITIONAL_SIGNATURE_EXISTS: (
        "this report carries an additional signature named {role} already; choose another name"
    ),
    ErrorCode.BUNDLE_SIGNER_UNFIT: (
        "it is signed by {signer} with a certificate {why}: such a certificate signs nothing"
    ),
    # --- derived (issue 12) ---
    ErrorCode.BUNDLE_FIELD_DERIVED: (
        "change {change} sets {entity}.{field}, which every laptop derives itself from "
        "evidence it has verified (a signed report); a bundle never sets it (a bundle made "
        "by an older version of IASIOS Assessor: update it and export again)"
    ),
    ErrorCode.BUNDLE_FIELD_NOT_IMPORTABLE: (
        "change {change} sets {entity}.{field}, which a bundle may not change"
    ),
    ErrorCode.BUNDLE_NAME_NOT_ONE_LINE: (
        "{where} holds a line break, a control, format or bidi character, which no name "
        "may hold (shown, it could forge a line or read as someone else)"
    ),
    ErrorCode.BUNDLE_REPORT_NOT_A_REPORT: (
        "{member} is not a signed IASIOS Assessor report ({problem})"
    ),
    ErrorCode.BUNDLE_REPORT_UNVERIFIED: (
        "{member} (report {report_id}) does not verify: {problem}"
    ),
    ErrorCode.BUNDLE_REPORT_FOREIGN_VISIT: (
        "{member} is a report of visit {visit}, which this bundle does not carry"
    ),
    ErrorCode.BUNDLE_REPORT_CONTENT_MISMATCH: (
        "{member} is report {report_id} of revision {revision}, but its content hash does "
        "not match the visit as this bundle brings it"
    ),
    ErrorCode.BUNDLE_REPORT_REVISION_CONFLICT: (
        "{member} is report {report_id} of revision {revision}, but revision {revision} of "
        "this visit was signed here with other content"
    ),
    ErrorCode.BUNDLE_REPORT_WRONG_BOX: (
        "{member}: {signer} signed the {box} assessor's box of report {report_id}, but is "
        "not the visit's {box} assessor"
    ),
    ErrorCode.BUNDLE_REPORT_UNTRUSTED: (
        "{member}: the {box} assessor's box of report {report_id} is signed by {signer} "
        "<{email}> with a certificate the office did not register (SHA-256 {fingerprint}: "
        "{reason}); nothing was imported. If it is the assessor's own certificate, the "
        "office registers it (main.py identity trust add CERT) and the bundle is imported "
        "again"
    ),
    ErrorCode.BUNDLE_REPORT_KEY_NOT_PINNED: (
        "{member}: the {box} assessor's box of report {report_id} is signed for {signer} "
        "<{email}> with the key SHA-256 {fingerprint}, but the key known here for <{email}> "
        "is {pinned}; nothing was imported. If the assessor confirms the new certificate, "
        "accept it (main.py identity accept CERT) and import the bundle again"
    ),
    ErrorCode.BUNDLE_SIGNER_NOT_OF_VISIT: (
        "it is signed by {signer} <{email}>, who is neither the lead assessor ({lead}) nor "
        "the co-assessor ({co}) of visit {visit} as recorded here; only they send bundles "
        "for it. Nothing was imported"
    ),
    ErrorCode.BUNDLE_ASSESSOR_CHANGE_NOT_BY_LEAD: (
        "it changes {field} of visit {visit}, but it is signed by {signer}, not by the "
        "visit's lead assessor {lead}; only a bundle the lead assessor signed changes who "
        "the assessors are. Nothing was imported: ask the lead assessor to make the change "
        "and send a signed bundle"
    ),
    # --- keys (issue 13) ---
    ErrorCode.WRONG_PASSPHRASE: "wrong passphrase; nothing was changed",
    ErrorCode.KEY_FILE_UNREADABLE: (
        "the key file {key_file} cannot be read ({reason}); the data folder stays locked"
    ),
    ErrorCode.KEY_FILE_TOO_NEW: (
        "the key file {key_file} was written by a newer version of IASIOS Assessor "
        "(format {version}); install the newer version"
    ),
    ErrorCode.KEY_FILE_MISSING: (
        "the database {database} is encrypted but its key file {key_file} is missing, so "
        "nothing can open it; the newest backup keeps a copy: copy {copy} to {key_file}, "
        "then unlock with the folder's passphrase. Nothing was changed"
    ),
    ErrorCode.KEY_FILE_MISSING_NO_COPY: (
        "the database {database} is encrypted but its key file {key_file} is missing, so "
        "nothing can open it, and no backup in {backups} holds a copy; copy protection.json "
        "from a backup kept elsewhere (the extra backup folder: <id>/protection.json) to "
        "{key_file}, then unlock with the folder's passphrase. Nothing was changed"
    ),
    ErrorCode.PASSPHRASES_DIFFER: "the two passphrases differ; nothing was changed",
    ErrorCode.PASSPHRASE_NEEDED_FOR_NEW_FOLDER: (
        "{data_dir} is a new data folder and is encrypted by default, but no passphrase "
        "was given and there is no terminal to ask on: give one with --passphrase-file FILE "
        "or the environment variable ASSESSOR_APP_PASSPHRASE_FILE, or create the folder "
        "unencrypted with --unencrypted. Nothing was created."
    ),
    ErrorCode.PASSPHRASE_NEEDED_TO_UNLOCK: (
        "{data_dir} is encrypted and no passphrase was given: use --passphrase-file FILE, "
        "the environment variable ASSESSOR_APP_PASSPHRASE_FILE, or run on a terminal"
    ),
    ErrorCode.PASSPHRASE_FILE_UNREADABLE: "cannot read passphrase file {path}: {reason}",
    ErrorCode.FOLDER_IS_ENCRYPTED: "{data_dir} is already encrypted; nothing was changed",
    ErrorCode.UNENCRYPTED_ONLY_FOR_NEW: (
        "{data_dir} is already encrypted; --unencrypted applies only to a new folder"
    ),
    ErrorCode.FOLDER_NOT_ENCRYPTED: (
        "{data_dir} is not encrypted; run 'main.py encrypt' to encrypt it first"
    ),
    ErrorCode.FOLDER_HAS_NO_DATABASE: "{data_dir} holds no database to encrypt",
    ErrorCode.ENCRYPTED_COPY_DID_NOT_VERIFY: (
        "the encrypted copy did not verify ({check}); the plaintext folder was left as it was"
    ),
    ErrorCode.OFFICE_KEY_NOT_RSA: "the office certificate {source} does not hold an RSA key",
    ErrorCode.NO_OFFICE_RECOVERY: "this data folder has no office recovery key",
    ErrorCode.OFFICE_KEY_DOES_NOT_MATCH: (
        "the office key given is not the one this data folder's recovery was made for"
    ),
    ErrorCode.FOLDER_LOCKED: "{data_dir} is encrypted; unlock it with its passphrase first",
    ErrorCode.FOLDER_OPEN_ELSEWHERE: (
        "the data folder {data_dir} is open in another IASIOS Assessor window or process; "
        "close it there, then try again (nothing was changed)"
    ),
    # --- backup (issue 13) ---
    ErrorCode.NO_SUCH_BACKUP: "no backup {backup_id!r}; `backup list` shows them",
    ErrorCode.BACKUP_ID_AMBIGUOUS: "backup id {backup_id!r} could be any of: {matches}",
    ErrorCode.BACKUP_KEY_MISMATCH: (
        "backup {backup_id} does not open with this data folder's key; nothing was changed"
    ),
    ErrorCode.BACKUP_DAMAGED: "backup {backup_id} failed its check ({check}); nothing was changed",
    ErrorCode.BACKUP_FOLDER_UNUSABLE: "cannot write backups to {folder}: {reason}",
    ErrorCode.BACKUP_EXTRA_COPY_FAILED: (
        "backup {backup_id} was made, but its copy to {folder} failed ({reason}); "
        "the next backup tries again"
    ),
    ErrorCode.RESTORE_NEEDS_CONFIRMATION: (
        "restoring replaces the current data; there is no terminal to ask on, so give --yes "
        "to confirm. Nothing was changed"
    ),
    # --- attach (issue 13) ---
    ErrorCode.ATTACHMENT_SEAL_BROKEN: (
        "the attachment file {name} cannot be opened: it was changed or damaged on disk, "
        "or sealed with another key"
    ),
    # --- signer (issue 12) ---
    ErrorCode.SIGNER_NOT_THE_ASSESSOR: (
        "it was signed by {signer} <{signer_email}> but its manifest names {named} "
        "<{named_email}>; a bundle is accepted only when signed by the assessor it names"
    ),
    ErrorCode.SIGNER_KEY_CHANGED: (
        "it is signed for {named} <{email}> with a key never seen here (SHA-256 {new}); "
        "the key known for this assessor since {since} is {old}. If the assessor confirms "
        "the new key, accept it: main.py import FILE --accept-key {new}"
    ),
    ErrorCode.SIGNER_OUTSIDE_TRUST_LIST: (
        "its signer {signer} <{signer_email}> is not registered by the office ({reason})"
    ),
    ErrorCode.UNSIGNED_AFTER_SIGNED: (
        "it is unsigned, but bundles in the name of {named} (or from its device) "
        "arrived signed before; ask for a signed bundle, or let it in with "
        "main.py import FILE --allow-unsigned (the override is logged in the visit's history)"
    ),
    ErrorCode.UNSIGNED_FOR_SIGNED_VISIT: (
        "it is unsigned, but signed bundles of visit {visit} arrived here before; ask for a "
        "signed bundle, or let it in with main.py import FILE --allow-unsigned (the override "
        "is logged in the visit's history)"
    ),
    ErrorCode.UNSIGNED_WITH_TRUST_LIST: (
        "it is unsigned, and the office's trust list is installed here; ask {named} for a "
        "signed bundle, or let it in with main.py import FILE --allow-unsigned (logged)"
    ),
    ErrorCode.ACCEPTED_KEY_NOT_OFFERED: (
        "the key to accept ({accepted}) is not the key this bundle is signed with ({offered})"
    ),
    ErrorCode.TRUST_FILE_UNREADABLE: "{file} holds no readable certificate (PEM or DER)",
    ErrorCode.TRUST_CA_NAME_MISSING: "give the office CA a name",
    ErrorCode.TRUST_NOT_A_CA: "{name} is not a CA certificate: it cannot issue identities",
    ErrorCode.TRUST_CERT_NO_EMAIL: (
        "the certificate of {name} names no e-mail address, so it cannot be bound to an assessor"
    ),
    ErrorCode.ISSUED_CERT_INVALID: "the issued certificate does not validate: {reason}",
}
