"""Sealing and opening a 100 MB bundle (CMS EnvelopedData, AES-256, two RSA-3072
recipients) beside the floor of AES-256-CBC over the same bytes with cryptography's cipher
alone, in the same run.

Target: sealing and opening each within 3x its floor (the envelope is built in memory by
cryptography: its copies, not the cipher, are what it adds). Peak RSS shows why sealed
bundles are bounded (Limits.max_sealed_bytes).

    .venv/bin/python benchmarks/bench_sealing.py [--mb 100]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from assessor_app.identity.envelope import load_recipient_certificates, open_sealed, seal
from assessor_app.identity.pkcs12 import create_identity, load_identity

TARGET = 3.0


def floor(data: bytes) -> tuple[float, float]:
    key, iv = os.urandom(32), os.urandom(16)
    t0 = time.perf_counter()  # the bytes are whole blocks: the bare cipher, no padding
    enc = Cipher(algorithms.AES256(key), modes.CBC(iv)).encryptor()
    ct = enc.update(data) + enc.finalize()
    t1 = time.perf_counter()
    dec = Cipher(algorithms.AES256(key), modes.CBC(iv)).decryptor()
    dec.update(ct) + dec.finalize()
    return t1 - t0, time.perf_counter() - t1


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=100)
    args = parser.parse_args()
    data = os.urandom(args.mb * 1024 * 1024)
    me = load_identity(create_identity("Dr Co", "co@example.org", "pass-word"), "pass-word")
    office = load_identity(create_identity("Office", "o@example.org", "pass-word"), "pass-word")
    recipients = load_recipient_certificates(me.certificate_pem() + office.certificate_pem())
    floor_seal, floor_open = floor(data)
    t0 = time.perf_counter()
    envelope = seal(data, recipients)
    t1 = time.perf_counter()
    opened = open_sealed(envelope, me)
    t2 = time.perf_counter()
    assert opened == data
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"sealing {args.mb} MB to 2 RSA-3072 recipients (peak RSS {rss:.0f} MB)")
    print(f"{'step':<8}{'figure s':>10}{'floor s':>10}{'ratio':>8}  verdict (target {TARGET}x)")
    for step, figure, base in (("seal", t1 - t0, floor_seal), ("open", t2 - t1, floor_open)):
        ratio = figure / max(base, 1e-9)
        verdict = "met" if ratio <= TARGET else "MISSED"
        print(f"{step:<8}{figure:>10.2f}{base:>10.2f}{ratio:>8.2f}  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
