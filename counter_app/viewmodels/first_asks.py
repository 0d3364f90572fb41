"""首问登记: record what a resident first asked, take a kiosk's call for help or a complaint
as 首问, hand a matter over in writing, close it; the manager's list of every open one with
its age."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.ages import age_words
from counter_app.viewmodels.base import ViewModel
from offline_store.records import HelpRequest
from shared.domain.first_asks import FirstAskKind, FirstAskState
from shared.services import complaints, first_asks
from shared.services.actor import Role
from shared.services.first_asks import Colleague, FirstAskView
from shared.services.permissions import ROLE_LABELS, Permission
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

# what a clerk may register by hand at the window (help requests and complaints are taken
# from their own lists, so their source is recorded)
RECORD_KINDS = (FirstAskKind.QUESTION,)

translate = QCoreApplication.translate

# a registration's kind and state, and a colleague's role, as shared.domain.first_asks
# (KIND_LABELS, STATE_LABELS) and shared.services.permissions (ROLE_LABELS) word them (a test
# holds them the same), marked here for the clerk's language
KIND_WORDS = {
    FirstAskKind.QUESTION: QT_TRANSLATE_NOOP("CounterFirstAsks", "窗口咨询"),
    FirstAskKind.HELP: QT_TRANSLATE_NOOP("CounterFirstAsks", "自助机求助"),
    FirstAskKind.COMPLAINT: QT_TRANSLATE_NOOP("CounterFirstAsks", "办不成事反映"),
}
STATE_WORDS = {
    FirstAskState.OPEN: QT_TRANSLATE_NOOP("CounterFirstAsks", "首问负责中"),
    FirstAskState.CLOSED: QT_TRANSLATE_NOOP("CounterFirstAsks", "已办结"),
}
ROLE_WORDS = {
    Role.CLERK: QT_TRANSLATE_NOOP("CounterFirstAsks", "窗口人员"),
    Role.CHIEF: QT_TRANSLATE_NOOP("CounterFirstAsks", "首席事务代表"),
    Role.HELPER: QT_TRANSLATE_NOOP("CounterFirstAsks", "帮办代办员"),
    Role.MANAGER: QT_TRANSLATE_NOOP("CounterFirstAsks", "大厅管理员"),
    Role.KIOSK: QT_TRANSLATE_NOOP("CounterFirstAsks", "自助终端"),
    Role.DISPLAY: QT_TRANSLATE_NOOP("CounterFirstAsks", "叫号显示屏"),
    Role.SYSTEM: QT_TRANSLATE_NOOP("CounterFirstAsks", "系统"),
}
_ROLE_OF_LABEL = {label: role for role, label in ROLE_LABELS.items()}


def kind_words(kind: FirstAskKind) -> str:
    return translate("CounterFirstAsks", KIND_WORDS[kind])


def state_words(state: FirstAskState) -> str:
    return translate("CounterFirstAsks", STATE_WORDS[state])


def role_words(label: str) -> str:
    """A colleague's role (the service gives its Chinese label) in the clerk's words."""
    role = _ROLE_OF_LABEL.get(label)
    return translate("CounterFirstAsks", ROLE_WORDS[role]) if role is not None else label


class FirstAsksViewModel(ViewModel):
    changed = Signal()
    help_taken = Signal()  # a kiosk's request answered here: the banner on every page updates
    recorded = Signal()  # a question registered: the form is cleared for the next one

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.items: list[FirstAskView] = []
        self.selected: FirstAskView | None = None
        self.help: list[HelpRequest] = []
        self.colleagues: list[Colleague] = []
        self.show_all = False  # the manager's view: every open registration
        self._again: set[str] = set()

    def reset(self) -> None:
        self.items, self.selected, self.help, self.colleagues = [], None, [], []
        self.show_all = False
        self.changed.emit()

    @staticmethod
    def kinds() -> list[tuple[FirstAskKind, str]]:
        return [(k, kind_words(k)) for k in RECORD_KINDS]

    @property
    def can_oversee(self) -> bool:
        return self.session.can(Permission.OVERSEE_FIRST_ASKS)

    @property
    def can_take_help(self) -> bool:
        return self.session.can(Permission.ACK_HELP)

    def may_move(self, view: FirstAskView | None) -> bool:
        """Hand over / close: the owner, or a manager overseeing."""
        if view is None or not view.is_open or self.session.signed_in is None:
            return False
        return view.owner == self.session.actor.user or self.can_oversee

    # ------------------------------------------------------------------ reading
    def refresh(self) -> None:
        if self.session.signed_in is None:
            return
        actor = self.session.actor
        listing = (
            first_asks.open_first_asks if (self.show_all and self.can_oversee) else first_asks.my_first_asks
        )
        self._read(listing, self._listed, "first-asks", actor)
        if self.can_take_help:
            self._read(complaints.open_help_requests, self._help, "first-asks-help", actor)
        if not self.colleagues:
            self._read(first_asks.handover_candidates, self._colleagues, "first-asks-staff", actor)

    def _read(self, fn, on_done, key: str, actor) -> None:
        # a read asked for while the same read is loading runs again when it ends (the rows
        # may have changed in between), and says no "please wait" to the clerk
        def done(result) -> None:
            on_done(result)
            if key in self._again:
                self._again.discard(key)
                if self.session.signed_in is not None:
                    self._read(fn, on_done, key, self.session.actor)

        def failed(exc: BaseException) -> None:
            self._again.discard(key)
            self.fail(exc)

        if self.runner.run(fn, self.ctx, actor=actor, on_done=done, on_error=failed, key=key) is None:
            self._again.add(key)

    def set_scope(self, show_all: bool) -> None:
        self.show_all = show_all and self.can_oversee
        self.refresh()

    def _listed(self, items: list[FirstAskView]) -> None:
        # the selected one keeps its detail (the list rows carry no history); actions refresh it
        self.items = items
        self.changed.emit()

    def _help(self, requests: list[HelpRequest]) -> None:
        self.help = requests
        self.changed.emit()

    def _colleagues(self, people: list[Colleague]) -> None:
        self.colleagues = people
        self.changed.emit()

    def select(self, ask_no: str) -> None:
        """Show one registration with its full history (the list carries none)."""
        self.run(
            first_asks.get_first_ask,
            self.ctx,
            actor=self.session.actor,
            ask_no=ask_no,
            on_done=self._selected,
            key="first-ask-one",
        )

    def _selected(self, view: FirstAskView) -> None:
        self.selected = view
        self.changed.emit()

    # ------------------------------------------------------------------ the ways in
    def record(
        self, *, summary: str, kind: str = "question", id_number: str = "", name: str = "", phone: str = ""
    ) -> None:
        self.run(
            first_asks.record_first_ask,
            self.ctx,
            actor=self.session.actor,
            summary=summary,
            kind=kind,
            id_number=id_number,
            name=name,
            phone=phone,
            on_done=self._recorded,
            key="first-ask-action",
        )

    def _recorded(self, view: FirstAskView) -> None:
        self.say(
            "ok",
            translate("CounterFirstAsks", "已首问登记 {ask}，由您负责到移交或办结。").format(ask=view.ask_no),
            translate("CounterFirstAsks", "请把登记号告诉群众，便于查询。"),
        )
        self.recorded.emit()
        self.selected = view
        self.refresh()

    def take_help(self, request_id: str) -> None:
        self.run(
            first_asks.take_help_request,
            self.ctx,
            actor=self.session.actor,
            request_id=request_id,
            on_done=self._taken,
            on_error=self._take_failed,
            key="first-ask-action",
        )

    def take_complaint(self, complaint_no: str) -> None:
        self.run(
            first_asks.take_complaint,
            self.ctx,
            actor=self.session.actor,
            complaint_no=complaint_no,
            on_done=self._taken,
            key="first-ask-action",
        )

    def _taken(self, view: FirstAskView) -> None:
        self.say(
            "ok",
            translate("CounterFirstAsks", "已接手{kind}，首问登记 {ask}。").format(
                kind=kind_words(view.kind), ask=view.ask_no
            ),
            translate("CounterFirstAsks", "由您负责到移交或办结。"),
        )
        self.selected = view
        if view.kind is FirstAskKind.HELP:
            self.help_taken.emit()
        self.refresh()

    def _take_failed(self, exc: BaseException) -> None:
        self.fail(exc)
        self.refresh()

    # ------------------------------------------------------------------ moves
    def hand_over(self, to_user: str, note: str) -> None:
        v = self.selected
        if v is None:
            return
        self.run(
            first_asks.hand_over_first_ask,
            self.ctx,
            actor=self.session.actor,
            ask_no=v.ask_no,
            to_user=to_user,
            note=note,
            on_done=self._handed,
            key="first-ask-action",
        )

    def _handed(self, view: FirstAskView) -> None:
        self.say(
            "ok",
            translate("CounterFirstAsks", "{ask} 已移交 {owner}。").format(
                ask=view.ask_no, owner=view.owner_name
            ),
            translate("CounterFirstAsks", "移交已记入工作日志。"),
        )
        self.selected = view
        self.refresh()

    def close(self, outcome: str) -> None:
        v = self.selected
        if v is None:
            return
        self.run(
            first_asks.close_first_ask,
            self.ctx,
            actor=self.session.actor,
            ask_no=v.ask_no,
            outcome=outcome,
            on_done=self._closed,
            key="first-ask-action",
        )

    def _closed(self, view: FirstAskView) -> None:
        self.say(
            "ok",
            translate("CounterFirstAsks", "{ask} 已办结（用时{age}）。").format(
                ask=view.ask_no, age=age_words(view.age_label)
            ),
        )
        self.selected = view
        self.refresh()
