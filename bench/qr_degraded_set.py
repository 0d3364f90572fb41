"""The seeded set of degraded camera frames the QR decoders are compared on (issue 13).

Every frame is 1280×720 grey, as a kiosk's 720p camera delivers it, and is generated from
the seed on every run: no image is committed. A frame carries one code (or none); a read
counts only if its bytes are exactly the payload's bytes, for UTF-8 and GBK Chinese alike.

What a kiosk camera meets in a hall, one condition at a time (each on top of ordinary
camera realism: the code somewhere on a desk-grey background, a small tilt, optics that
are never perfectly sharp, sensor noise):

- ``modules-2px``: a slip held far away, 2 pixels per module;
- ``gauss-3.5``: out of focus, Gaussian blur σ 3.5;
- ``motion-15``: the hand moving, 15 px horizontal motion blur;
- ``perspective``: held at a strong angle (corners moved 20–30 % of the side);
- ``phone-screen``: a code on a phone: dark surround, moiré from the pixel grid, a glare spot;
- ``stain``: a stain over 8–12 % of the symbol (kept off the three finder patterns: with a
  finder gone no decoder has anything to lock on to, so that compares nothing);
- ``salt-pepper-6``: 6 % of the pixels stuck black or white;
- ``shadow``: a hand's or lamp's shadow, light falling to a quarter across the code;
- ``jpeg-8``: a camera streaming MJPEG at quality 8;
- ``curled``: a thermal slip curled round a cylinder (90–150° of arc), seen from close by;
- ``mirror``: seen in a mirror (some kiosks put the camera behind one);
- ``inverted``: light modules on dark (a phone in dark mode);
- ``low-contrast``: faded thermal paper in dim light, 12–24 grey levels;
- ``no-code``: frames without a code: a desk, a printed form full of text, a face-sized
  blob and a hand, a phone showing an app, pure sensor noise — what the camera sees
  most of the day.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import segno

WIDTH, HEIGHT = 1280, 720
SEED = 20260113

CONDITIONS = (
    "modules-2px",
    "gauss-3.5",
    "motion-15",
    "perspective",
    "phone-screen",
    "stain",
    "salt-pepper-6",
    "shadow",
    "jpeg-8",
    "curled",
    "mirror",
    "inverted",
    "low-contrast",
)
NO_CODE = "no-code"

# what codes in a Yunnan hall hold, as the bytes in the symbol: Yimen's own (UTF-8), case
# numbers, Chinese text in UTF-8, and Chinese text an older system printed in GBK
PAYLOADS: tuple[bytes, ...] = (
    b"yimen://ticket/532822-ZWFW/20250102/A023",
    b"yimen://case/53282225010200100120",
    b"yimen://eval/case/53282225010200100120/q8Zr4kT1bX",
    b"53282225010200100120",
    "勐海县政务服务中心欢迎您".encode(),
    "请到3号窗口办理".encode(),
    "办件 53282225010200100120 已受理，请留意短信".encode(),
    "西双版纳傣族自治州勐海县勐海镇象山社区".encode(),
    b"DZZZ:1.2.156.3005.2.11100000000013338W.0001",
    b"https://zwfw.yn.gov.cn/portal/#/home",
    "勐海县社会保险局 办件编号53282225010200100120".encode("gbk"),
    "请携带身份证原件到综合窗口".encode("gbk"),
    "傣族自治州".encode("gbk"),
)


@dataclass(frozen=True, slots=True)
class Frame:
    condition: str
    payload: bytes | None  # None: no code in the frame
    image: np.ndarray  # 1280×720 grey uint8


def symbol(payload: bytes, *, module_px: int, border: int = 4) -> np.ndarray:
    """The code as a grey image, byte mode, error correction M (what Yimen prints)."""
    code = segno.make_qr(payload, error="m", boost_error=False)
    buf = io.BytesIO()
    code.save(buf, kind="png", scale=module_px, border=border)
    return cv2.imdecode(np.frombuffer(buf.getvalue(), np.uint8), cv2.IMREAD_GRAYSCALE)


def _modules(payload: bytes) -> int:
    return segno.make_qr(payload, error="m", boost_error=False).symbol_size(scale=1, border=0)[0]


# ---- camera realism shared by every condition ----------------------------------------------


def _desk(rng: random.Random) -> np.ndarray:
    """A desk or counter: a soft light gradient and a little texture."""
    base = rng.uniform(150, 215)
    gx = np.linspace(-1, 1, WIDTH, dtype=np.float32)[None, :]
    gy = np.linspace(-1, 1, HEIGHT, dtype=np.float32)[:, None]
    frame = base + rng.uniform(-20, 20) * gx + rng.uniform(-15, 15) * gy
    texture = np.random.default_rng(rng.randrange(2**32)).normal(0, 6, (HEIGHT // 8, WIDTH // 8))
    frame = frame + cv2.resize(texture.astype(np.float32), (WIDTH, HEIGHT), interpolation=cv2.INTER_CUBIC)
    return frame.astype(np.float32)


def _warp_onto(
    frame: np.ndarray,
    img: np.ndarray,
    rng: random.Random,
    *,
    angle: float | None = None,
    border: float = 255,
    whole: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """Place ``img`` at a random spot with a small tilt; returns the frame and the placed
    mask. ``whole``: all of it inside the frame (a code); else it may run off the edges."""
    h, w = img.shape
    angle = rng.uniform(-12, 12) if angle is None else angle
    diag = int(np.hypot(h, w)) + 4
    if whole and diag >= min(WIDTH, HEIGHT):
        raise ValueError("code too large for the frame")
    if whole:
        cx = rng.uniform(diag / 2, WIDTH - diag / 2)
        cy = rng.uniform(diag / 2, HEIGHT - diag / 2)
    else:
        cx, cy = rng.uniform(WIDTH * 0.3, WIDTH * 0.7), rng.uniform(HEIGHT * 0.3, HEIGHT * 0.7)
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    m[0, 2] += cx - w / 2
    m[1, 2] += cy - h / 2
    placed = cv2.warpAffine(
        img.astype(np.float32), m, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR, borderValue=border
    )
    mask = cv2.warpAffine(np.ones((h, w), np.float32), m, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    return frame * (1 - mask) + placed * mask, mask


def _camera(frame: np.ndarray, rng: random.Random, *, optics: float = 0.7, noise: float = 3.0) -> np.ndarray:
    """A camera's own softness and sensor noise, then 8 bits."""
    if optics > 0:
        frame = cv2.GaussianBlur(frame, (0, 0), optics)
    frame = frame + np.random.default_rng(rng.randrange(2**32)).normal(0, noise, frame.shape)
    return np.clip(frame, 0, 255).astype(np.uint8)


