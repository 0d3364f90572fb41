"""zxing-cpp as the kiosk's first QR decoder, and the recovery steps that read what it
misses (issue 13; figures in bench/results/qr_decode.json).

``result.bytes``, never ``result.text``: zxing-cpp turns a GBK payload into Shift-JIS
mojibake in ``.text`` while ``.bytes`` holds the bytes printed in the symbol (FACTS.md,
"QR decoding with zxing-cpp"); :func:`payload_text` reads them as UTF-8 or GBK.

:class:`ZxingDecoder` is zxing-cpp alone, with its defaults. :class:`RecoveringZxingDecoder`
is what the camera runs. It pays for extra work only where a code is likely, so a frame
without a code (most of a kiosk's day) costs one full-resolution pass and two cheap
half-resolution ones:

1. one pass over the frame, not inverted, with ``return_errors``: a symbol zxing found but
   could not decode (checksum error) comes back with its corners;
2. around each such symbol, on a small crop: the crop alone (zxing's scale heuristics see a
   different image), a 3×3 median (salt-and-pepper noise), an unsharp mask (defocus, a
   stain's soft edge), and the symbol rectified and unrolled from a cylinder (a curled
   slip: 60–120° of arc, the curl's near edge standing out from the camera);
3. with no symbol found: the frame at half size, locally contrast-normalised (faded print,
   dim light) and read in both polarities (a phone in dark mode);
4. a region whose vertical edges are smeared but horizontal ones sharp is a code moved
   sideways (or the other way round): the blur length is read from the cepstrum of its rows
   (a box blur of length L puts a negative peak at quefrency L) and undone with a Wiener
   filter, then read again.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator

import cv2
import numpy as np

from devices.errors import DeviceError
from devices.scanner.results import ScanResult, payload_text, to_gray

log = logging.getLogger(__name__)

try:
    import zxingcpp
except ImportError:  # pragma: no cover - the package is a dependency; the check reports it
    zxingcpp = None  # type: ignore[assignment]  # _require() refuses to build a decoder without it


def zxing_available() -> tuple[bool, str]:
    if zxingcpp is None:
        return False, "zxing-cpp 未安装（pip install \"yimen[camera]\"）"
    return True, ""


def _require() -> None:
    ok, why = zxing_available()
    if not ok:
        raise DeviceError("zxing-cpp 解码库不可用。", hint=why, device="scanner")


def _poly(position: object, dx: int = 0, dy: int = 0, scale: float = 1.0) -> tuple[tuple[int, int], ...]:
    pts = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)  # type: ignore[attr-defined]
    return tuple((round(p.x * scale) + dx, round(p.y * scale) + dy) for p in pts)


def _corners(position: object) -> np.ndarray:
    pts = (position.top_left, position.top_right, position.bottom_right, position.bottom_left)  # type: ignore[attr-defined]
    return np.array([[p.x, p.y] for p in pts], dtype=np.float32)


class ZxingDecoder:
    """zxing-cpp alone, as it comes (rotations, downscaling and inversion on)."""

    name = "zxing-cpp"

    def __init__(self) -> None:
        _require()
        self._qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)

    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        return [
            ScanResult(bytes(r.bytes), payload_text(bytes(r.bytes)), "QRCODE", self.name, _poly(r.position))
            for r in zxingcpp.read_barcodes(to_gray(frame), formats=self._qr)
            if r.valid
        ]


class RecoveringZxingDecoder:
    """zxing-cpp plus the recovery steps of the module docstring. ``stats`` counts which
    step read each code, for the benchmark and ``devices check``."""

    name = "yimen-zxing"

    # crops smaller than this are scaled up before reading: zxing needs ~3 px a module
    MIN_CROP = 160
    # the arc a curled slip is unrolled from, tried in this order (most common first)
    CURL_ARCS = (90.0, 60.0, 120.0)
    CURL_DEPTH = 0.2  # cylinder radius over camera distance: the bow of the top and bottom edges
    MOTION_MIN_ANISOTROPY = 3.0  # edge energy across over along the smear
    MOTION_LENGTHS = (5, 30)  # blur lengths (px) the cepstrum is searched for

    def __init__(self) -> None:
        _require()
        self._qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
        self.stats: dict[str, int] = {}
        # OpenCV's own thread pool for the steps' small images (a half-size frame, a crop):
        # handing 1 ms of work to a second thread costs more than it saves. Measured on the
        # set's 24 frames without a code, same run, interleaved: median CPU 5.9 ms with the
        # default pool, 4.8 ms with one thread, and no slower by the wall clock (5.0 vs 4.8 ms).
        # Process-wide, which suits a kiosk: the camera's decoder is its only OpenCV user, and
        # the other core is the UI's.
        cv2.setNumThreads(1)

    # -- the steps -------------------------------------------------------------------------
    def decode(self, frame: np.ndarray) -> list[ScanResult]:
        gray = to_gray(frame)
        found, candidates = self._read(gray, errors=True, downscale=False)
        if found:
            return self._hit("direct", found)
        for quad in candidates:
            found = self._recover_symbol(gray, quad)
            if found:
                return found
        small = cv2.resize(gray, (gray.shape[1] // 2, gray.shape[0] // 2), interpolation=cv2.INTER_AREA)
        found, more = self._read(
            _normalise_contrast(small), invert=True, errors=True, downscale=False, scale=2.0
        )
        if found:
            return self._hit("contrast", found)
        for quad in more:  # found at half size in the normalised frame: recover at full size
            found = self._recover_symbol(gray, quad, contrast=True)
            if found:
                return found
        return self._recover_motion(gray, small)

    def _recover_symbol(
        self, gray: np.ndarray, quad: np.ndarray, *, contrast: bool = False
    ) -> list[ScanResult]:
        crop, (x0, y0), scale = _crop(gray, quad, min_side=self.MIN_CROP)
        if contrast:
            crop = _normalise_contrast(crop)
        for step, image in (
            ("crop", crop),
            ("median", cv2.medianBlur(crop, 3)),
            ("sharpen", _unsharp(crop)),
        ):
            found, _ = self._read(image, invert=contrast, offset=(x0, y0), scale=1 / scale)
            if found:
                return self._hit(step, found)
        local = (quad - np.array([x0, y0], dtype=np.float32)) * scale
        for arc in self.CURL_ARCS:
            for axis in (1, 0):
                image = _unroll(crop, local, arc=math.radians(arc), depth=self.CURL_DEPTH, axis=axis)
                found, _ = self._read(image, invert=contrast)
                if found:
                    # positions in the unrolled image mean nothing in the frame: give the symbol's corners
                    poly = tuple((round(x), round(y)) for x, y in quad)
                    return self._hit("uncurl", [_with_poly(r, poly) for r in found])
        return []

    def _recover_motion(self, gray: np.ndarray, small: np.ndarray) -> list[ScanResult]:
        for box, axis in _smeared_regions(small, min_ratio=self.MOTION_MIN_ANISOTROPY):
            x0, y0, x1, y1 = (v * 2 for v in box)
            crop = gray[y0:y1, x0:x1]
            rows = crop if axis == 1 else crop.T
            length = _box_blur_length(rows, *self.MOTION_LENGTHS)
            if length is None:
                continue
            for n in (length, length - 1, length + 1):
                sharp = _wiener_rows(rows, n)
                found, _ = self._read(sharp if axis == 1 else np.ascontiguousarray(sharp.T), offset=(x0, y0))
                if found:
                    return self._hit("motion", found)
        return []

    # -- plumbing ------------------------------------------------------------------------
    def _read(
        self,
        image: np.ndarray,
        *,
        invert: bool = False,
        errors: bool = False,
        downscale: bool = True,
        offset: tuple[int, int] = (0, 0),
        scale: float = 1.0,
    ) -> tuple[list[ScanResult], list[np.ndarray]]:
        results = zxingcpp.read_barcodes(
            np.ascontiguousarray(image),
            formats=self._qr,
            try_rotate=False,
            try_invert=invert,
            try_downscale=downscale,
            return_errors=errors,
        )
        found, candidates = [], []
        for r in results:
            if r.valid:
                data = bytes(r.bytes)
                poly = _poly(r.position, offset[0], offset[1], scale)
                found.append(ScanResult(data, payload_text(data), "QRCODE", self.name, poly))
            elif errors and r.error is not None:
                candidates.append(_corners(r.position) * scale + np.array(offset, dtype=np.float32))
        return found, _distinct(candidates)

    def _hit(self, step: str, found: list[ScanResult]) -> list[ScanResult]:
        self.stats[step] = self.stats.get(step, 0) + 1
        return found


# ---- image helpers (pure functions, tested through the decoder) ---------------------------


def _with_poly(r: ScanResult, poly: tuple[tuple[int, int], ...]) -> ScanResult:
    return ScanResult(r.data, r.text, r.symbology, r.decoder, poly)


def _distinct(quads: list[np.ndarray]) -> list[np.ndarray]:
    """zxing reports one damaged symbol several times (finder pattern triples); keep the
    largest of those whose centres fall inside another."""
    quads = sorted(quads, key=lambda q: -cv2.contourArea(q))
    kept: list[np.ndarray] = []
    for q in quads:
        centre = tuple(float(v) for v in q.mean(axis=0))
        if not any(cv2.pointPolygonTest(k, centre, False) >= 0 for k in kept):
            kept.append(q)
    return kept[:3]


def _crop(gray: np.ndarray, quad: np.ndarray, *, min_side: int) -> tuple[np.ndarray, tuple[int, int], float]:
    x_lo, y_lo = quad.min(axis=0)
    x_hi, y_hi = quad.max(axis=0)
    margin = 0.25 * max(x_hi - x_lo, y_hi - y_lo) + 8
    h, w = gray.shape
    x0, y0 = max(0, int(x_lo - margin)), max(0, int(y_lo - margin))
    x1, y1 = min(w, int(x_hi + margin)), min(h, int(y_hi + margin))
    crop = gray[y0:y1, x0:x1]
    scale = 1.0
    if min(crop.shape) < min_side:
        scale = min_side / max(1, min(crop.shape))
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    return np.ascontiguousarray(crop), (x0, y0), scale


def _unsharp(image: np.ndarray, sigma: float = 3.0, amount: float = 2.5) -> np.ndarray:
    blurred = cv2.GaussianBlur(image, (0, 0), sigma)
    return cv2.addWeighted(image, 1 + amount, blurred, -amount, 0)


def _normalise_contrast(image: np.ndarray, window: int = 31) -> np.ndarray:
    """(pixel − local mean) / local spread: 12 grey levels of faded print become a full
    black-and-white code, which zxing's binarizer (it ignores blocks under 24 levels) reads."""
    # the local mean and spread vary slowly: measured on a quarter of the pixels and
    # interpolated back, which halves the cost on the path every empty frame takes
    h, w = image.shape
    small = cv2.resize(image, (w // 2, h // 2), interpolation=cv2.INTER_AREA).astype(np.float32)
    k = (window // 2) | 1
    mean = cv2.blur(small, (k, k))
    spread = np.sqrt(np.maximum(cv2.blur(small * small, (k, k)) - mean * mean, 0)) + 4.0
    mean = cv2.resize(mean, (w, h), interpolation=cv2.INTER_LINEAR)
    gain = cv2.resize(40.0 / spread, (w, h), interpolation=cv2.INTER_LINEAR)
    out = cv2.subtract(image.astype(np.float32), mean)
    return np.clip(out * gain + 128, 0, 255).astype(np.uint8)


def _unroll(crop: np.ndarray, quad: np.ndarray, *, arc: float, depth: float, axis: int) -> np.ndarray:
    """Rectify the symbol to a square, then undo a cylinder of ``arc`` radians whose axis
    runs along ``axis`` of the symbol (1: the slip curls left-right, 0: top-bottom).

    Seen from the front, a point at arc angle φ from the middle sits at R·sin φ across, and
    the curl takes it ``R(1 − cos φ)`` further from the camera, which shrinks it by
    1 / (1 + depth·(1 − cos φ)) along the axis (depth = R / camera distance).
    """
    side, margin = 240, 48
    full = side + 2 * margin
    square = np.array(
        [[margin, margin], [margin + side, margin], [margin + side, margin + side], [margin, margin + side]],
        dtype=np.float32,
    )
    rect = cv2.warpPerspective(
        crop, cv2.getPerspectiveTransform(quad.astype(np.float32), square), (full, full),
        flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE,
    )  # fmt: skip
    half, centre = side / 2, full / 2
    s = np.arange(full, dtype=np.float32) - centre
    phi = np.clip(s / half, -1.3, 1.3) * arc / 2
    across = half * np.sin(phi) / math.sin(arc / 2) + centre

    def shrink(p: np.ndarray) -> np.ndarray:
        return 1 / (1 + depth * (1 - np.cos(p)))

    edge = 1 / (1 + depth * (1 - math.cos(arc / 2)))  # shrink() at the arc's edge
    along = s[:, None] * (shrink(phi) / edge)[None, :] + centre
    map_x = np.repeat(across[None, :], full, axis=0).astype(np.float32)
    map_y = along.astype(np.float32)
    if axis == 0:
        map_x, map_y = np.ascontiguousarray(map_y.T), np.ascontiguousarray(map_x.T)
    return cv2.remap(rect, map_x, map_y, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)


def _smeared_regions(
    small: np.ndarray, *, min_ratio: float
) -> Iterator[tuple[tuple[int, int, int, int], int]]:
    """Regions of a half-size frame with strong edges one way and weak ones the other:
    ``(box in half-size pixels, axis)``, axis 1 for a sideways smear (rows to deblur)."""
    q = cv2.resize(small, (small.shape[1] // 2, small.shape[0] // 2), interpolation=cv2.INTER_AREA)
    f = q.astype(np.float32)
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    ex, ey = cv2.blur(gx * gx, (9, 9)), cv2.blur(gy * gy, (9, 9))
    for across, along, axis in ((ey, ex, 1), (ex, ey, 0)):
        score = across - min_ratio * along
        peak = float(score.max())
        # below this the region is a plain desk: nothing smeared to find (Sobel energy units)
        if peak < 20000:
            continue
        y, x = np.unravel_index(int(score.argmax()), score.shape)
        mask = (across > 0.2 * across[y, x]).astype(np.uint8)
        _, labels, stats, _ = cv2.connectedComponentsWithStats(mask)
        bx, by, bw, bh, area = stats[labels[y, x]]
        region = labels == labels[y, x]
        # a code-sized, roughly square patch smeared as a whole (measured on the degraded set:
        # smeared codes 1,300–4,100 px here at a ratio of 3.6–5.4; a desk's gradient covers
        # 20,000+, a form's lines are long and thin)
        if not 1000 <= area <= 12000 or not 0.4 <= bw / bh <= 2.5:
            continue
        if across[region].mean() < min_ratio * along[region].mean():
            continue
        mx, my = int(bw * 0.15) + 6, int(bh * 0.15) + 6
        h, w = q.shape
        box = (max(0, bx - mx) * 2, max(0, by - my) * 2, min(w, bx + bw + mx) * 2, min(h, by + bh + my) * 2)
        yield box, axis


def _box_blur_length(rows: np.ndarray, low: int, high: int) -> int | None:
    """The length of a box blur along the rows, from the cepstrum's negative peak; None when
    no clear peak stands out (the region was not smeared by motion)."""
    n = 256
    f = rows.astype(np.float32)
    f = f - f.mean(axis=1, keepdims=True)
    width = min(n, f.shape[1])
    spectrum = np.abs(np.fft.rfft(f[:, :width] * np.hanning(width), n=n, axis=1)).mean(axis=0)
    log_spec = np.log(spectrum + 1e-3)
    cepstrum = np.fft.irfft(log_spec - log_spec.mean())
    window = cepstrum[low : high + 1]
    at = int(np.argmin(window))
    if at in (0, len(window) - 1):
        return None  # the deepest point at the edge of the range: a trend, not a blur's peak
    # a real blur's peak stands clear of the rest of the window (measured: 2–3 σ for a
    # 15 px smear; plain sensor noise can pass too, so only smeared regions get here)
    rest = np.delete(window, [at - 1, at, at + 1])
    if window[at] > rest.mean() - 1.5 * rest.std():
        return None
    return low + at


def _wiener_rows(rows: np.ndarray, length: int, noise: float = 0.02) -> np.ndarray:
    """Undo a box blur of ``length`` px along every row (Wiener filter, edge-padded)."""
    f = np.pad(rows.astype(np.float32), ((0, 0), (length, length)), mode="edge")
    n = f.shape[1]
    kernel = np.zeros(n, np.float32)
    kernel[:length] = 1.0 / length
    kernel = np.roll(kernel, -(length // 2))
    h = np.fft.rfft(kernel)
    g = np.conj(h) / (np.abs(h) ** 2 + noise)
    out = np.fft.irfft(np.fft.rfft(f, axis=1) * g[None, :], n=n, axis=1)[:, length:-length]
    return np.clip(out, 0, 255).astype(np.uint8)
