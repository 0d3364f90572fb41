"""``kiosk_app.app.run``: the composition root starts, shows the kiosk, and survives a
store it cannot open by showing an out-of-service screen and retrying."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk_app import app as kiosk
from kiosk_app.tour import demo_settings, open_demo_hall
from kiosk_app.views.main_window import KioskWindow

pytestmark = pytest.mark.qt


def _top_levels(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_run_shows_the_kiosk_and_returns_when_quit(qapp, tmp_path: Path) -> None:
    open_demo_hall(tmp_path).close()  # an installed station: store migrated, catalog imported
    settings = demo_settings(tmp_path)
    seen: list[KioskWindow] = []

    def look() -> None:
        seen.extend(_top_levels(KioskWindow))
        qapp.quit()

    QTimer.singleShot(1500, look)
    assert kiosk.run(settings, windowed=True) == 0
    assert len(seen) == 1
    window = seen[0]
    assert (window.width(), window.height()) == (1080, 1920)
    assert window.vm.home.status is not None, "the home screen came up with the hall's status"


def test_run_without_a_store_shows_out_of_service_and_retries(qapp, tmp_path: Path, monkeypatch) -> None:
    open_demo_hall(tmp_path).close()
    settings = demo_settings(tmp_path)
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
        qapp.quit()

    QTimer.singleShot(800, outage)
    QTimer.singleShot(3000, later)
    assert kiosk.run(settings, windowed=True) == 0
    assert len(shown["placeholder"]) == 1
    assert "维护" in shown["placeholder"][0].findChildren(type(shown["placeholder"][0].detail))[0].text()
    assert len(shown["kiosk"]) == 1


def test_a_bad_device_setting_is_reported_not_raised(qapp, tmp_path: Path, capsys) -> None:
    open_demo_hall(tmp_path).close()  # the store opens: only the devices are wrong
    settings = demo_settings(tmp_path)
    settings.devices.printer = "file"  # without printer_file: a ConfigError from the device manager
    assert kiosk.run(settings, windowed=True) == 2
    assert "printer_file" in capsys.readouterr().err