def _paper(code: np.ndarray, rng: random.Random, *, dark: float = 25, light: float = 235) -> np.ndarray:
    """A printed code: modules not pure black on pure white."""
    code = code.astype(np.float32) / 255.0
    return dark + code * (light - dark + rng.uniform(-10, 10))


def _finder_boxes(module_px: int, modules: int, border: int = 4) -> list[tuple[int, int, int, int]]:
    """Pixel boxes (x0, y0, x1, y1) of the three finder patterns with their separators."""
    size = 8 * module_px
    start = border * module_px
    end = (border + modules) * module_px
    return [(start, start, start + size, start + size), (end - size, start, end, start + size),
            (start, end - size, start + size, end)]  # fmt: skip


# ---- the conditions -----------------------------------------------------------------------


def _plain(payload: bytes, rng: random.Random, *, module_px: int | None = None) -> tuple[np.ndarray, int]:
    px = module_px or rng.randint(4, 7)
    return symbol(payload, module_px=px), px


def make_frame(condition: str, payload: bytes | None, rng: random.Random) -> Frame:
    if condition == NO_CODE:
        return Frame(condition, None, _no_code(rng))
    if payload is None:
        raise ValueError("a condition other than no-code needs a payload")
    maker = _MAKERS.get(condition)
    if maker is None:
        raise ValueError(f"unknown condition {condition!r}; choose from {(*CONDITIONS, NO_CODE)}")
    return Frame(condition, payload, maker(payload, rng))


def _modules_2px(payload: bytes, rng: random.Random) -> np.ndarray:
    one = symbol(payload, module_px=1)
    code = cv2.resize(one, None, fx=2.0, fy=2.0, interpolation=cv2.INTER_NEAREST)
    frame, _ = _warp_onto(_desk(rng), _paper(code, rng), rng, angle=rng.uniform(-6, 6))
    return _camera(frame, rng, optics=0.55, noise=3.0)


def _gauss(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng, module_px=rng.randint(6, 8))
    frame, _ = _warp_onto(_desk(rng), _paper(code, rng), rng)
    return _camera(cv2.GaussianBlur(frame, (0, 0), 3.5), rng, optics=0, noise=2.5)


