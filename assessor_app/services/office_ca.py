"""The office's own CA: create it, and issue assessor identities from it. Each issued
certificate is validated under the CA (pyHanko's validator) before the file is written."""

from __future__ import annotations

from pathlib import Path

from assessor_app.domain.error_codes import ErrorCode
from assessor_app.domain.errors import NotFoundError, ValidationError
from assessor_app.identity.issuing import create_office_ca, issue_identity
from assessor_app.identity.pkcs12 import CertificateInfo, load_identity, read_certificate_info
from assessor_app.identity.trust_validation import problem_with_chain
from assessor_app.services.atomic_file import write_atomic


def _refuse_existing(path: Path) -> None:
    if Path(path).exists():
        raise ValidationError.coded(ErrorCode.IDENTITY_FILE_EXISTS, path=path)


def create_ca(
    name: str, passphrase: str, out_path: Path, cert_path: Path | None = None
) -> CertificateInfo:
    _refuse_existing(out_path)
    data = create_office_ca(name, passphrase)
    ca = load_identity(data, passphrase)
    write_atomic(Path(out_path), data, private=True, make_parents=True)
    if cert_path is not None:
        write_atomic(Path(cert_path), ca.certificate_pem(), make_parents=True)
    return read_certificate_info(ca.certificate_pem())


def issue(
    ca_path: Path, ca_passphrase: str, name: str, email: str, passphrase: str, out_path: Path
) -> CertificateInfo:
    """An assessor identity signed by the office CA in ``ca_path``, written to ``out_path``."""
    _refuse_existing(out_path)
    try:
        ca_data = Path(ca_path).read_bytes()
    except FileNotFoundError:
        raise NotFoundError.coded(ErrorCode.NO_SUCH_IDENTITY, path=ca_path) from None
    except OSError as exc:
        raise ValidationError.coded(
            ErrorCode.CANNOT_READ_FILE, path=ca_path, reason=exc.strerror
        ) from None
    ca = load_identity(ca_data, ca_passphrase)
    data = issue_identity(ca, name, email, passphrase)
    issued = load_identity(data, passphrase)
    problem = problem_with_chain(issued.certificate_pem(), [ca.certificate_pem()])
    if problem is not None:
        raise ValidationError.coded(ErrorCode.ISSUED_CERT_INVALID, reason=problem)
    write_atomic(Path(out_path), data, private=True, make_parents=True)
    return read_certificate_info(issued.certificate_pem())
