"""QR decode time per 1280×720 camera frame, per decoder and for the chain, and decode
rates on the seeded degraded set.

Timing: a clean frame with a Yimen ticket code, a clean frame with a Chinese payload, and
an empty frame (desk-grey gradient with sensor noise, no code) — the empty frame is what
a kiosk camera sees most of the day, and there the chain pays for every decoder. Target:
chain median < 30 ms on a clean frame.

Rates: ``devices.scanner.samples.sample_set(per_variant=50)`` for every decoder and the
chain; the table goes to docs/qr-decode-rates.md.

Run: .venv/bin/python bench/bench_qr_decode.py  → bench/results/qr_decode.json
"""

from __future__ import annotations

import ctypes
import json
import os
import platform
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

from devices.scanner.budget import BudgetedDecoder  # noqa: E402
from devices.scanner.decoders import CHAIN_ORDER, DecoderChain, available_decoders, default_chain  # noqa: E402
from devices.scanner.samples import SAMPLE_PAYLOADS, VARIANTS, measure_rates, sample_set  # noqa: E402
from devices.scanner.simulated import qr_frame  # noqa: E402

ROUNDS = 30
SLOW_ROUNDS = 3
WARMUP = 3
TARGET_CHAIN_CLEAN_MS = 30.0
RATE_SAMPLES_PER_VARIANT = 50
RATE_SEED = 20250102
DOC = ROOT / "docs" / "qr-decode-rates.md"
OUT = ROOT / "bench" / "results" / "qr_decode.json"


def empty_frame() -> np.ndarray:
    rng = np.random.default_rng(11)
    gradient = np.linspace(150, 210, 1280, dtype=np.float32)[None, :].repeat(720, axis=0)
    noisy = gradient + rng.normal(0, 6, gradient.shape)
    return cv2.cvtColor(np.clip(noisy, 0, 255).astype(np.uint8), cv2.COLOR_GRAY2BGR)


def time_ms(decode, frame: np.ndarray, expect: str | None) -> dict[str, float]:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    for _ in range(WARMUP):
        result = decode(frame)
    texts = [r.text for r in result]
    if expect is not None and texts != [expect]:
        raise SystemExit(f"decoder misread the benchmark frame: {texts!r}")
    if expect is None and texts:
        raise SystemExit(f"decoder found a code in the empty frame: {texts!r}")
    # a decoder that takes seconds per frame is timed on a few runs only
    rounds = ROUNDS if (time.perf_counter() - started) / WARMUP < 0.5 else SLOW_ROUNDS
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        decode(frame)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return {
        "runs": rounds,
        "median_ms": round(statistics.median(samples), 2),
        "p90_ms": round(samples[max(0, int(len(samples) * 0.9) - 1)], 2),
        "min_ms": round(samples[0], 2),
        "max_ms": round(samples[-1], 2),
    }


def zbar_version() -> str:
    from pyzbar.wrapper import load_libzbar

    # zbar >= 0.22 writes major, minor *and patch*: pyzbar's two-argument prototype would let
    # it write through a garbage third pointer (heap corruption, seen here as an abort at exit)
    major, minor, patch = ctypes.c_uint(), ctypes.c_uint(), ctypes.c_uint()
    load_libzbar().zbar_version(ctypes.byref(major), ctypes.byref(minor), ctypes.byref(patch))
    return f"{major.value}.{minor.value}.{patch.value}"


def machine() -> dict[str, object]:
    return {
        "platform": platform.platform(),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
        "processor": platform.processor() or platform.machine(),
        "opencv": cv2.__version__,
        "numpy": np.__version__,
        "libzbar": zbar_version(),
        "opencv_threads": cv2.getNumThreads(),
    }


