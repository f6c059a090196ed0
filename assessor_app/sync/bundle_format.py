"""The .iasios bundle layout and the limits a bundle must respect (see docs/bundle-format.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

FORMAT_NAME = "iasios-assessor-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNER_CERT = "signer.pem"
RECORDS = "records.json"
# Only in invitations: the certificates later bundles of the visit are sealed to (PEM).
RECIPIENTS = "recipients.pem"
# The office's trust list (PEM certificates), carried by an invitation only; listed in the
# manifest like any member, so the lead's signature covers it.
TRUST_LIST = "trust-list.pem"
ATTACHMENT_DIR = "attachments/"
REPORT_DIR = "reports/"  # signed report PDFs, named by their SHA-256
KIND_UPDATE = "update"
KIND_INVITATION = "invitation"
KINDS = (KIND_UPDATE, KIND_INVITATION)

ATTACHMENT_NAME = re.compile(r"attachments/[0-9a-f]{64}")
REPORT_NAME = re.compile(r"reports/[0-9a-f]{64}\.pdf")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")
CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Limits:
    """What an import accepts; generous for real visits, far below what hurts a laptop."""

    max_members: int = 10_000
    max_member_bytes: int = 200 * 1024 * 1024  # the attachment store's own limit
    max_total_bytes: int = 4 * 1024 * 1024 * 1024
    max_ratio: int = 100  # uncompressed / compressed, for members above ratio_floor
    ratio_floor: int = 1024 * 1024
    max_manifest_bytes: int = 2 * 1024 * 1024
    max_records_bytes: int = 256 * 1024 * 1024
    max_signature_bytes: int = 16 * 1024
    max_report_bytes: int = 100 * 1024 * 1024  # a signed report is read whole to verify it
    max_reports: int = 50
    max_changes: int = 2_000_000
    max_recipients_bytes: int = 256 * 1024
    # cryptography seals and opens an envelope in memory (about five times its size at
    # the peak), so a sealed bundle is bounded far below an unsealed one.
    max_sealed_bytes: int = 512 * 1024 * 1024


DEFAULT_LIMITS = Limits()


def attachment_member(sha256: str) -> str:
    return f"{ATTACHMENT_DIR}{sha256}"


def report_member(sha256: str) -> str:
    return f"{REPORT_DIR}{sha256}.pdf"


def name_problem(name: str) -> str | None:
    """Why a member name is unsafe or unknown, or None when it is one of ours."""
    if "\\" in name:
        return "contains a backslash"
    if name.startswith("/") or re.match(r"[A-Za-z]:", name):
        return "is an absolute path"
    if any(part in ("..", ".") for part in name.split("/")):
        return "walks out of the bundle (.. or .)"
    if "\x00" in name or any(ord(c) < 32 for c in name):
        return "contains control characters"
    if name.endswith("/"):
        return "is a directory entry"
    if name in (
        MANIFEST,
        SIGNATURE,
        SIGNER_CERT,
        RECORDS,
        RECIPIENTS,
        TRUST_LIST,
    ) or ATTACHMENT_NAME.fullmatch(name):
        return None
    if REPORT_NAME.fullmatch(name):
        return None
    return "is not a member a bundle may hold"


# A sealed bundle is a DER CMS ContentInfo: SEQUENCE, its length, then the OID
# id-envelopedData (1.2.840.113549.1.7.3). A plain bundle starts with the zip's "PK".
ENVELOPED_DATA_OID = bytes.fromhex("06092a864886f70d010703")
# id-ct-authEnvelopedData (1.2.840.113549.1.9.16.1.23, RFC 5083: AES-GCM, as `openssl cms
# -encrypt -aes-256-gcm` makes): not a kind this app opens, but recognised as an envelope so
# that its refusal says so instead of "not a zip".
AUTH_ENVELOPED_DATA_OID = bytes.fromhex("060b2a864886f70d0109100117")
SEALED_HEAD_BYTES = 32


def looks_sealed(head: bytes) -> bool:
    """Whether a file's first bytes are those of a CMS EnvelopedData (a sealed bundle)."""
    if len(head) < 2 or head[0] != 0x30:
        return False
    length_bytes = head[1] & 0x7F if head[1] & 0x80 else 0
    start = 2 + length_bytes
    return any(
        head[start : start + len(oid)] == oid
        for oid in (ENVELOPED_DATA_OID, AUTH_ENVELOPED_DATA_OID)
    )
