"""Synthetic camera frames of QR codes, clean and degraded, from a fixed seed.

Used to measure and compare decoders (``bench/bench_qr_decode.py`` writes
``docs/qr-decode-rates.md``), by the tests, and by ``yimen devices check`` as a decoder
self-test. The degradations are the ones a kiosk camera meets: a slip held too close
(blur), too far (small), at an angle (rotated, perspective), under poor light or on
thermal paper that has faded (low contrast), and sensor noise in a dim hall.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np

from devices.scanner.simulated import qr_image

VARIANTS = ("clean", "blurred", "small", "rotated", "perspective", "low-contrast", "noisy")

# what codes in a Yunnan hall hold: Yimen's own, a case number, Chinese and mixed text
SAMPLE_PAYLOADS = (
    "yimen://ticket/532822-ZWFW/20250102/A023",
    "yimen://case/53282225010200100120",
    "yimen://eval/case/53282225010200100120/q8Zr4kT1bX",
    "53282225010200100120",
    "勐海县政务服务中心欢迎您",
    "请到3号窗口办理",
    "你好",
    "办件 53282225010200100120 已受理，请留意短信",
    "西双版纳傣族自治州勐海县勐海镇象山社区",
    "DZZZ:1.2.156.3005.2.11100000000013338W.0001:3f9a0c1d2e4b5a69",
    "https://zwfw.yn.gov.cn/portal/#/home",
)


@dataclass(frozen=True, slots=True)
class Sample:
    variant: str
    text: str
    frame: np.ndarray  # grey uint8


def _canvas(rng: random.Random, width: int, height: int, code: np.ndarray) -> np.ndarray:
    frame = np.full((height, width), rng.randint(170, 230), np.uint8)
    h, w = code.shape
    x, y = rng.randint(0, width - w), rng.randint(0, height - h)
    frame[y : y + h, x : x + w] = code
    return frame


def _fit(code: np.ndarray, max_side: int) -> np.ndarray:
    side = max(code.shape)
    if side <= max_side:
        return code
    scale = max_side / side
    return cv2.resize(code, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)


def make_sample(
    variant: str, text: str, rng: random.Random, *, width: int = 640, height: int = 480
) -> Sample:
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; choose from {VARIANTS}")
    max_side = min(width, height) - 8
    if variant == "small":
        # 1.4–2.4 pixels per module: a code held far from the camera
        code = qr_image(text, module_px=8)
        modules = code.shape[0] / 8
        target = int(modules * rng.uniform(1.4, 2.4))
        code = cv2.resize(code, (target, target), interpolation=cv2.INTER_AREA)
        return Sample(variant, text, _canvas(rng, width, height, code))
    code = _fit(qr_image(text, module_px=rng.randint(4, 7)), max_side * 3 // 4)
    if variant == "clean":
        return Sample(variant, text, _canvas(rng, width, height, code))
    if variant == "blurred":
        frame = _canvas(rng, width, height, code)
        sigma = rng.uniform(1.5, 3.0)
        return Sample(variant, text, cv2.GaussianBlur(frame, (0, 0), sigma))
    if variant == "rotated":
        h, w = code.shape
        diag = int(np.hypot(h, w)) + 2
        padded = np.full((diag, diag), 255, np.uint8)
        padded[(diag - h) // 2 : (diag - h) // 2 + h, (diag - w) // 2 : (diag - w) // 2 + w] = code
        m = cv2.getRotationMatrix2D((diag / 2, diag / 2), rng.uniform(10, 80), 1.0)
        rotated = cv2.warpAffine(padded, m, (diag, diag), flags=cv2.INTER_LINEAR, borderValue=255)
        return Sample(variant, text, _canvas(rng, width, height, _fit(rotated, max_side)))
    if variant == "perspective":
        h, w = code.shape
        src = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
        jitter = [(rng.uniform(-0.22, 0.22) * w, rng.uniform(-0.22, 0.22) * h) for _ in range(4)]
        dst = np.array(
            [[x + dx + w * 0.25, y + dy + h * 0.25] for (x, y), (dx, dy) in zip(src, jitter, strict=True)],
            dtype=np.float32,
        )
        m = cv2.getPerspectiveTransform(src, dst)
        size = (int(w * 1.5), int(h * 1.5))
        warped = cv2.warpPerspective(code, m, size, flags=cv2.INTER_LINEAR, borderValue=255)
        return Sample(variant, text, _canvas(rng, width, height, _fit(warped, max_side)))
    if variant == "low-contrast":
        # faded thermal paper under a dim lamp: 10-40 grey levels between dark and light,
        # slightly out of focus
        dark = rng.randint(110, 135)
        light = dark + rng.randint(10, 40)
        scaled = (code.astype(np.float32) / 255.0 * (light - dark) + dark).astype(np.uint8)
        frame = _canvas(rng, width, height, scaled)
        frame[:] = np.where(frame > light, light + 5, frame)  # dim surroundings too
        return Sample(variant, text, cv2.GaussianBlur(frame, (0, 0), rng.uniform(0.6, 1.2)))
    # noisy: a dim sensor's grain
    frame = _canvas(rng, width, height, code).astype(np.float32)
    noise = np.random.default_rng(rng.randrange(2**32)).normal(0, rng.uniform(25, 45), frame.shape)
    return Sample(variant, text, np.clip(frame + noise, 0, 255).astype(np.uint8))


def sample_set(
    *, per_variant: int = 50, seed: int = 20250102, variants: tuple[str, ...] = VARIANTS
) -> Iterator[Sample]:
    """The fixed, seeded measurement set: ``per_variant`` samples of each variant."""
    for variant in variants:
        rng = random.Random(f"{seed}-{variant}")
        for _ in range(per_variant):
            yield make_sample(variant, rng.choice(SAMPLE_PAYLOADS), rng)


@dataclass
class RateTable:
    """Correct reads per variant per decoder (a read with the wrong text counts as a miss)."""

    samples: dict[str, int]
    correct: dict[str, dict[str, int]]  # decoder -> variant -> correct reads
    wrong: dict[str, dict[str, int]]  # decoder -> variant -> reads that returned other text

    def rate(self, decoder: str, variant: str) -> float:
        return self.correct[decoder][variant] / self.samples[variant]


def measure_rates(decoders: list[Any], samples: Iterator[Sample] | list[Sample]) -> RateTable:
    """Run every decoder (and anything with ``.name`` and ``.decode``, such as a
    :class:`~devices.scanner.decoders.DecoderChain`) over every sample."""
    counts: dict[str, int] = {}
    correct: dict[str, dict[str, int]] = {d.name: {} for d in decoders}
    wrong: dict[str, dict[str, int]] = {d.name: {} for d in decoders}
    for s in samples:
        counts[s.variant] = counts.get(s.variant, 0) + 1
        for d in decoders:
            texts = [r.text for r in d.decode(s.frame)]
            ok = s.text in texts
            correct[d.name][s.variant] = correct[d.name].get(s.variant, 0) + ok
            wrong[d.name][s.variant] = wrong[d.name].get(s.variant, 0) + (bool(texts) and not ok)
    return RateTable(counts, correct, wrong)
