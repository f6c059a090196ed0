"""Generated photos for the demo visit (no real images ship with the app)."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageFont


def demo_photo(label: str, seed: int, size: tuple[int, int] = (1600, 1200)) -> bytes:
    """A plausible 'room' picture: walls, floor, equipment boxes, and a caption band."""
    rng = random.Random(seed)
    w, h = size
    img = Image.new("RGB", size, (200, 205, 210))
    draw = ImageDraw.Draw(img)
    wall = (rng.randint(190, 230), rng.randint(200, 235), rng.randint(205, 240))
    draw.rectangle((0, 0, w, int(h * 0.62)), fill=wall)
    for y in range(int(h * 0.62), h, 6):
        shade = 150 + (y * 60) // h
        draw.line((0, y, w, y), fill=(shade, shade - 10, shade - 25), width=6)
    for _ in range(5):
        x0 = rng.randint(0, w - 300)
        y0 = rng.randint(int(h * 0.3), int(h * 0.6))
        bw, bh = rng.randint(150, 400), rng.randint(200, 450)
        colour = (rng.randint(60, 240), rng.randint(60, 240), rng.randint(60, 240))
        draw.rounded_rectangle((x0, y0, x0 + bw, y0 + bh), 18, fill=colour, outline=(40, 40, 40))
    draw.rectangle((0, h - 110, w, h), fill=(20, 40, 70))
    font = ImageFont.load_default(size=56)
    draw.text((40, h - 90), label, fill=(255, 255, 255), font=font)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()
