"""``kiosk_app.app.run``: the composition root starts, shows the kiosk, and survives a
store it cannot open by showing an out-of-service screen and retrying."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk_app import app as kiosk
from kiosk_app.views.main_window import KioskWindow
from shared.domain.settings import DeviceSettings
from yimen.demo.kiosk_hall import open_demo_hall
from yimen.demo.settings import demo_settings

pytestmark = pytest.mark.qt


# The tests end run()'s event loop with exit(0), not quit(): under pytest-qt, quit() with a
# window shown left the process unable to deliver a worker thread's queued signal to the UI
# thread in later tests (a later test's heartbeat never came back; a plain script after the same
# quit() delivers it). run() returns the same way after either.
def _top_levels(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_run_shows_the_kiosk_and_returns_when_quit(qapp, tmp_path: Path) -> None:
    open_demo_hall(tmp_path).close()  # an installed station: store migrated, catalog imported
    settings = demo_settings(tmp_path, kind="kiosk")
    seen: list[KioskWindow] = []

    def look() -> None:
        seen.extend(_top_levels(KioskWindow))
        qapp.exit(0)

    QTimer.singleShot(1500, look)
    assert kiosk.run(settings, windowed=True) == 0
    assert len(seen) == 1
    window = seen[0]
    assert (window.width(), window.height()) == (1080, 1920)
    assert window.vm.home.status is not None, "the home screen came up with the hall's status"


def test_run_without_a_store_shows_out_of_service_and_retries(qapp, tmp_path: Path, monkeypatch) -> None:
    open_demo_hall(tmp_path).close()
    settings = demo_settings(tmp_path, kind="kiosk")
    db = tmp_path / "kiosk-demo.db"
    db.rename(tmp_path / "away.db")
    db.mkdir()  # the database cannot be opened: a directory where the file should be
    monkeypatch.setattr(kiosk, "STORE_RETRY_MS", 300)
    shown: dict[str, list] = {}

    def outage() -> None:
        shown["placeholder"] = _top_levels(kiosk.OutOfService)
        db.rmdir()
        (tmp_path / "away.db").rename(db)  # the database is back

    def later() -> None:
        shown["kiosk"] = _top_levels(KioskWindow)
        qapp.exit(0)

    QTimer.singleShot(800, outage)
    QTimer.singleShot(3000, later)
    assert kiosk.run(settings, windowed=True) == 0
    assert len(shown["placeholder"]) == 1
    assert "维护" in shown["placeholder"][0].findChildren(type(shown["placeholder"][0].detail))[0].text()
    assert len(shown["kiosk"]) == 1


def test_a_bad_device_setting_is_reported_not_raised(qapp, tmp_path: Path, capsys) -> None:
    open_demo_hall(tmp_path).close()  # the store opens: only the devices are wrong
    settings = demo_settings(tmp_path, kind="kiosk")
    settings.devices.printer = "file"  # without printer_file: a ConfigError from the device manager
    signs: list = []

    def look() -> None:
        signs.extend(_top_levels(kiosk.OutOfService))
        if signs:
            qapp.exit(0)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    assert kiosk.run(settings, windowed=True) == 2
    assert "printer_file" in capsys.readouterr().err
    assert signs[0].title.text() == "暂停服务" and "printer_file" in signs[0].technician.text()


def test_a_kiosk_without_a_device_section_refuses_to_pretend(qapp, tmp_path: Path, capsys) -> None:
    open_demo_hall(tmp_path).close()
    settings = demo_settings(tmp_path, kind="kiosk")
    settings.devices = DeviceSettings()  # [devices] missing: the defaults are simulators
    signs: list = []

    def look() -> None:
        signs.extend(_top_levels(kiosk.OutOfService))
        if signs:
            qapp.exit(0)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    assert kiosk.run(settings, windowed=True) == 2
    (sign,) = signs
    assert sign.title.text() == "暂停服务"
    assert "身份证读卡器、凭条打印机、扫码设备未配置" in sign.technician.text()
    assert "allow_simulated" in sign.technician.text()
    assert "未配置" in capsys.readouterr().err


def test_a_camera_scanner_without_the_camera_extra_says_what_to_install(
    qapp, tmp_path: Path, capsys, monkeypatch
) -> None:
    import sys

    open_demo_hall(tmp_path).close()
    settings = demo_settings(tmp_path, kind="kiosk")
    settings.devices.scanner = "camera"
    for module in ("cv2", "numpy", "zxingcpp"):  # as on a kiosk installed without yimen[camera]
        monkeypatch.setitem(sys.modules, module, None)
    signs: list = []

    def look() -> None:
        signs.extend(_top_levels(kiosk.OutOfService))
        if signs:
            qapp.exit(0)
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    assert kiosk.run(settings, windowed=True) == 2
    (sign,) = signs
    assert sign.title.text() == "暂停服务"
    technician = sign.technician.text()
    assert "扫码设为 camera" in technician and "摄像头扫码组件" in technician
    assert 'pip install "yimen[camera]"' in technician and "wedge" in technician
    assert "yimen[camera]" in capsys.readouterr().err
