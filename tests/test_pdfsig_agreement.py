"""`verify` and poppler's `pdfsig` give the same verdict on a report signed by each class
of certificate: valid, expired, not yet valid, not for signing (and without key usage).

The PDFs are signed with the low-level signer, which leaves certificate fitness to its
callers (the app refuses to sign with an unfit one), as another tool would sign them.
pdfsig is installed by scripts/setup.sh test: missing, the test fails.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from assessor_app.domain.certificate_fitness import Fitness
from assessor_app.reports.signing import sign_pdf
from assessor_app.resources import resource_path
from assessor_app.services.container import Services
from tests.cert_helpers import CLASSES, signer_key
from tests.report_helpers import need_tool

# pdfsig's "Certificate Validation" line (NSS) -> the verdict it stands for. Without an NSS
# database a self-signed certificate's issuer is "unknown": that is the valid case.
PDFSIG = {
    "Certificate issuer is unknown.": "fit",
    "Certificate issuer isn't Trusted.": "fit",
    "Certificate is Trusted.": "fit",
    "Certificate has Expired": "outside its validity",
    "Unknown issue with Certificate or corrupted data.": "not for signing",
    "Generic Error": "not for signing",
}
OURS = {
    Fitness.FIT: "fit",
    Fitness.EXPIRED: "outside its validity",
    Fitness.NOT_YET_VALID: "outside its validity",
    Fitness.NOT_FOR_SIGNING: "not for signing",
}
EXPECTED = {
    "valid": Fitness.FIT,
    "expired": Fitness.EXPIRED,
    "not-yet-valid": Fitness.NOT_YET_VALID,
    "non-signing": Fitness.NOT_FOR_SIGNING,
    "no-key-usage": Fitness.FIT,
}


def pdfsig_lines(pdf: Path) -> tuple[str, str]:
    out = subprocess.run(
        [need_tool("pdfsig"), str(pdf)], capture_output=True, text=True, timeout=120
    ).stdout
    found = {}
    for line in out.splitlines():
        key, _, value = line.strip().lstrip("- ").partition(": ")
        if key in ("Signature Validation", "Certificate Validation"):
            found[key] = value.strip()
    assert set(found) == {"Signature Validation", "Certificate Validation"}, out
    return found["Signature Validation"], found["Certificate Validation"]


@pytest.mark.parametrize("cls", sorted(CLASSES))
def test_verify_agrees_with_pdfsig(services: Services, demo_id: str, tmp_path: Path, cls: str):
    assert set(EXPECTED) == set(CLASSES)
    report = tmp_path / "report.pdf"
    services.reports.generate(demo_id, report)
    key = signer_key("Dr. Elena Conti", "elena.conti@example.org", cls)
    signed, _field, _at = sign_pdf(report.read_bytes(), key, resource_path("fonts"))
    pdf = tmp_path / f"{cls}.pdf"
    pdf.write_bytes(signed)

    check = services.reports.verify(pdf)[0]
    signature, certificate = pdfsig_lines(pdf)

    assert certificate in PDFSIG, f"pdfsig said something new: {certificate!r}"
    assert check.certificate is EXPECTED[cls]
    assert OURS[check.certificate] == PDFSIG[certificate], (cls, check, certificate)
    # The signature itself holds in every class, for both.
    assert signature == "Signature is Valid."
    assert check.intact and check.covers_document
    # And the overall verdict: valid only when the certificate is fit.
    assert check.ok is (PDFSIG[certificate] == "fit")
