"""shared.ui.device_bridge: events from the simulated devices' own threads arrive as signals
on the UI thread."""

from __future__ import annotations

import threading

import pytest

from devices.manager import DeviceManager
from shared.domain.settings import DeviceSettings
from shared.services.slip_samples import sample_ticket
from shared.services.slip_templates import layout_for
from shared.ui.device_bridge import DeviceBridge

pytestmark = pytest.mark.qt


def test_card_scan_print_and_health_arrive_on_the_ui_thread(qtbot) -> None:
    bridge = DeviceBridge()
    ui = threading.get_ident()
    got: dict[str, list] = {"card": [], "scan": [], "print": [], "health": []}
    threads: set[int] = set()

    def keep(name: str):
        def slot(*args):
            threads.add(threading.get_ident())
            got[name].append(args)

        return slot

    bridge.card_read.connect(keep("card"))
    bridge.scanned.connect(keep("scan"))
    bridge.print_done.connect(keep("print"))
    bridge.health_changed.connect(keep("health"))
    manager = DeviceManager(
        DeviceSettings(allow_simulated=True), on_event=bridge.on_event, supervise_interval_s=0.1
    )
    manager.start()
    try:
        manager.simulators["idcard"].place_card("elder_dai_woman")
        qtbot.waitUntil(lambda: bool(got["card"]), timeout=10_000)
        card = got["card"][0][0]
        assert card.id_number == "532822195603120029" and card.name == "玉罕"
        manager.scanner.present("yimen://case/53282226111700300011")
        qtbot.waitUntil(lambda: bool(got["scan"]), timeout=10_000)
        assert got["scan"][0][0].kind in ("case", "unknown")
        manager.print_laid_out(layout_for(sample_ticket(number="A001")), job_id="A001")
        qtbot.waitUntil(lambda: bool(got["print"]), timeout=10_000)
        assert got["print"][0][0].job_id == "A001"
        qtbot.waitUntil(lambda: "printer" in bridge.last_health, timeout=5_000)
    finally:
        manager.stop()
    assert threads == {ui}
