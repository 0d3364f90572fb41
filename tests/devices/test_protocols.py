"""Every driver and every Null object satisfies the protocol callers see (issue 11, point 7):
callers never test for a Null class or probe with getattr."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from devices.base import HealthState
from devices.manager import DeviceManager
from devices.null_devices import NullIdCardReader, NullPrinter
from devices.printer.layout import PaperWidth
from devices.protocols import Announcer, IdCardReader, Printer, Scanner
from devices.scanner.simulated import NullScanner
from devices.tts.announcer import NullAnnouncer
from shared.domain.settings import DeviceSettings

ROOT = Path(__file__).resolve().parents[2]
NULLS = DeviceSettings(idcard="null", printer="null", scanner="null", tts="null")


@pytest.mark.parametrize(
    ("device", "protocol"),
    [
        (NullIdCardReader(), IdCardReader),
        (NullPrinter(), Printer),
        (NullScanner(), Scanner),
        (NullAnnouncer(), Announcer),
    ],
)
def test_each_null_object_is_its_protocol(device: object, protocol: type) -> None:
    assert isinstance(device, protocol)


def test_the_manager_hands_out_protocols_for_null_and_simulated_devices() -> None:
    with DeviceManager(NULLS.model_copy(update={"paper_width_mm": 58})) as nulls:
        assert isinstance(nulls.idcard, IdCardReader) and isinstance(nulls.printer, Printer)
        assert isinstance(nulls.scanner, Scanner) and isinstance(nulls.announcer.engine, Announcer)
        # the Null printer lays out for the configured paper and has nothing to cancel
        assert nulls.printer.paper is PaperWidth.MM58 and nulls.printer.cancel("x") is None
        assert nulls.scanner.feed_key("A", 0.0) is None
    simulated = DeviceSettings(
        allow_simulated=True, idcard="simulated", printer="simulated", scanner="simulated", tts="null"
    )
    with DeviceManager(simulated) as real:
        assert isinstance(real.idcard, IdCardReader) and isinstance(real.printer, Printer)
        assert isinstance(real.scanner, Scanner)
        assert real.health()["printer"].state is not None and real.printer.pending_jobs() == []


def test_a_null_device_is_healthy_and_says_why() -> None:
    for device in (NullIdCardReader(), NullPrinter(), NullScanner(), NullAnnouncer()):
        health = device.health()
        assert health.state is HealthState.OK and health.reason


def test_no_caller_tests_for_a_null_class_or_probes_a_device_with_getattr() -> None:
    """The point of the Null objects: found by reading the code, not by running it."""
    offenders = []
    for folder in ("kiosk_app", "counter_app", "shared", "yimen", "devices"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                    continue
                args = [ast.unparse(a) for a in node.args]
                if node.func.id == "isinstance" and len(args) == 2 and "Null" in args[1]:
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
                if node.func.id == "getattr" and args and any(
                    f".{kind}" in args[0] or args[0].endswith(("engine", "engine()"))
                    for kind in ("idcard", "printer", "scanner", "announcer")
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} {ast.unparse(node)}")
    assert not offenders, "\n".join(offenders)
