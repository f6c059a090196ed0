"""IASIOS Assessor: offline accreditation assessments for interventional oncology services."""

__version__ = "0.1.0"
APP_NAME = "IASIOS Assessor"
APP_ID = "iasios-assessor"
ORG_NAME = "IASIOS"
