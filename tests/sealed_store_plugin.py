"""``pytest -p tests.sealed_store_plugin ...``: run in-process tests with sealed attachments.

Every ``Services`` then builds its attachment store with a data key (one per data folder,
so a folder reopened in the same test reads its blobs), while the database stays as the
test made it, so the tests that dump it with sqlite3 still can. This is how the
attachment, sync and report tests are run against an encrypted store.
"""

from __future__ import annotations

import hashlib
from functools import cached_property

import pytest


def pytest_configure(config: pytest.Config) -> None:
    from assessor_app.attachments.store import AttachmentStore
    from assessor_app.protection.data_key import DataKey
    from assessor_app.services import container

    def sealed_store(self: container.Services) -> AttachmentStore:
        folder = str(self.paths.data_dir.resolve()).encode()
        key = self.key or DataKey(hashlib.sha256(b"sealed store plugin " + folder).digest())
        return AttachmentStore(
            self.paths.attachments, key, scratch=container.external_copies(self.paths)
        )

    store = cached_property(sealed_store)
    store.__set_name__(container.Services, "store")
    container.Services.store = store  # type: ignore[assignment,method-assign]
