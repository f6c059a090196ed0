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
ATTACHMENT_DIR = "attachments/"
KIND_UPDATE = "update"
KIND_INVITATION = "invitation"
KINDS = (KIND_UPDATE, KIND_INVITATION)

ATTACHMENT_NAME = re.compile(r"attachments/[0-9a-f]{64}")
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
    max_changes: int = 2_000_000


DEFAULT_LIMITS = Limits()


def attachment_member(sha256: str) -> str:
    return f"{ATTACHMENT_DIR}{sha256}"


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
    if name in (MANIFEST, SIGNATURE, SIGNER_CERT, RECORDS) or ATTACHMENT_NAME.fullmatch(name):
        return None
    return "is not a member a bundle may hold"
