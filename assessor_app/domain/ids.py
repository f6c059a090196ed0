"""Stable identities: derived ids let two laptops name the same thing the same way."""

from __future__ import annotations

import uuid

# Fixed namespace of this product; changing it would break every derived id.
IASIOS_NAMESPACE = uuid.UUID("5d0f3c52-4b0e-5c61-9a43-7f4c1b7e2a11")


def new_id() -> str:
    return str(uuid.uuid4())


def derived_id(visit_id: str, *parts: str) -> str:
    """UUIDv5 of the visit id and a path of names (e.g. 'finding', '7.b')."""
    return str(uuid.uuid5(IASIOS_NAMESPACE, "/".join((visit_id, *parts))))


def finding_id(visit_id: str, requirement_key: str) -> str:
    return derived_id(visit_id, "finding", requirement_key)


def evidence_id(visit_id: str, requirement_key: str, evidence_key: str) -> str:
    return derived_id(visit_id, "evidence", requirement_key, evidence_key)


def volume_id(visit_id: str, procedure_type: str) -> str:
    return derived_id(visit_id, "volume", procedure_type)
