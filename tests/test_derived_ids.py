"""Derived ids pinned to literal UUIDs.

Two laptops name the same finding the same way only while the derivation (namespace, path
separator, part order) never changes; a test that compares the function with itself cannot
see such a change, so these expect values written down once, by hand, in this file.
"""

from __future__ import annotations

import uuid

from assessor_app.domain import ids

VISIT = "3f2b8c1e-9d4a-4e6b-8a7c-1b2d3e4f5a6b"


def test_finding_id_is_pinned():
    assert ids.finding_id(VISIT, "7.b") == "250bb48b-20f2-508b-b80a-7af487f95bdc"


def test_evidence_and_volume_ids_are_pinned():
    assert ids.evidence_id(VISIT, "7.b", "7.b.2") == "11cc1ebc-923e-52cd-a3a1-8eddf3308274"
    assert ids.volume_id(VISIT, "ablation") == "5961fb66-f454-50cb-8e4f-f32e32e7d2b3"


def test_the_namespace_is_pinned_and_the_ids_are_uuid5():
    assert str(ids.IASIOS_NAMESPACE) == "5d0f3c52-4b0e-5c61-9a43-7f4c1b7e2a11"
    assert uuid.UUID(ids.finding_id(VISIT, "7.b")).version == 5