def _motion(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng, module_px=rng.randint(6, 8))
    frame, _ = _warp_onto(_desk(rng), _paper(code, rng), rng)
    kernel = np.full((1, 15), 1 / 15, np.float32)
    return _camera(cv2.filter2D(frame, -1, kernel, borderType=cv2.BORDER_REFLECT), rng, optics=0.5)


def _perspective(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng, module_px=rng.randint(5, 7))
    code = _paper(code, rng)
    h, w = code.shape
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    # strong: one side much nearer than the other, corners moved 20-30 % of the side
    near = rng.choice([0, 1, 2, 3])
    dst = []
    for i, (x, y) in enumerate(src):
        shrink = rng.uniform(0.20, 0.30) if i in (near, (near + 1) % 4) else rng.uniform(0.0, 0.06)
        dst.append([x + (w / 2 - x) * shrink * 2 * rng.uniform(0.8, 1.0), y + (h / 2 - y) * shrink])
    m = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(code, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=-1)
    valid = warped >= 0
    return _camera(_composite(_desk(rng), np.where(valid, warped, 0), valid, rng), rng, optics=0.8)


def _composite(desk: np.ndarray, patch: np.ndarray, valid: np.ndarray, rng: random.Random) -> np.ndarray:
    """Put ``patch`` (with ``valid`` pixels) on ``desk`` at a random spot, tilted a little."""
    state = rng.getstate()
    placed, mask = _warp_onto(np.zeros_like(desk), np.where(valid, patch, 0), rng, border=0)
    rng.setstate(state)
    coverage, _ = _warp_onto(np.zeros_like(desk), valid.astype(np.float32), rng, border=0)
    coverage = coverage * mask
    return desk * (1 - coverage) + placed


def _phone(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng, module_px=rng.randint(5, 7))
    h, w = code.shape
    # the phone: a black body with a bright screen around the code
    pad_x, pad_top, pad_bottom = int(w * 0.15), int(h * 0.5), int(h * 0.35)
    screen = np.full((h + pad_top + pad_bottom, w + 2 * pad_x), 245, np.float32)
    screen[pad_top : pad_top + h, pad_x : pad_x + w] = code.astype(np.float32) * (225 / 255) + 15
    sh, sw = screen.shape
    # moiré: the screen's pixel grid beating against the sensor's shows as wavy light and
    # dark bands (period 15-40 px) over the fine grid itself
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    theta = np.radians(rng.uniform(-30, 30))
    u = xx * np.cos(theta) + yy * np.sin(theta)
    v = yy * np.cos(theta) - xx * np.sin(theta)
    period, wave = rng.uniform(15, 40), rng.uniform(3, 10)
    bands = 0.5 + 0.5 * np.cos(2 * np.pi * (u + wave * np.sin(2 * np.pi * v / rng.uniform(80, 200))) / period)
    pitch = rng.uniform(2.2, 3.2)
    grid = (0.5 + 0.5 * np.cos(2 * np.pi * xx / pitch)) * (0.5 + 0.5 * np.cos(2 * np.pi * yy / pitch))
    screen = screen * (1 - rng.uniform(0.12, 0.2) * bands - 0.1 * grid)
    body = np.full((sh + 40, sw + 24), 12, np.float32)
    body[20 : 20 + sh, 12 : 12 + sw] = screen
    # a dark room or a dark coat around it, not a grey desk
    surround = np.full((HEIGHT, WIDTH), rng.uniform(15, 45), np.float32)
    surround += np.random.default_rng(rng.randrange(2**32)).normal(0, 4, surround.shape).astype(np.float32)
    frame, _ = _warp_onto(surround, body, rng, border=0)
    # glare: a saturated soft spot over part of the screen (off the finder patterns)
    ys, xs = np.nonzero(frame > 200)
    if len(xs):
        k = rng.randrange(len(xs))
        gx, gy = xs[k], ys[k]
        r = rng.uniform(0.12, 0.2) * w
        dist2 = (np.arange(WIDTH)[None, :] - gx) ** 2 + (np.arange(HEIGHT)[:, None] - gy) ** 2
        frame = frame + rng.uniform(70, 110) * np.exp(-dist2 / (2 * r * r))
    return _camera(frame, rng, optics=0.9, noise=4.0)


