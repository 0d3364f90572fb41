"""The issuer's electronic seal image (电子印章) the platform hands out with every document.

A real platform applies the issuer's registered seal (GB/T 38540-2020 电子签章); the
reference platform draws a look-alike once per issuer: a red ring, the five-pointed star
and the issuer's name along the upper arc, with 电子印章 below the star. The image is a
picture only: what makes a printout trustworthy is the signed QR, never the seal.
"""

from __future__ import annotations

import io
import logging
import math
import shutil
import subprocess
from functools import lru_cache

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageSequence  # noqa: F401

# requests are served on the server's own threads: PIL's image plugins load with this module,
# not on the first request (a tour or a test watching for imports off its UI thread notes it)
Image.init()

log = logging.getLogger(__name__)

SIZE = 360  # pixels; printed at 40 mm that is about 230 dpi
RED = (200, 16, 30, 255)
_FONT_PATTERNS = ("Noto Serif CJK SC:style=Bold", "Noto Sans CJK SC:style=Bold", "WenQuanYi Zen Hei")


def _font_file() -> tuple[str, int] | None:
    fc = shutil.which("fc-match")
    if fc is None:
        return None
    for pattern in _FONT_PATTERNS:
        try:
            out = subprocess.run(
                [fc, "-f", "%{file}:%{index}", pattern], capture_output=True, text=True, timeout=5, check=True
            ).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        path, _, index = out.rpartition(":")
        if path and ("CJK" in path or "wqy" in path.lower()):
            return path, int(index or 0)
    return None


@lru_cache(maxsize=8)
def seal_png(issuer: str) -> bytes:
    """PNG bytes of ``issuer``'s seal, transparent outside the ink."""
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c, r = SIZE / 2, SIZE / 2 - 8
    draw.ellipse((c - r, c - r, c + r, c + r), outline=RED, width=12)
    star = [
        (
            c + (52 if i % 2 == 0 else 21) * math.cos(math.radians(-90 + 36 * i)),
            c + (52 if i % 2 == 0 else 21) * math.sin(math.radians(-90 + 36 * i)),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=RED)
    found = _font_file()
    if found is None:
        log.warning("no CJK font for the seal of %s: drawing the ring and the star only", issuer)
    else:
        path, index = found
        arc_font = ImageFont.truetype(path, 40, index=index)
        small = ImageFont.truetype(path, 30, index=index)
        _arc_text(img, issuer, arc_font, radius=r - 42)
        draw.text((c, c + 92), "电子印章", font=small, fill=RED, anchor="mm")
    out = io.BytesIO()
    img.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _arc_text(img: Image.Image, text: str, font: ImageFont.FreeTypeFont, *, radius: float) -> None:
    # the name runs clockwise over the top, each character turned to face the centre
    span = min(250.0, 24.0 * len(text))
    c = SIZE / 2
    for i, ch in enumerate(text):
        angle = -90 - span / 2 + span * (i + 0.5) / len(text)
        glyph = Image.new("RGBA", (56, 56), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((28, 28), ch, font=font, fill=RED, anchor="mm")
        glyph = glyph.rotate(-(angle + 90), resample=Image.Resampling.BICUBIC)
        x = c + radius * math.cos(math.radians(angle)) - 28
        y = c + radius * math.sin(math.radians(angle)) - 28
        img.alpha_composite(glyph, (round(x), round(y)))
