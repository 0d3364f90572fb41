"""The demo's 查询打印 scene (yimen/demo/query_print_day.py), on its own: the simulated card
reader, the reference platform over HTTP and a private CUPS: a 参保证明 printed and verified at
the window from the QR on the printed page, a paper-out with its one reprint, and an offline
query refused."""

from __future__ import annotations

import queue
import subprocess
import time
from collections import Counter
from pathlib import Path

from devices.manager import DeviceManager, EventKind
from reference_platform.seed import RESIDENTS
from shared.services.context import HallContext
from yimen.demo.query_print_day import play_query_print
from yimen.demo.settings import demo_settings


def test_the_demo_prints_verifies_runs_out_of_paper_and_refuses_offline(tmp_path: Path, local_cups) -> None:
    settings = demo_settings(tmp_path, kind="kiosk", scanner="null", a4="cups")
    settings.devices.a4_uri = local_cups.uri
    ctx = HallContext.open(settings, create_key=True)
    events: queue.Queue = queue.Queue()
    devices = DeviceManager(settings.devices, on_event=events.put, supervise_interval_s=0.2)
    devices.start()

    def read_card(name: str):
        sim = devices.simulators["idcard"]
        sim.place_card(name)
        try:
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    event = events.get(timeout=0.5)
                except queue.Empty:
                    continue
                if event.kind is EventKind.CARD_READ:
                    return event.data
            raise TimeoutError("no card read")
        finally:
            sim.remove_card()
            time.sleep(0.7)  # the reader must see the card lifted before it reads one again

    counts: Counter = Counter()
    lines: list[str] = []
    out = tmp_path / "out"
    try:
        report = play_query_print(
            ctx, devices, out, read_card=read_card, say=lambda _when, text: lines.append(text), counts=counts,
            cups=local_cups,
        )  # fmt: skip
    finally:
        devices.stop()
        ctx.close()
    assert counts == {
        "query_print_queries": 1, "a4_printed": 1, "certificates_verified_at_window": 1, "a4_paper_out": 1,
        "a4_reprinted": 1, "query_offline_refused": 1,
    }  # fmt: skip
    pdf = out / report["printed_pdf"]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "参保证明" in text.replace(" ", "") and RESIDENTS[0][1] not in text
    assert report["spooler_left"] == 0
    window = report["verified_at_window"]
    assert window["verdict"] == "genuine" and window["holder"].startswith("532822****")
    assert report["paper_out"] == {"outcome": "paper_out", "reprint_allowed": True, "printed_after": 1}
    assert "网络" in report["offline"]
    assert any("缺纸" in line for line in lines) and any("验真" in line for line in lines)
    assert local_cups.spool_files() == []
