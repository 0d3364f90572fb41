"""The hall manager's screens: figures for today or a period with export, bad-review
follow-ups to closure, and account and window management."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.catalog.vocab import WindowKind
from shared.services import accounts, figures
from shared.services.accounts import AccountView, WindowInfo
from shared.services.actor import Role
from shared.services.figures import FollowupItem, HallFigures
from shared.ui.tasks import TaskRunner

PERIODS = {"today": "今天", "week": "本周", "month": "本月", "year": "近一年", "custom": "自选"}


def period_bounds(kind: str, today: date) -> tuple[date, date]:
    if kind == "week":
        return today - timedelta(days=today.weekday()), today
    if kind == "month":
        return today.replace(day=1), today
    if kind == "year":
        return today - timedelta(days=364), today
    return today, today


class FiguresViewModel(ViewModel):
    changed = Signal()
    followups_changed = Signal()
    exported = Signal(str)

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.period = "today"
        self.start = self.end = session.ctx.today()
        self.figures: HallFigures | None = None
        self.followups: list[FollowupItem] = []

    def reset(self) -> None:
        self.figures, self.followups = None, []
        self.changed.emit()
        self.followups_changed.emit()

    def set_period(self, kind: str, start: date | None = None, end: date | None = None) -> None:
        self.period = kind
        if kind == "custom" and start is not None:
            self.start, self.end = start, end or start
        else:
            self.start, self.end = period_bounds(kind, self.ctx.today())
        self.refresh()

    def refresh(self) -> None:
        self.run(
            figures.hall_figures,
            self.ctx,
            actor=self.session.actor,
            start=self.start,
            end=self.end,
            on_done=self._computed,
            key="figures",
        )

    def _computed(self, result: HallFigures) -> None:
        self.figures = result
        self.changed.emit()

    def export(self, path: str | Path) -> None:
        if self.figures is None:
            self.say("error", "还没有统计结果。", "请先选择统计区间。")
            return
        path = Path(path)
        fn = figures.export_xlsx if path.suffix.lower() == ".xlsx" else figures.export_csv
        self.run(fn, self.figures, path, on_done=self._exported, key="export")

    def _exported(self, path: Path) -> None:
        self.say("ok", f"已导出到 {path}。")
        self.exported.emit(str(path))

    # ------------------------------------------------------------------ follow-ups
    def load_followups(self, include_closed: bool = False) -> None:
        self.run(
            figures.followup_board,
            self.ctx,
            actor=self.session.actor,
            include_closed=include_closed,
            on_done=self._followups,
            key="followups",
        )

    def _followups(self, items: list[FollowupItem]) -> None:
        self.followups = items
        self.followups_changed.emit()

    def settle(self, followup_id: str, resolution: str) -> None:
        self.run(
            figures.settle_followup,
            self.ctx,
            actor=self.session.actor,
            followup_id=followup_id,
            resolution=resolution,
            on_done=lambda _r: (self.say("ok", "整改已办结。"), self.load_followups()),
            key="followups-settle",
        )


class AccountsViewModel(ViewModel):
    changed = Signal()

    ROLES = (Role.CLERK, Role.CHIEF, Role.HELPER, Role.MANAGER)
    KINDS = tuple(WindowKind)

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.accounts: list[AccountView] = []
        self.windows: list[WindowInfo] = []

    def reset(self) -> None:
        self.accounts, self.windows = [], []
        self.changed.emit()

    def refresh(self) -> None:
        self.run(
            accounts.list_accounts, self.ctx, actor=self.session.actor, on_done=self._accounts, key="accounts"
        )
        self.run(accounts.list_windows, self.ctx, on_done=self._windows, key="windows")

    def _accounts(self, items: list[AccountView]) -> None:
        self.accounts = items
        self.changed.emit()

    def _windows(self, items: list[WindowInfo]) -> None:
        self.windows = items
        self.changed.emit()

    def _then(self, text: str):
        return lambda _r: (self.say("ok", text), self.refresh())

    def create(self, *, username: str, display_name: str, role: Role, password: str) -> None:
        self.run(
            accounts.create_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            display_name=display_name,
            role=role,
            password=password,
            on_done=self._then(f"已开通账号 {username}，首次登录须修改密码。"),
            key="account-action",
        )

    def reset_password(self, username: str, password: str) -> None:
        self.run(
            accounts.reset_password,
            self.ctx,
            actor=self.session.actor,
            username=username,
            new_password=password,
            on_done=self._then(f"已重置 {username} 的密码（临时密码，登录后须修改）。"),
            key="account-action",
        )

    def unlock(self, username: str) -> None:
        self.run(
            accounts.unlock_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            on_done=self._then(f"已解锁 {username}。"),
            key="account-action",
        )

    def set_active(self, username: str, active: bool) -> None:
        self.run(
            accounts.update_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            active=active,
            on_done=self._then(f"已{'启用' if active else '停用'} {username}。"),
            key="account-action",
        )

    def set_role(self, username: str, role: Role) -> None:
        self.run(
            accounts.update_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            role=role,
            on_done=self._then(f"已修改 {username} 的角色。"),
            key="account-action",
        )

    def save_window(self, *, number: int, kind: WindowKind, name: str, categories: list[str]) -> None:
        self.run(
            accounts.save_window,
            self.ctx,
            actor=self.session.actor,
            number=number,
            kind=kind,
            name=name,
            categories=categories,
            on_done=self._then(f"已保存{number}号窗口的设置。"),
            key="window-action",
        )
