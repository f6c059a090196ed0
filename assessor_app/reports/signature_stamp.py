"""The visible signature: a small page drawn with reportlab (drawn signature, name, role,
date, certificate fingerprint) that pyHanko places into the signature field."""

from __future__ import annotations

import io
from datetime import datetime

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.content import PdfContent
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.stamp import StaticStampStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from assessor_app.reports.fonts import BOLD, REGULAR
from assessor_app.reports.page import fit
from assessor_app.reports.styles import INK, MUTED, NAVY, RULE
from assessor_app.reports.user_text import draw_line, text_width


def appearance_pdf(
    width: float,
    height: float,
    *,
    signer: str,
    role: str,
    signed_at: datetime,
    fingerprint: str,
    signature_png: bytes | None,
) -> bytes:
    """One page of ``width`` x ``height`` points: the stamp's picture."""
    out = io.BytesIO()
    c = Canvas(out, pagesize=(width, height), pageCompression=1)
    pad = 5.0
    image_w = width * 0.45 if signature_png else 0.0
    if signature_png:
        reader = ImageReader(io.BytesIO(signature_png))
        c.drawImage(
            reader,
            pad,
            pad + 8,
            image_w - 2 * pad,
            height - 2 * pad - 8,
            mask="auto",
            preserveAspectRatio=True,
            anchor="c",
        )
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(pad, pad + 8, image_w - pad, pad + 8)
    x = image_w + pad
    top = height - pad - 8
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 6.5)
    c.drawString(x, top, "Digitally signed by")
    c.setFillColor(INK)
    size = 10.0
    while size > 6 and text_width(signer, BOLD, size) > width - x - pad:
        size -= 0.5
    c.setFont(BOLD, size)
    draw_line(c, x, top - size - 2, fit(signer, BOLD, size, width - x - pad))
    y = top - size - 13
    c.setFont(REGULAR, 7)
    c.setFillColor(NAVY)
    c.drawString(x, y, role)
    c.setFillColor(INK)
    c.drawString(x, y - 10, signed_at.strftime("%Y-%m-%d %H:%M:%S UTC"))
    c.setFillColor(MUTED)
    c.setFont(REGULAR, 5.5)
    c.drawString(x, y - 20, "Certificate SHA-256")
    c.drawString(x, y - 27, fingerprint[:47])
    c.drawString(x, y - 34, fingerprint[48:])
    c.showPage()
    c.save()
    return out.getvalue()


class _PdfPageContent(PdfContent):
    """The first page of an in-memory PDF as stamp content (pyHanko's own wants a file)."""

    def __init__(self, pdf: bytes) -> None:
        super().__init__()
        self.pdf = pdf

    def render(self) -> bytes:
        writer = self._ensure_writer
        xobj = writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.pdf)), page_ix=0)
        name = "/SigAppearance"
        self.resources.xobject[name] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return name.encode("ascii") + b" Do"


def stamp_style(appearance: bytes) -> StaticStampStyle:
    return StaticStampStyle(
        background=_PdfPageContent(appearance),
        border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MID,
            y_align=layout.AxisAlignment.ALIGN_MID,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
        ),
    )
