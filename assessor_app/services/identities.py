"""Signing identities: passphrase-protected PKCS#12 files in the data dir, their public
certificates beside them (so they can be listed without the passphrase) and the holder's
drawn signature image. The passphrase is asked for each time and never stored."""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError

# The passphrase rule, for the fronts to check as it is typed.
from assessor_app.domain.text_limits import NAME
from assessor_app.identity.pkcs12 import MIN_PASSPHRASE as MIN_PASSPHRASE
from assessor_app.identity.pkcs12 import (
    CertificateInfo,
    SigningIdentity,
    create_identity,
    load_identity,
    read_certificate_info,
)
from assessor_app.services.atomic_file import write_atomic
from assessor_app.services.text_check import check_text

CERT_SUFFIX = ".cert.pem"
SIGNATURE_SUFFIX = ".signature.png"
MAX_P12_BYTES = 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True, slots=True)
class IdentityInfo:
    """What a list of identities shows; read from the public certificate only."""

    path: Path
    name: str
    email: str
    fingerprint: str
    not_valid_after: datetime
    signature_image: Path | None


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug[:40] or "identity"


def _sidecar(p12: Path, suffix: str) -> Path:
    return p12.with_name(p12.stem + suffix)


@dataclass
class IdentityService:
    root: Path

    # -- create and import -------------------------------------------------------------
    def create(
        self, name: str, email: str, passphrase: str, out_path: Path | None = None
    ) -> IdentityInfo:
        """A new self-signed identity (EC P-256, two years), stored as ``.p12`` in the data
        dir (or at ``out_path``), its certificate beside it. An existing file is never
        replaced: it may hold the key whose certificate the office has registered."""
        if out_path is not None and Path(out_path).exists():
            raise ValidationError.coded(ErrorCode.IDENTITY_FILE_EXISTS, path=out_path)
        # The name is printed in the signature's appearance on every report it signs.
        check_text("name", name, NAME)
        data = create_identity(name, email, passphrase)
        identity = load_identity(data, passphrase)
        target = out_path or self._free_path(name, identity.fingerprint)
        write_atomic(target, data, private=True, make_parents=True)
        write_atomic(_sidecar(target, CERT_SUFFIX), identity.certificate_pem(), make_parents=True)
        return self._info(target, read_certificate_info(identity.certificate_pem()))

    def import_file(self, source: Path, passphrase: str) -> IdentityInfo:
        """Copy a ``.p12`` issued elsewhere into the data dir after opening it with
        ``passphrase`` (so a wrong passphrase or a broken file is caught now)."""
        identity = self.load(source, passphrase)
        target = self._free_path(identity.name or source.stem, identity.fingerprint)
        write_atomic(target, source.read_bytes(), private=True, make_parents=True)
        write_atomic(_sidecar(target, CERT_SUFFIX), identity.certificate_pem(), make_parents=True)
        return self._info(target, read_certificate_info(identity.certificate_pem()))

    def _free_path(self, name: str, fingerprint: str) -> Path:
        stem = f"{_slug(name)}-{fingerprint.replace(':', '')[:8].lower()}"
        return self.root / f"{stem}.p12"

    # -- read --------------------------------------------------------------------------
    def load(self, path: Path, passphrase: str) -> SigningIdentity:
        """Open an identity; unreadable file or wrong passphrase -> ValidationError."""
        try:
            size = path.stat().st_size
            if size > MAX_P12_BYTES:
                raise ValidationError.coded(ErrorCode.IDENTITY_FILE_TOO_LARGE, file=path.name)
            data = path.read_bytes()
        except FileNotFoundError:
            raise NotFoundError.coded(ErrorCode.NO_SUCH_IDENTITY, path=path) from None
        except OSError as exc:
            raise ValidationError.coded(
                ErrorCode.CANNOT_READ_FILE, path=path, reason=exc.strerror
            ) from None
        return load_identity(data, passphrase)

    def list(self) -> list[IdentityInfo]:
        """Identities kept in the data dir, by name."""
        if not self.root.is_dir():
            return []
        infos = []
        for p12 in sorted(self.root.glob("*.p12")):
            cert_path = _sidecar(p12, CERT_SUFFIX)
            try:
                cert = read_certificate_info(cert_path.read_bytes())
            except (OSError, ValueError):
                continue  # a .p12 without its certificate shows up once imported again
            infos.append(self._info(p12, cert))
        return sorted(infos, key=lambda i: (i.name.lower(), i.fingerprint))

    def _info(self, path: Path, cert: CertificateInfo) -> IdentityInfo:
        image = _sidecar(path, SIGNATURE_SUFFIX)
        return IdentityInfo(
            path=path,
            name=cert.name,
            email=cert.email,
            fingerprint=cert.fingerprint,
            not_valid_after=cert.not_valid_after,
            signature_image=image if image.is_file() else None,
        )

    def fingerprint(self, path: Path, passphrase: str) -> str:
        """SHA-256 fingerprint of the identity's certificate (colon-separated hex)."""
        return self.load(path, passphrase).fingerprint

    def export_certificate(self, path: Path, passphrase: str, target: Path) -> str:
        """Write the certificate (PEM) for the accreditation office; returns its fingerprint."""
        identity = self.load(path, passphrase)
        write_atomic(target, identity.certificate_pem())
        return identity.fingerprint

    def remove(self, path: Path) -> None:
        """Delete an identity kept in the data dir, with its certificate and signature."""
        if path.parent.resolve() != self.root.resolve():
            raise ValidationError.coded(ErrorCode.IDENTITY_NOT_REMOVABLE)
        for file in (path, _sidecar(path, CERT_SUFFIX), _sidecar(path, SIGNATURE_SUFFIX)):
            file.unlink(missing_ok=True)

    # -- drawn signature ---------------------------------------------------------------
    def signature_image_path(self, identity_path: Path) -> Path:
        return _sidecar(identity_path, SIGNATURE_SUFFIX)

    def signature_image(self, identity_path: Path) -> bytes | None:
        path = self.signature_image_path(identity_path)
        return path.read_bytes() if path.is_file() else None

    def save_signature_image(self, identity_path: Path, png: bytes) -> Path:
        """Keep the holder's drawn signature (PNG) beside the identity."""
        if not png.startswith(PNG_MAGIC):
            raise ValidationError.coded(ErrorCode.SIGNATURE_IMAGE_NOT_PNG)
        target = self.signature_image_path(identity_path)
        write_atomic(target, png, make_parents=True)
        return target

    def copy_to(self, path: Path, target: Path) -> Path:
        """A backup copy of the (still encrypted) identity file."""
        shutil.copyfile(path, target)
        return target