def write_doc(result: dict) -> None:  # type: ignore[type-arg]
    rates = result["rates"]
    names = list(rates["correct"])
    header = "| variant | " + " | ".join(names) + " |"
    lines = [header, "|" + "---|" * (len(names) + 1)]
    for variant in VARIANTS:
        n = rates["samples"][variant]
        cells = [
            f"{rates['correct'][d][variant] / n:.0%} ({rates['correct'][d][variant]}/{n})" for d in names
        ]
        lines.append(f"| {variant} | " + " | ".join(cells) + " |")
    timing = result["timing_1280x720"]
    trows = [
        "| frame | " + " | ".join(timing["clean_ticket"]) + " |",
        "|" + "---|" * (len(timing["clean_ticket"]) + 1),
    ]
    for frame_name, per in timing.items():
        trows.append(f"| {frame_name} | " + " | ".join(f"{v['median_ms']:.1f}" for v in per.values()) + " |")
    m = result["machine"]
    text = f"""# QR decode rates and times (measured)

Written by `bench/bench_qr_decode.py` on {result["at"][:10]}; raw figures in
`bench/results/qr_decode.json`. Machine: {m["platform"]}, Python {m["python"]},
{m["cpu_count"]} CPUs, OpenCV {m["opencv"]}, libzbar {m["libzbar"]}. WeChat ran without its CNN
model files (traditional detector only); with the models it is expected to do better on
small and blurred codes.

## Correct reads on the seeded degraded set

{RATE_SAMPLES_PER_VARIANT} samples per variant, seed {RATE_SEED}, 640×480 grey frames, payloads drawn
from {len(SAMPLE_PAYLOADS)} typical hall codes (Yimen URLs, case numbers, Chinese and mixed text).
A read counts only if the text is exactly the payload; wrong reads: {result["rates"]["wrong_total"]}.
The chain tries zbar → WeChat → OpenCV ArUco (the camera order) and stops at the first that
reads; here it runs without the camera's time budget, so it shows what the chain can read.

{chr(10).join(lines)}

Variants (see `devices/scanner/samples.py`): **clean** 4–7 px per module; **blurred**
Gaussian σ 1.5–3.0; **small** 1.4–2.4 px per module (a slip held far away);
**rotated** 10–80°; **perspective** corners moved up to 22 %; **low-contrast** 10–40
grey levels between dark and light, slightly defocused (faded thermal paper, dim light);
**noisy** sensor noise σ 25–45.

## Time per 1280×720 frame (median ms; {ROUNDS} runs, 3 for a decoder taking seconds)

{chr(10).join(trows)}

"chain" here is the camera chain (`default_chain()`): zbar, then WeChat under a
{result["camera_chain"]["wechat"]["budget_ms"]:.0f} ms budget, then OpenCV ArUco.
Target: the chain under {TARGET_CHAIN_CLEAN_MS:.0f} ms on a clean frame — met: {result["meets_target"]}
({result["chain_clean_median_ms"]:.1f} ms). Slow decoders were timed on fewer runs (`runs` in the JSON).

On an empty frame the chain runs every decoder. WeChat alone is the trap: on a frame
without a code but with ordinary sensor noise it searches for seconds, while with a code
in the same noise it answers in about 10–20 ms. The camera chain therefore runs WeChat on
its own thread with a time budget (`devices/scanner/budget.py`): an overrun returns
nothing at once, the search finishes in the background, and WeChat rests afterwards so it
uses at most a quarter of a core (after a 6 s search it rests 18 s). During this benchmark
WeChat overran its budget {result["camera_chain"]["wechat"]["overruns"]} time(s) and was skipped on
{result["camera_chain"]["wechat"]["skipped"]} frame(s). The chain's empty-frame figure is
therefore zbar plus ArUco plus what the background WeChat search took from them on this
{m["cpu_count"]}-CPU machine; that, at up to 8 decodes a second, is what the camera costs while
nobody holds up a code (lower `max_decodes_per_s` on weak kiosks).

## What the tests assert

Only what is stable: every decoder reads every clean sample, no decoder returns a wrong
text, and the chain reads at least as many samples of every variant as each decoder alone
(`tests/devices/test_scanner_rates.py`). zbar's binary mode is proven separately: default
pyzbar turns “中”, “你好” and “请到3号窗口” into mojibake on this libzbar, ours reads them
exactly (`tests/devices/test_scanner_decoders.py`).

## Payload formats Yimen prints

| kind | text in the code |
|---|---|
| ticket | `yimen://ticket/<hall>/<yyyymmdd>/<number>` (compact: `YMT:<hall>/<yyyymmdd>/<number>`) |
| case | `yimen://case/<20-digit case no>` or the bare case number (check digit verified) |
| evaluation | `yimen://eval/<case\\|ticket>/<no>/<token>` |
| appointment | `yimen://appt/<6–16 upper-case letters or digits>` |
| e-licence | `DZZZ:<identifier>` |

Builders in `devices/scanner/payloads.py` (`ticket_url`, `case_url`, `eval_url`,
`appt_url`, `licence_code`) refuse anything the classifier would not read back.
"""
    DOC.write_text(text, encoding="utf-8")


