"""Constants and helpers the counter tests share."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from counter_app.controller import CounterController
from shared.domain.catalog.loader import load_demo_catalog
from shared.domain.settings import Settings
from shared.services import accounts
from shared.services.actor import Actor, Role
from shared.services.catalog import store_catalog
from shared.services.context import HallContext

TZ = ZoneInfo("Asia/Shanghai")
OPEN_MORNING = datetime(2026, 11, 17, 10, 0, tzinfo=TZ)
STAFF = {
    "lina": ("李娜", Role.CLERK, "Window#2026"),
    "yanwen": ("岩温", Role.CHIEF, "Chief#Rep2026"),
    "admin": ("玉应", Role.MANAGER, "Hall#Boss2026"),
}


def counter_settings(tmp: Path, *, window_no: int = 1, terminal: str = "T-0001") -> Settings:
    return Settings(
        store={
            "url": f"sqlite:///{tmp / 'yimen.db'}",
            "key_file": tmp / "keys" / "pii.key",
            "backup_dir": tmp / "b",
        },
        terminal={"id": terminal, "name": f"{window_no}号窗口", "kind": "counter", "window_no": window_no},
        devices={
            "allow_simulated": True,
            "idcard": "simulated",
            "printer": "simulated",
            "scanner": "simulated",
            "tts": "null",
        },
    )


def seed_hall(ctx: HallContext) -> None:
    store_catalog(ctx, catalog=load_demo_catalog(), actor=Actor.system(), source="demo")
    system = Actor.system("setup")
    for user, (name, role, password) in STAFF.items():
        accounts.create_account(
            ctx, actor=system, username=user, display_name=name, role=role, password=password
        )


def settle(counter: CounterController, qtbot) -> None:
    """Let every background call finish and its result reach the screen."""
    assert counter.runner.wait_idle(20), "a background call did not finish"
    qtbot.wait(10)


def sign_in(counter: CounterController, qtbot, user: str = "lina") -> None:
    counter.sign_in_view.username.setText(user)
    counter.sign_in_view.password.setText(STAFF[user][2])
    counter.sign_in_view.submit.click()
    settle(counter, qtbot)
    assert counter.session.signed_in is not None and counter.session.signed_in.username == user
