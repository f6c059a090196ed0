"""The benchmark visit: the full default template, every requirement rated, N photos.

Shared by bench_checklist.py and bench_gui.py so both measure the same data.
"""

from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw

from assessor_app.domain.ratings import Rating
from assessor_app.domain.visit import Facility, NewVisit, ProcedureType
from assessor_app.paths import resolve_paths
from assessor_app.services.container import Services, build_services


def photo(seed: int, size: tuple[int, int] = (1024, 768)) -> bytes:
    """A small JPEG with some shapes, so it compresses like a photo rather than a flat fill."""
    rng = random.Random(seed)
    width, height = size
    img = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), 200))
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(width - 124), rng.randrange(height - 118)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + rng.randrange(40, 200), y + rng.randrange(40, 200)), colour)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def build(data_dir: Path, photos: int) -> tuple[Services, str]:
    """Create the visit in ``data_dir``; photos go round-robin over the requirements."""
    services = build_services(resolve_paths(data_dir))
    template = services.templates.default()
    visit_id = services.visits.create(
        NewVisit(
            facility=Facility(name="Benchmark Hospital"),
            template_id=template.id,
            volumes={ProcedureType.ABLATION: 200},
        )
    )
    keys = [r.key for r in template.requirements]
    rng = random.Random(7)
    for key in keys:
        services.findings.rate(
            visit_id, key, rng.choice([Rating.MET, Rating.PARTIAL, Rating.NOT_MET]),
            comment="Seen on site; documents current and signed.",
        )  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for n in range(photos):
            path = Path(tmp) / f"IMG_{n:04d}.jpg"
            path.write_bytes(photo(n))
            services.attachments.add(visit_id, keys[n % len(keys)], path, caption=f"Photo {n}")
    return services, visit_id
