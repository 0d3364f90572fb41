"""The hall manager's screens: figures for today or a period with export, bad-review
follow-ups to closure, account and window management, and the terminals' health.

What they say goes through Qt's translation system (context CounterManager); the services'
refusals keep their own Chinese (shared/ui/error_words.py)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.domain.catalog.vocab import WindowKind
from shared.domain.figures import FollowupItem, HallFigures
from shared.services import accounts, figures, figures_export, fleet, followups
from shared.services.accounts import AccountView, WindowInfo
from shared.services.actor import Role
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# the periods' names, shown through translate("CounterManager", …)
PERIODS = {
    "today": QT_TRANSLATE_NOOP("CounterManager", "今天"),
    "week": QT_TRANSLATE_NOOP("CounterManager", "本周"),
    "month": QT_TRANSLATE_NOOP("CounterManager", "本月"),
    "year": QT_TRANSLATE_NOOP("CounterManager", "近一年"),
    "custom": QT_TRANSLATE_NOOP("CounterManager", "自选"),
}


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
            self.say(
                "error",
                translate("CounterManager", "还没有统计结果。"),
                translate("CounterManager", "请先选择统计区间。"),
            )
            return
        path = Path(path)
        fn = figures_export.export_xlsx if path.suffix.lower() == ".xlsx" else figures_export.export_csv
        self.run(fn, self.figures, path, on_done=self._exported, key="export")

    def _exported(self, path: Path) -> None:
        self.say("ok", translate("CounterManager", "已导出到 {path}。").format(path=path))
        self.exported.emit(str(path))

    # ------------------------------------------------------------------ follow-ups
    def load_followups(self, include_closed: bool = False) -> None:
        self.run(
            followups.followup_board,
            self.ctx,
            actor=self.session.actor,
            include_closed=include_closed,
            on_done=self._followups,
            key="followups",
        )

    def _followups(self, items: list[FollowupItem]) -> None:
        self.followups = items
        self.followups_changed.emit()

    def _settled(self, _result: object) -> None:
        self.say("ok", translate("CounterManager", "整改已办结。"))
        self.load_followups()

    def settle(self, followup_id: str, resolution: str) -> None:
        self.run(
            followups.settle_followup,
            self.ctx,
            actor=self.session.actor,
            followup_id=followup_id,
            resolution=resolution,
            on_done=self._settled,
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
        # a read: one already under way brings the same rows, so no "still running" message
        self.runner.run(
            accounts.list_accounts, self.ctx, actor=self.session.actor,
            on_done=self._accounts, on_error=self.fail, key="accounts",
        )  # fmt: skip
        self.runner.run(
            accounts.list_windows, self.ctx, on_done=self._windows, on_error=self.fail, key="windows"
        )

    def _accounts(self, items: list[AccountView]) -> None:
        self.accounts = items
        self.changed.emit()

    def _windows(self, items: list[WindowInfo]) -> None:
        self.windows = items
        self.changed.emit()

    def _then(self, text: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self.say("ok", text)
            self.refresh()

        return done

    def create(self, *, username: str, display_name: str, role: Role, password: str) -> None:
        self.run(
            accounts.create_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            display_name=display_name,
            role=role,
            password=password,
            on_done=self._then(
                translate("CounterManager", "已开通账号 {username}，首次登录须修改密码。").format(
                    username=username
                )
            ),
            key="account-action",
        )

    def reset_password(self, username: str, password: str) -> None:
        self.run(
            accounts.reset_password,
            self.ctx,
            actor=self.session.actor,
            username=username,
            new_password=password,
            on_done=self._then(
                translate("CounterManager", "已重置 {username} 的密码（临时密码，登录后须修改）。").format(
                    username=username
                )
            ),
            key="account-action",
        )

    def unlock(self, username: str) -> None:
        self.run(
            accounts.unlock_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            on_done=self._then(translate("CounterManager", "已解锁 {username}。").format(username=username)),
            key="account-action",
        )

    def set_active(self, username: str, active: bool) -> None:
        self.run(
            accounts.update_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            active=active,
            on_done=self._then(
                (
                    translate("CounterManager", "已启用 {username}。")
                    if active
                    else translate("CounterManager", "已停用 {username}。")
                ).format(username=username)
            ),
            key="account-action",
        )

    def set_role(self, username: str, role: Role) -> None:
        self.run(
            accounts.update_account,
            self.ctx,
            actor=self.session.actor,
            username=username,
            role=role,
            on_done=self._then(
                translate("CounterManager", "已修改 {username} 的角色。").format(username=username)
            ),
            key="account-action",
        )

    def save_window(self, *, number: int, kind: WindowKind, name: str, categories: list[str]) -> None:
        # through partial: the runner's own ``name=`` (the task's name) would swallow the window's
        self.run(
            functools.partial(accounts.save_window, name=name),
            self.ctx,
            actor=self.session.actor,
            number=number,
            kind=kind,
            categories=categories,
            on_done=self._then(translate("CounterManager", "已保存{n}号窗口的设置。").format(n=number)),
            key="window-action",
        )


class FleetViewModel(ViewModel):
    """终端状态 (issue 15): every terminal's last heartbeat with its alerts, read on the runner
    every heartbeat interval while the page is shown; a kiosk put into 暂停服务 and back."""

    changed = Signal()

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.report: fleet.FleetReport | None = None
        self.selected: str | None = None  # terminal id
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh)

    def _then(self, text: str) -> Callable[[object], None]:
        def done(_result: object) -> None:
            self.say("ok", text)
            self.refresh()

        return done

    @property
    def interval_ms(self) -> int:
        return int(self.ctx.settings.fleet.heartbeat_seconds * 1000)

    def reset(self) -> None:
        self.stop()
        self.report, self.selected = None, None
        self.changed.emit()

    def start(self) -> None:
        """The page is shown: read now, then every heartbeat interval."""
        self.refresh()
        self.timer.start(self.interval_ms)

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        self.runner.run(
            fleet.list_terminals,
            self.ctx,
            actor=self.session.actor,
            on_done=self._read,
            on_error=self.fail,
            key="fleet",
        )

    def _read(self, report: fleet.FleetReport) -> None:
        self.report = report
        if self.selected is not None and all(t.terminal_id != self.selected for t in report.terminals):
            self.selected = None
        self.changed.emit()

    def select(self, terminal_id: str | None) -> None:
        self.selected = terminal_id
        self.changed.emit()

    @property
    def selected_status(self) -> fleet.TerminalStatus | None:
        if self.report is None or self.selected is None:
            return None
        try:
            return self.report.get(self.selected)
        except KeyError:
            return None

    def can_pause(self) -> bool:
        t = self.selected_status
        return t is not None and t.beat.kind == "kiosk" and not t.pause_asked

    def can_resume(self) -> bool:
        t = self.selected_status
        return (
            t is not None and t.beat.kind == "kiosk" and (t.pause_asked or t.beat.service_state == "paused")
        )

    def pause(self, reason: str = "") -> None:
        t = self.selected_status
        if t is None:
            self.say("error", translate("CounterManager", "请先在表中选中一台自助机。"))
            return
        seconds = self.ctx.settings.fleet.heartbeat_seconds
        self.run(
            fleet.pause_terminal,
            self.ctx,
            actor=self.session.actor,
            terminal_id=t.terminal_id,
            reason=reason,
            on_done=self._then(
                translate("CounterManager", "已请{name}暂停服务，{seconds} 秒内显示“暂停服务”。").format(
                    name=t.beat.name, seconds=f"{seconds:g}"
                )
            ),
            key="fleet-command",
        )

    def resume(self) -> None:
        t = self.selected_status
        if t is None:
            self.say("error", translate("CounterManager", "请先在表中选中一台自助机。"))
            return
        seconds = self.ctx.settings.fleet.heartbeat_seconds
        self.run(
            fleet.resume_terminal,
            self.ctx,
            actor=self.session.actor,
            terminal_id=t.terminal_id,
            on_done=self._then(
                translate("CounterManager", "已请{name}恢复服务，{seconds} 秒内回到首页。").format(
                    name=t.beat.name, seconds=f"{seconds:g}"
                )
            ),
            key="fleet-command",
        )