def _stain(payload: bytes, rng: random.Random) -> np.ndarray:
    code, px = _plain(payload, rng, module_px=rng.randint(5, 7))
    modules = _modules(payload)
    paper = _paper(code, rng)
    h, w = paper.shape
    sym = (modules * px) ** 2
    boxes = _finder_boxes(px, modules)
    # a coffee or tea stain: a blotchy ellipse covering 8-12 % of the symbol area
    for _ in range(200):
        target = rng.uniform(0.08, 0.12) * sym
        a = np.sqrt(target / np.pi) * rng.uniform(0.8, 1.25)
        b = target / (np.pi * a)
        cx = rng.uniform(4 * px + a, w - 4 * px - a)
        cy = rng.uniform(4 * px + b, h - 4 * px - b)
        mask = np.zeros((h, w), np.uint8)
        cv2.ellipse(mask, ((cx, cy), (2 * a, 2 * b), rng.uniform(0, 180)), 1, -1)
        if not any(mask[y0:y1, x0:x1].any() for x0, y0, x1, y1 in boxes):
            break
    tone = rng.uniform(60, 110)
    blotch = cv2.GaussianBlur(
        np.random.default_rng(rng.randrange(2**32)).uniform(0.8, 1.2, (h, w)).astype(np.float32), (0, 0), 3
    )
    stained = np.where(mask > 0, np.minimum(paper, tone * blotch), paper)
    frame, _ = _warp_onto(_desk(rng), stained, rng)
    return _camera(frame, rng)


def _salt_pepper(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng)
    frame, _ = _warp_onto(_desk(rng), _paper(code, rng), rng)
    image = _camera(frame, rng)
    noise = np.random.default_rng(rng.randrange(2**32)).random(image.shape)
    image[noise < 0.03] = 0
    image[noise > 0.97] = 255
    return image


def _shadow(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng)
    frame, mask = _warp_onto(_desk(rng), _paper(code, rng), rng)
    ys, xs = np.nonzero(mask > 0.5)
    x0, x1 = xs.min(), xs.max()
    theta = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    along = (xx - (x0 + x1) / 2) * np.cos(theta) + (yy - ys.mean()) * np.sin(theta)
    span = (x1 - x0) / 2
    # light falls from full to a quarter across the code, with a soft shadow edge
    light = 0.25 + 0.75 / (1 + np.exp(along / (span * rng.uniform(0.15, 0.35))))
    return _camera(frame * light, rng)


def _jpeg(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng)
    frame, _ = _warp_onto(_desk(rng), _paper(code, rng), rng)
    image = _camera(frame, rng)
    ok, buf = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 8])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return cv2.imdecode(buf, cv2.IMREAD_GRAYSCALE)


def _curled(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng, module_px=rng.randint(5, 7))
    paper = _paper(code, rng)
    h, w = paper.shape
    # the slip wraps round a vertical cylinder; the arc the code spans, seen from the front
    arc = np.radians(rng.uniform(90, 150))
    radius = w / arc
    out_w = int(2 * radius * np.sin(arc / 2)) + 2
    focal = rng.uniform(1.5, 2.5) * w  # camera distance in code widths
    u = np.arange(out_w, dtype=np.float32) - out_w / 2
    phi = np.arcsin(np.clip(u / radius, -1, 1))
    src_x = (phi * radius + w / 2).astype(np.float32)
    depth = radius * (1 - np.cos(phi))  # edges curl away from the camera
    scale = focal / (focal + depth)
    v = np.arange(h, dtype=np.float32)[:, None] - h / 2
    src_y = (v / scale[None, :] + h / 2).astype(np.float32)
    map_x = np.repeat(src_x[None, :], h, axis=0)
    curled = cv2.remap(paper, map_x, src_y, cv2.INTER_LINEAR, borderValue=-1)
    valid = curled >= 0
    # the far side of the curl is darker
    curled = np.where(valid, curled * (0.75 + 0.25 * np.cos(phi))[None, :], 0)
    return _camera(_composite(_desk(rng), curled, valid, rng), rng)


def _mirror(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng)
    frame, _ = _warp_onto(_desk(rng), _paper(code[:, ::-1], rng), rng)
    return _camera(frame, rng)


def _inverted(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng)
    # a dark-mode screen: light modules on a dark field, the field reaching past the quiet zone
    inv = 255 - code.astype(np.float32)
    inv = 20 + inv * (200 / 255)
    surround = np.full((HEIGHT, WIDTH), rng.uniform(25, 60), np.float32)
    frame, _ = _warp_onto(surround, inv, rng, border=0)
    return _camera(frame, rng)