def main() -> int:
    if "--doc-only" in sys.argv:  # rewrite the doc from the last measurement
        write_doc(json.loads(OUT.read_text(encoding="utf-8")))
        return 0
    decoders = available_decoders()
    camera_chain = default_chain()  # what CameraSource uses: WeChat under a 40 ms budget
    camera_chain.name = "chain"
    budgeted = next(d for d in camera_chain.decoders if isinstance(d, BudgetedDecoder))
    ticket = "yimen://ticket/532822-ZWFW/20250102/A023"
    chinese = "办件 53282225010200100120 已受理，请留意短信"
    frames = {
        "clean_ticket": (qr_frame(ticket, module_px=6), ticket),
        "clean_chinese": (qr_frame(chinese, module_px=6), chinese),
        "empty": (empty_frame(), None),
    }
    timing: dict[str, dict[str, dict[str, float]]] = {}
    for frame_name, (frame, expect) in frames.items():
        timing[frame_name] = {}
        for d in [*decoders, camera_chain]:
            timing[frame_name][d.name] = time_ms(d.decode, frame, expect)
            budgeted.wait_idle(60)  # a background WeChat run must not slow the next measurement
    wechat_budget = {
        "budget_ms": budgeted.budget_s * 1000,
        "overruns": budgeted.overruns,
        "skipped": budgeted.skipped,
    }

    # rates: what each decoder can read, and the chain in camera order without the budget
    by_name = {d.name: d for d in decoders}
    rate_chain = DecoderChain([by_name[n] for n in CHAIN_ORDER if n in by_name])
    rate_chain.name = "chain"
    started = time.perf_counter()
    table = measure_rates(
        [*decoders, rate_chain], sample_set(per_variant=RATE_SAMPLES_PER_VARIANT, seed=RATE_SEED)
    )
    rates_seconds = time.perf_counter() - started

    chain_clean = timing["clean_ticket"]["chain"]["median_ms"]
    result = {
        "benchmark": "qr_decode",
        "what": "QR decode time per 1280x720 BGR frame per decoder and chain; decode rates on a seeded degraded set",
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "rounds": ROUNDS,
        "timing_1280x720": timing,
        "target_chain_clean_median_ms": TARGET_CHAIN_CLEAN_MS,
        "chain_clean_median_ms": chain_clean,
        "meets_target": chain_clean < TARGET_CHAIN_CLEAN_MS,
        "rates": {
            "seed": RATE_SEED,
            "per_variant": RATE_SAMPLES_PER_VARIANT,
            "frame": "640x480 grey",
            "samples": table.samples,
            "correct": table.correct,
            "wrong": table.wrong,
            "wrong_total": sum(sum(v.values()) for v in table.wrong.values()),
            "rate": {d: {v: round(table.rate(d, v), 3) for v in VARIANTS} for d in table.correct},
            "seconds": round(rates_seconds, 1),
        },
        "wechat_cnn_models": False,
        "camera_chain": {"order": [d.name for d in camera_chain.decoders], "wechat": wechat_budget},
        "machine": machine(),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_doc(result)
    print(json.dumps({"timing_median_ms": {f: {d: v["median_ms"] for d, v in per.items()} for f, per in timing.items()},
                      "meets_target": result["meets_target"]}, ensure_ascii=False, indent=1))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
