"""zbar through pyzbar's ctypes wrapper, with the QR symbology switched to binary mode.

pyzbar's ``decode()`` creates its own image scanner and gives no way to set scanner
configuration other than enabling symbologies. Left alone, zbar (0.23) guesses the text
encoding of a QR payload and converts it, so UTF-8 Chinese often comes back as
Shift-JIS / Big5 / Latin-1 mojibake (FACTS.md, "QR codes"). With ``ZBAR_CFG_BINARY`` set
on the QR symbology zbar hands back the bytes exactly as encoded; we decode them
ourselves. This module keeps that scanner call in one place.
"""

from __future__ import annotations

from ctypes import c_void_p, cast, string_at
from dataclasses import dataclass

import numpy as np

# zbar.h (0.23): ZBAR_CFG_ENABLE=0, ADD_CHECK, EMIT_CHECK, ASCII, BINARY=4. pyzbar's
# ZBarConfig enum predates BINARY and calls 4 "CFG_NUM", so we name it ourselves.
ZBAR_CFG_ENABLE = 0
ZBAR_CFG_BINARY = 4
ZBAR_QRCODE = 64
# zbar's fourcc for 8-bit grey ("Y800")
_FOURCC_Y800 = 0x30303859


@dataclass(frozen=True, slots=True)
class ZbarSymbol:
    data: bytes
    symbology: str
    polygon: tuple[tuple[int, int], ...]
    quality: int


def zbar_available() -> tuple[bool, str]:
    """Whether libzbar can be loaded, and if not, why (for ``yimen devices check``)."""
    try:
        import pyzbar.wrapper  # noqa: F401  (loads libzbar.so at import)
    except ImportError as e:
        return False, f"{e} (Debian: apt-get install libzbar0)"
    return True, ""


def scan_gray(gray: np.ndarray, *, binary: bool = True, qr_only: bool = True) -> list[ZbarSymbol]:
    """Run one zbar image scan over an 8-bit single-channel image.

    ``binary=False`` gives zbar's default text conversion; it exists so the tests can show
    the mojibake the binary mode avoids.
    """
    from pyzbar import wrapper as zw

    if gray.ndim != 2 or gray.dtype != np.uint8:
        raise ValueError("scan_gray needs a 2-D uint8 image")
    gray = np.ascontiguousarray(gray)
    height, width = gray.shape
    pixels = gray.tobytes()  # kept referenced until the scan finishes: zbar does not copy
    scanner = zw.zbar_image_scanner_create()
    if not scanner:
        raise MemoryError("zbar_image_scanner_create failed")
    try:
        if qr_only:
            # symbology 0 means "all": switch everything off, then QR back on
            zw.zbar_image_scanner_set_config(scanner, 0, ZBAR_CFG_ENABLE, 0)
            zw.zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1)
        if binary and zw.zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1) != 0:
            raise RuntimeError("this libzbar does not support ZBAR_CFG_BINARY (needs zbar >= 0.23)")
        image = zw.zbar_image_create()
        if not image:
            raise MemoryError("zbar_image_create failed")
        try:
            zw.zbar_image_set_format(image, _FOURCC_Y800)
            zw.zbar_image_set_size(image, width, height)
            # ctypes.cast takes bytes (a pointer to their buffer); typeshed's cast() omits bytes
            zw.zbar_image_set_data(image, cast(pixels, c_void_p), len(pixels), None)  # type: ignore[arg-type]
            if zw.zbar_scan_image(scanner, image) < 0:
                raise RuntimeError("zbar rejected the image format")
            return list(_symbols(zw, image))
        finally:
            zw.zbar_image_destroy(image)
    finally:
        zw.zbar_image_scanner_destroy(scanner)


def _symbols(zw, image) -> list[ZbarSymbol]:
    found = []
    symbol = zw.zbar_image_first_symbol(image)
    while symbol:
        data = string_at(zw.zbar_symbol_get_data(symbol), zw.zbar_symbol_get_data_length(symbol))
        kind = symbol.contents.type
        try:
            name = zw.ZBarSymbol(kind).name
        except ValueError:
            name = f"zbar-{kind}"
        points = tuple(
            (zw.zbar_symbol_get_loc_x(symbol, i), zw.zbar_symbol_get_loc_y(symbol, i))
            for i in range(zw.zbar_symbol_get_loc_size(symbol))
        )
        found.append(ZbarSymbol(data, name, points, zw.zbar_symbol_get_quality(symbol)))
        symbol = zw.zbar_symbol_next(symbol)
    return found
