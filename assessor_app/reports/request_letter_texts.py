"""The words of the evidence-request letter, apart from its layout (request_letter.py), so
they can be reworded, or translated, without touching a table."""

from __future__ import annotations

TITLE = "Request for supporting evidence"
FOOTER_TITLE = "Evidence requests"
REFERENCE = "Letter"
KICKER = "INTERNATIONAL ACCREDITATION SYSTEM FOR INTERVENTIONAL ONCOLOGY SERVICES"

LABEL_FACILITY = "Facility"
LABEL_DEPARTMENT = "Department"
LABEL_CONTACT = "Contact person"
LABEL_VISIT_DATES = "Visit dates"
LABEL_LEAD = "Lead assessor"
LABEL_LETTER_ID = "Letter id"
LABEL_DATE = "Date of letter"

GREETING_TO = "Dear {name},"
GREETING_ANY = "Dear colleagues,"
INTRO = (
    "Following the IASIOS accreditation assessment of your service, the assessors request "
    "the supporting evidence listed below. Each item names the requirement of the IASIOS "
    "standards it concerns and the date by which it is due."
)
PLEASE = (
    "Please send each item to the lead assessor by its due date, marked with the "
    "requirement key. IASIOS gives its feedback and the accreditation status once all "
    "requested evidence has been submitted and reviewed."
)
NONE_OPEN = "No evidence is requested at present: every request has been answered."

TABLE_HEADER = ["Key", "Requirement", "Evidence requested", "Due"]
CORE = "Core"
EXTENDED = "Extended"
COUNT = "{n} item{s} of evidence requested; the first is due on {first}."

CLOSING = "Yours sincerely,"
NO_LEAD = "The IASIOS assessors"

OVERFLOW_REQUIREMENT = "{key} requirement"
OVERFLOW_WHAT = "{key} evidence requested"
