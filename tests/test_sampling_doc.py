"""docs/sampling.md is a specification: re-implemented from its text, it gives the app's draws."""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from datetime import date
from pathlib import Path

from assessor_app.domain.case_review import (
    PopulationCase,
    canonical_population,
    draw_sample,
    population_fingerprint,
)

DOC = Path(__file__).resolve().parent.parent / "docs" / "sampling.md"


def doc_text() -> str:
    return DOC.read_text(encoding="utf-8")


def code_blocks(text: str) -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S)


# -- an independent implementation, written from the document's sections 1-4 -------------


def spec_fingerprint(rows: list[tuple[str, str, str]]) -> str:
    body = sorted(rows, key=lambda r: r[0].encode("utf-8"))
    lines = ["case_ref,procedure_date,procedure_type"] + [",".join(r) for r in body]
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def spec_draw(rows: list[tuple[str, str, str]], seed: str, n: int) -> list[str]:
    seed = unicodedata.normalize("NFC", seed).strip()
    fp = spec_fingerprint(rows)
    keyed = []
    for ref, _, _ in rows:
        digest = hashlib.sha256(
            ("iasios-sample-v1|" + seed + "|" + fp + "|" + ref).encode()
        ).hexdigest()
        keyed.append((digest, ref.encode("utf-8"), ref))
    keyed.sort()
    return [ref for _, _, ref in keyed[:n]]


def worked_example() -> tuple[list[tuple[str, str, str]], str, str, list[str], dict[str, str]]:
    text = doc_text()
    section = text.split("## 5. Worked example", 1)[1].split("## 6.", 1)[0]
    blocks = code_blocks(section)
    rows = [tuple(line.split(",")) for line in blocks[0].strip().splitlines()[1:]]
    canonical = blocks[1]
    fingerprint = re.search(r"Fingerprint: `([0-9a-f]{64})`", section).group(1)
    seed = re.search(r"Seed: `([^`]+)`", section).group(1)
    keys = dict(re.findall(r"\| (C\d+) \| `([0-9a-f]{64})` \|", section))
    drawn = re.search(r"Drawing N = 3 gives, in draw order: \*\*(.*?)\*\*", section).group(1)
    return rows, canonical, fingerprint, seed, keys, drawn.split(", ")  # type: ignore[return-value]


def test_worked_example_in_the_doc_matches_the_app():
    rows, canonical, fingerprint, seed, keys, drawn = worked_example()
    pop = [PopulationCase(r, date.fromisoformat(d), t) for r, d, t in rows]
    assert canonical_population(pop).decode() == canonical
    assert population_fingerprint(pop) == fingerprint
    assert draw_sample([r for r, _, _ in rows], seed, fingerprint, 3) == drawn
    for ref, key in keys.items():
        text = f"iasios-sample-v1|{seed}|{fingerprint}|{ref}"
        assert hashlib.sha256(text.encode()).hexdigest() == key


def test_worked_example_reproduced_from_the_text_alone():
    rows, _canonical, fingerprint, seed, _keys, drawn = worked_example()
    assert spec_fingerprint(rows) == fingerprint
    assert spec_draw(rows, seed, 3) == drawn


def test_the_code_in_the_doc_runs_and_agrees():
    section = doc_text().split("## 6.", 1)[1]
    namespace: dict = {}
    exec(code_blocks(section)[0], namespace)  # the doc's own sample code
    rows, _c, fingerprint, seed, _k, drawn = worked_example()
    assert namespace["fingerprint"](rows) == fingerprint
    assert namespace["draw"](rows, seed, 3) == drawn


def test_independent_implementation_agrees_on_random_populations():
    rng = random.Random(7)
    for trial in range(20):
        size = rng.randint(1, 300)
        refs = {f"{rng.choice(['IO', 'C', 'kn'])}-{rng.randint(0, 99999):05d}" for _ in range(size)}
        rows = [
            (
                ref,
                f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                rng.choice(["ablation", "TACE", "", "pain management"]),
            )
            for ref in refs
        ]
        seed = f"trial {trial} {rng.random()}"
        pop = [PopulationCase(r, date.fromisoformat(d), t) for r, d, t in rows]
        fp = population_fingerprint(pop)
        assert fp == spec_fingerprint(rows)
        assert draw_sample([r for r, _, _ in rows], seed, fp, 30) == spec_draw(rows, seed, 30)
