"""The documents a facility sends with its application form, read where they are.

A folder is read in place. A zip is read member by member straight from the archive into
the encrypted attachment store: its contents are never unpacked to a plaintext temporary
folder, which a killed process would leave behind and a deleted one leaves on the disk.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import ValidationError


@dataclass
class FacilityDocuments:
    """File name -> where its bytes are: a file in a folder, or a member of a zip."""

    source: Path
    files: dict[str, Path | zipfile.ZipInfo] = field(default_factory=dict)
    archive: zipfile.ZipFile | None = None

    @property
    def names(self) -> list[str]:
        return sorted(self.files)

    def read(self, name: str, limit: int) -> bytes:
        """The bytes of ``name``, at most ``limit`` of them (a member that inflates past
        its declared size, or a file grown since it was listed, is refused)."""
        where = self.files[name]
        try:
            if isinstance(where, zipfile.ZipInfo):
                assert self.archive is not None
                with self.archive.open(where) as member:
                    data = member.read(limit + 1)
            else:
                with where.open("rb") as fh:
                    data = fh.read(limit + 1)
        except (OSError, zipfile.BadZipFile) as exc:
            raise ValidationError.coded(
                ErrorCode.CANNOT_READ_FILE, path=self.source / name, reason=str(exc)
            ) from None
        if len(data) > limit:
            raise ValidationError.coded(ErrorCode.ATTACHMENT_TOO_LARGE, file=name)
        return data
