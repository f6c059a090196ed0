"""JPEG photos embedded byte for byte (DCTDecode), without decoding them.

reportlab's ``drawImage`` on an ImageReader decodes every image to hash its pixels and,
with its default ASCII85 filter, re-encodes the bytes as text: for a photo appendix of a
hundred thumbnails that is most of the build time. Here the JPEG bytes go into the PDF as
they are; the XObject is named by the bytes' digest so a photo used twice is stored once.
"""

from __future__ import annotations

import hashlib
import io

from reportlab.pdfbase import pdfdoc, pdfutils
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

_COLOUR_SPACES = {1: "DeviceGray", 3: "DeviceRGB", 4: "DeviceCMYK"}


def jpeg_size(data: bytes) -> tuple[int, int, int]:
    """(width, height, components) from the JPEG header; ValueError when not a JPEG."""
    try:
        width, height, components = pdfutils.readJPEGInfo(io.BytesIO(data))[:3]
    except Exception as exc:  # reportlab raises plain errors on bad headers
        raise ValueError(f"not a JPEG image: {exc}") from None
    return int(width), int(height), int(components)


def draw_jpeg(canv: Canvas, data: bytes, x: float, y: float, width: float, height: float) -> None:
    """Draw JPEG ``data`` into the box, registering it once per document."""
    doc = canv._doc
    digest = "J" + hashlib.sha1(data, usedforsecurity=False).hexdigest()
    reg_name = doc.getXObjectName(digest)
    if doc.idToObject.get(reg_name) is None:
        w, h, components = jpeg_size(data)
        xobj = pdfdoc.PDFImageXObject(digest)
        xobj.width, xobj.height = w, h
        xobj.bitsPerComponent = 8
        xobj.colorSpace = _COLOUR_SPACES.get(components, "DeviceRGB")
        if components == 4:
            xobj._dotrans = 1  # Adobe CMYK JPEGs are stored inverted
        xobj.streamContent = data
        xobj._filters = ("DCTDecode",)
        xobj.mask = None
        canv._setXObjects(xobj)
        doc.Reference(xobj, reg_name)
        doc.addForm(digest, xobj)
    canv._currentPageHasImages = 1
    canv.saveState()
    canv.translate(x, y)
    canv.scale(width, height)
    canv._code.append(f"/{reg_name} Do")
    canv.restoreState()
    canv._formsinuse.append(digest)  # so the page lists the image among its resources


class JpegFlowable(Flowable):
    """A JPEG scaled to fit ``max_width`` x ``max_height`` keeping its proportions."""

    def __init__(self, data: bytes, max_width: float, max_height: float) -> None:
        super().__init__()
        self.data = data
        w, h, _ = jpeg_size(data)
        scale = min(max_width / w, max_height / h)
        self.draw_width, self.draw_height = w * scale, h * scale
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.draw_width, self.draw_height

    def draw(self) -> None:
        draw_jpeg(self.canv, self.data, 0, 0, self.draw_width, self.draw_height)