def _low_contrast(payload: bytes, rng: random.Random) -> np.ndarray:
    code, _ = _plain(payload, rng)
    dark = rng.uniform(95, 130)
    light = dark + rng.uniform(12, 24)
    paper = dark + code.astype(np.float32) / 255 * (light - dark)
    desk = np.full((HEIGHT, WIDTH), light + rng.uniform(-4, 6), np.float32)
    frame, _ = _warp_onto(desk, paper, rng, border=light)
    return _camera(frame, rng, optics=0.8, noise=2.0)


def _no_code(rng: random.Random) -> np.ndarray:
    kind = rng.choice(["desk", "form", "person", "phone-app", "noise"])
    nprng = np.random.default_rng(rng.randrange(2**32))
    if kind == "noise":
        return np.clip(
            nprng.normal(rng.uniform(60, 180), rng.uniform(5, 25), (HEIGHT, WIDTH)), 0, 255
        ).astype(np.uint8)
    frame = _desk(rng)
    if kind == "form":
        # a printed form: table lines and rows of text-like marks
        page = np.full((int(HEIGHT * 0.9), int(WIDTH * 0.55)), 235, np.float32)
        ph, pw = page.shape
        for y in range(30, ph - 20, 22):
            x = 30
            while x < pw - 40:
                word = min(rng.randint(10, 60), pw - 40 - x)
                # glyph-like strokes: dark marks on the paper
                page[y : y + 12, x : x + word] = np.where(nprng.random((12, word)) > 0.55, 40.0, 235.0)
                x += word + rng.randint(6, 14)
        for y in range(20, ph, 88):
            page[y : y + 2, 20 : pw - 20] = 40
        frame, _ = _warp_onto(frame, page, rng, angle=rng.uniform(-8, 8), whole=False)
    elif kind == "person":
        # a face-sized blob, hair, and a hand reaching towards the camera
        cv2.ellipse(
            frame,
            (rng.randint(400, 900), rng.randint(250, 450)),
            (150, 200),
            0,
            0,
            360,
            rng.uniform(90, 150),
            -1,
        )
        cv2.ellipse(
            frame,
            (rng.randint(400, 900), rng.randint(100, 200)),
            (170, 90),
            0,
            0,
            360,
            rng.uniform(10, 40),
            -1,
        )
        cv2.rectangle(
            frame, (rng.randint(0, 300), 500), (rng.randint(500, 800), 720), rng.uniform(120, 170), -1
        )
    elif kind == "phone-app":
        # a phone showing an app's icons and text, no code
        phone = np.full((520, 260), 12, np.float32)
        phone[20:500, 10:250] = 240
        for r in range(5):
            for c in range(4):
                y, x = 60 + r * 80, 25 + c * 56
                phone[y : y + 40, x : x + 40] = rng.uniform(40, 200)
        frame, _ = _warp_onto(np.full((HEIGHT, WIDTH), rng.uniform(15, 45), np.float32), phone, rng, border=0)
    return _camera(frame, rng, optics=0.8, noise=rng.uniform(2, 6))


_MAKERS = {
    "modules-2px": _modules_2px,
    "gauss-3.5": _gauss,
    "motion-15": _motion,
    "perspective": _perspective,
    "phone-screen": _phone,
    "stain": _stain,
    "salt-pepper-6": _salt_pepper,
    "shadow": _shadow,
    "jpeg-8": _jpeg,
    "curled": _curled,
    "mirror": _mirror,
    "inverted": _inverted,
    "low-contrast": _low_contrast,
}


def degraded_set(*, per_condition: int = 12, no_code: int = 24, seed: int = SEED) -> Iterator[Frame]:
    """The fixed set: ``per_condition`` frames of each condition, payloads taken in turn
    (so every condition has UTF-8 and GBK Chinese), then ``no_code`` frames without a code."""
    for condition in CONDITIONS:
        rng = random.Random(f"{seed}-{condition}")
        start = rng.randrange(len(PAYLOADS))
        for i in range(per_condition):
            yield make_frame(condition, PAYLOADS[(start + i) % len(PAYLOADS)], rng)
    rng = random.Random(f"{seed}-{NO_CODE}")
    for _ in range(no_code):
        yield make_frame(NO_CODE, None, rng)
