"""Ticket printing: how fast slips become ESC/POS bytes, and how long a whole print takes.

1. Rendering: a ticket (58 and 80 mm) built from its template and rendered to ESC/POS
   through python-escpos ``Dummy``: documents per second and bytes per second, with the
   printer's Chinese font (FS & text) and without it (raster images, ``GS v 0``).
2. Full print: ``ReceiptPrinter.print_document`` to the simulated printer over loopback
   TCP (connect, DLE EOT 1 + 4 status, job bytes, close) and over a pty serial line;
   latency p50/p99 in ms. Target: a resident waits well under a second for the ticket
   (the print head itself adds ~1-2 s on paper; that is hardware, not measured here).

Run: .venv/bin/python bench/bench_ticket_print.py  → bench/results/ticket_print.json
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from devices.printer.connections import NetworkConnection, SerialConnection  # noqa: E402
from devices.printer.driver import ReceiptPrinter  # noqa: E402
from devices.printer.escpos_render import render_bytes  # noqa: E402
from devices.printer.layout import PaperWidth  # noqa: E402
from devices.printer.simulator import SimulatedPrinter  # noqa: E402
from shared.services.slip_samples import sample_ticket  # noqa: E402
from shared.services.slip_templates import ticket_document  # noqa: E402

TARGET_P99_MS = 300.0


def render_rate(width: PaperWidth, *, chinese_font: bool, seconds: float = 2.0) -> dict[str, float]:
    count = 0
    total_bytes = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        doc = ticket_document(sample_ticket(number=f"A{count % 1000:03d}"), width=width)
        total_bytes += len(render_bytes(doc, chinese_font=chinese_font))
        count += 1
    elapsed = time.perf_counter() - start
    return {
        "documents_per_s": round(count / elapsed, 1),
        "bytes_per_s": round(total_bytes / elapsed),
        "bytes_per_ticket": round(total_bytes / count),
        "ms_per_ticket": round(elapsed / count * 1e3, 3),
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def print_latency(printer: ReceiptPrinter, sim: SimulatedPrinter, n: int) -> dict[str, float]:
    times = []
    for i in range(n):
        doc = ticket_document(sample_ticket(number=f"B{i:03d}"), width=printer.paper)
        start = time.perf_counter()
        printer.print_document(doc, job_id=f"bench-{id(printer)}-{i}")
        times.append((time.perf_counter() - start) * 1e3)
    jobs = sim.wait_for_jobs(n, timeout=10)
    assert len(jobs) == n, f"{len(jobs)} of {n} tickets reached the simulator"
    return {
        "tickets": n,
        "p50_ms": round(percentile(times, 50), 2),
        "p99_ms": round(percentile(times, 99), 2),
        "max_ms": round(max(times), 2),
        "mean_ms": round(statistics.fmean(times), 2),
    }


def main() -> None:
    rendering = {
        f"{w.mm}mm_{'chinese_font' if cf else 'raster_fallback'}": render_rate(w, chinese_font=cf)
        for w in PaperWidth
        for cf in (True, False)
    }
    with SimulatedPrinter() as sim:
        printer = ReceiptPrinter(NetworkConnection("127.0.0.1", sim.port), width_mm=58, poll_interval=None)
        printer.open()
        printer.print_document(ticket_document(sample_ticket(), width=PaperWidth.MM58))  # warm-up
        sim.clear()
        tcp = print_latency(printer, sim, 300)
        printer.close()
    with SimulatedPrinter(pty=True) as sim:
        printer = ReceiptPrinter(
            SerialConnection(sim.serial_path or "", baudrate=115200), width_mm=58, poll_interval=None
        )
        printer.open()
        printer.print_document(ticket_document(sample_ticket(), width=PaperWidth.MM58))
        sim.clear()
        pty = print_latency(printer, sim, 200)
        printer.close()

    result = {
        "benchmark": "ticket_print",
        "rendering": rendering,
        "full_print": {
            "tcp_simulator_58mm": tcp,
            "pty_serial_simulator_58mm": pty,
            "note": "print_document(): status DLE EOT 1+4 before the job, job bytes, wait for the printer thread; "
            "a pty has no baud-rate pacing, so real 115200 bd adds ~0.09 ms per byte",
        },
        "target_p99_ms": TARGET_P99_MS,
        "meets_target": tcp["p99_ms"] < TARGET_P99_MS and pty["p99_ms"] < TARGET_P99_MS,
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpu_count": os.cpu_count(),
            "processor": platform.processor() or platform.machine(),
        },
        "measured_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    out = ROOT / "bench" / "results" / "ticket_print.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
