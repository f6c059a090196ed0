"""Signing identities: passphrase-protected PKCS#12 files in the data dir, their public
certificates beside them (so they can be listed without the passphrase) and the holder's
drawn signature image. The passphrase is asked for each time and never stored."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from assessor_app.domain.certificate_fitness import CertificateTerms, expiry_warning
from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError

# The passphrase rule, for the fronts to check as it is typed.
from assessor_app.domain.text_limits import NAME
from assessor_app.domain.visit import VisitSummary
from assessor_app.identity.fitness import require_fit_to_sign
from assessor_app.identity.pkcs12 import (
    MAX_VALID_DAYS,
    MIN_VALID_DAYS,
    VALIDITY,
    CertificateInfo,
    SigningIdentity,
    create_identity,
    load_identity,
    read_certificate_info,
)
from assessor_app.identity.pkcs12 import MIN_PASSPHRASE as MIN_PASSPHRASE
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
    terms: CertificateTerms  # whether it can sign now: domain.certificate_fitness.fitness


def visit_ends(visits: Iterable[VisitSummary]) -> list[tuple[str, date]]:
    """Label and last day (end, else start date) of each dated visit: what a new
    certificate should outlast (see ``IdentityService.expiry_warning``)."""
    ends = []
    for visit in visits:
        last_day = visit.end_date or visit.start_date
        if last_day is not None:
            ends.append((f"{visit.facility} ({visit.id[:8]})", last_day))
    return ends


def _slug(text: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return slug[:40] or "identity"


def _sidecar(p12: Path, suffix: str) -> Path:
    return p12.with_name(p12.stem + suffix)


@dataclass
class IdentityService:
    root: Path

    # -- create and import -------------------------------------------------------------
    def expiry_warning(
        self, valid_days: int = VALIDITY.days, visits: Sequence[tuple[str, date]] = ()
    ) -> ValidationError | None:
        """Why a new certificate valid for ``valid_days`` would be a poor one: it expires
        before one of ``visits`` (label, last day) ends, or soon; None when it is fine."""
        if not MIN_VALID_DAYS <= valid_days <= MAX_VALID_DAYS:
            raise ValidationError.coded(
                ErrorCode.IDENTITY_VALIDITY_RANGE, least=MIN_VALID_DAYS, most=MAX_VALID_DAYS
            )
        now = datetime.now(UTC)
        return expiry_warning(now + timedelta(days=valid_days), now, visits)

    def create(
        self,
        name: str,
        email: str,
        passphrase: str,
        out_path: Path | None = None,
        *,
        valid_days: int = VALIDITY.days,
        visits: Sequence[tuple[str, date]] = (),
        anyway: bool = False,
    ) -> IdentityInfo:
        """A new self-signed identity (RSA 3072, two years unless ``valid_days``), stored as
        ``.p12`` in the data dir (or at ``out_path``), its certificate beside it. An existing
        file is never replaced: it may hold the key whose certificate the office has
        registered. One that would expire before a visit of ``visits`` ends, or soon, is
        made only ``anyway`` (see ``expiry_warning``)."""
        if out_path is not None and Path(out_path).exists():
            raise ValidationError.coded(ErrorCode.IDENTITY_FILE_EXISTS, path=out_path)
        # The name is printed in the signature's appearance on every report it signs.
        check_text("name", name, NAME)
        warning = self.expiry_warning(valid_days, visits)
        if warning is not None and not anyway:
            raise warning
        data = create_identity(name, email, passphrase, timedelta(days=valid_days))
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

    def certificate_pem(self, path: Path) -> bytes:
        """The public certificate kept beside an identity (b"" when it is missing), e.g. to
        find which identity opens a sealed bundle before asking for a passphrase."""
        try:
            return _sidecar(path, CERT_SUFFIX).read_bytes()
        except OSError:
            return b""

    def _info(self, path: Path, cert: CertificateInfo) -> IdentityInfo:
        image = _sidecar(path, SIGNATURE_SUFFIX)
        return IdentityInfo(
            path=path,
            name=cert.name,
            email=cert.email,
            fingerprint=cert.fingerprint,
            not_valid_after=cert.not_valid_after,
            signature_image=image if image.is_file() else None,
            terms=cert.terms,
        )

    def require_fit(self, identity: SigningIdentity, at: datetime | None = None) -> None:
        """Refuse to sign (a report or a bundle) with a certificate that is expired, not yet
        valid, or not for signing; the error says which."""
        signer = identity.name or identity.email or identity.fingerprint
        require_fit_to_sign(identity.certificate, at or datetime.now(UTC), signer)

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
