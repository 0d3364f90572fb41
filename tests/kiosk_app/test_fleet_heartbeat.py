"""The kiosk's heartbeat at the view-model (issue 15): what it writes (screen, the simulated
devices' health, paper out), and 暂停服务 set by the manager reaching the kiosk with the next
beat and going away when resumed. Qt-free: the runner runs the beat inline, as the tests'
runner does for every other use case."""

from __future__ import annotations

import time

from kiosk_app.app import kiosk_heartbeat
from shared.services import fleet
from shared.services.actor import Actor, Role
from tests.support.kiosk import Resident

MANAGER = Actor(user="mgr01", role=Role.MANAGER, terminal_id="T-0009")


def _row(resident: Resident) -> fleet.TerminalStatus:
    ctx = resident.hall.ctx
    return fleet.list_terminals(ctx, actor=MANAGER).get(ctx.settings.terminal.id)


def test_the_kiosk_beats_with_its_screen_and_devices(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    sender = kiosk_heartbeat(hall.ctx, vm, resident.runner)
    assert sender.beat() and sender.sent == 1
    row = _row(resident)
    assert row.beat.kind == "kiosk" and row.beat.screen == "home" and row.online
    assert {"idcard", "printer", "scanner"} <= set(row.beat.devices)
    vm.go("guides")
    hall.devices.simulators["printer"].paper_out()
    # the printer thread notices at its next status poll
    deadline = time.monotonic() + 20
    while hall.devices.health()["printer"].code != "paper_out" and time.monotonic() < deadline:
        time.sleep(0.05)
    sender.beat()
    row = _row(resident)
    assert row.beat.screen == "guides"
    assert row.beat.devices["printer"]["state"] == "paper_out"
    assert [a.code for a in row.alerts] == ["paper_out"]


def test_pause_reaches_the_kiosk_within_one_beat_and_resume_brings_it_back(resident: Resident) -> None:
    vm, hall = resident.vm, resident.hall
    tid = hall.ctx.settings.terminal.id
    sender = kiosk_heartbeat(hall.ctx, vm, resident.runner)
    sender.beat()
    vm.go("ticket")
    wiped = vm.wipes
    fleet.pause_terminal(hall.ctx, actor=MANAGER, terminal_id=tid, reason="更换纸卷")
    assert not vm.service_paused  # nothing until the kiosk's next beat
    sender.beat()
    assert vm.service_paused and vm.pause_reason == "更换纸卷"
    assert vm.screen == "home" and vm.wipes == wiped + 1  # the person at the screen is forgotten
    assert vm.heartbeat_screen == "paused"
    sender.beat()  # the next beat says the sign is up
    row = _row(resident)
    assert row.beat.service_state == "paused" and row.service_words == "暂停服务"
    assert row.beat.screen == "paused"

    fleet.resume_terminal(hall.ctx, actor=MANAGER, terminal_id=tid)
    sender.beat()
    assert not vm.service_paused and vm.pause_reason == "" and vm.screen == "home"
    sender.beat()
    assert _row(resident).service_words == "服务中"
