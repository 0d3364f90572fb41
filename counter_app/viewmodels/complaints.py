"""The 办不成事 window's complaints, and kiosk help requests as notifications."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from offline_store.records import HelpRequest
from shared.domain.complaints import ComplaintCategory, ComplaintState
from shared.services import complaints, first_asks
from shared.services.complaints import ComplaintView
from shared.services.permissions import Permission
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# each state's next step: the button's words (translated where shown) and the step
NEXT_STEP = {
    ComplaintState.RECEIVED: (QT_TRANSLATE_NOOP("CounterComplaints", "交办"), "assign"),
    ComplaintState.ASSIGNED: (QT_TRANSLATE_NOOP("CounterComplaints", "开始办理"), "work"),
    ComplaintState.IN_PROGRESS: (QT_TRANSLATE_NOOP("CounterComplaints", "已解决"), "resolve"),
    ComplaintState.RESOLVED: (QT_TRANSLATE_NOOP("CounterComplaints", "已告知本人"), "notify"),
    ComplaintState.NOTIFIED: (QT_TRANSLATE_NOOP("CounterComplaints", "办结"), "close"),
}
# a complaint's category and state, as shared.domain.complaints words them (CATEGORY_LABELS,
# STATE_LABELS; a test holds them the same), marked here for the clerk's language
CATEGORY_WORDS = {
    ComplaintCategory.NO_POLICY: QT_TRANSLATE_NOOP("CounterComplaints", "政策不明确或无办理依据"),
    ComplaintCategory.MATERIAL_UNOBTAINABLE: QT_TRANSLATE_NOOP("CounterComplaints", "所需材料或证明无法取得"),
    ComplaintCategory.DEPARTMENT_SHIFTING: QT_TRANSLATE_NOOP("CounterComplaints", "部门之间推诿"),
    ComplaintCategory.OVERDUE: QT_TRANSLATE_NOOP("CounterComplaints", "超期未办结"),
    ComplaintCategory.CROSS_REGION: QT_TRANSLATE_NOOP("CounterComplaints", "异地办理难"),
    ComplaintCategory.SYSTEM_FAULT: QT_TRANSLATE_NOOP("CounterComplaints", "系统故障无法办理"),
    ComplaintCategory.HISTORICAL: QT_TRANSLATE_NOOP("CounterComplaints", "历史遗留问题"),
    ComplaintCategory.OTHER: QT_TRANSLATE_NOOP("CounterComplaints", "其他"),
}
STATE_WORDS = {
    ComplaintState.RECEIVED: QT_TRANSLATE_NOOP("CounterComplaints", "已登记"),
    ComplaintState.ASSIGNED: QT_TRANSLATE_NOOP("CounterComplaints", "已交办"),
    ComplaintState.IN_PROGRESS: QT_TRANSLATE_NOOP("CounterComplaints", "办理中"),
    ComplaintState.RESOLVED: QT_TRANSLATE_NOOP("CounterComplaints", "已解决"),
    ComplaintState.NOTIFIED: QT_TRANSLATE_NOOP("CounterComplaints", "已反馈"),
    ComplaintState.CLOSED: QT_TRANSLATE_NOOP("CounterComplaints", "已办结"),
}
# how the person was told: stored as these words (shared.services.complaints.NOTIFY_WAYS, a
# test holds them the same), shown in the clerk's language
NOTIFY_WORDS = (
    QT_TRANSLATE_NOOP("CounterComplaints", "电话"),
    QT_TRANSLATE_NOOP("CounterComplaints", "短信"),
    QT_TRANSLATE_NOOP("CounterComplaints", "当面"),
    QT_TRANSLATE_NOOP("CounterComplaints", "书面"),
)


def category_words(category: ComplaintCategory | str) -> str:
    return translate("CounterComplaints", CATEGORY_WORDS[ComplaintCategory(category)])


def state_words(state: ComplaintState) -> str:
    return translate("CounterComplaints", STATE_WORDS[state])


class ComplaintsViewModel(ViewModel):
    changed = Signal()
    help_changed = Signal()
    recorded = Signal()  # a complaint registered: the form is cleared for the next one
    taken_as_first_ask = Signal()

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.items: list[ComplaintView] = []
        self.selected: ComplaintView | None = None
        self.open_only = True
        self.help: list[HelpRequest] = []
        self._help_timer = QTimer(self)
        self._help_timer.timeout.connect(self.poll_help)

    def reset(self) -> None:
        self.items, self.selected, self.help = [], None, []
        self.changed.emit()
        self.help_changed.emit()

    @staticmethod
    def categories() -> list[tuple[ComplaintCategory, str]]:
        return [(c, category_words(c)) for c in CATEGORY_WORDS]

    @property
    def can_handle(self) -> bool:
        return self.session.can(Permission.HANDLE_COMPLAINT)

    @property
    def can_take_first_ask(self) -> bool:
        return self.session.can(Permission.RECORD_FIRST_ASK)

    # ------------------------------------------------------------------ complaints
    def refresh(self) -> None:
        self.run(
            complaints.list_complaints,
            self.ctx,
            actor=self.session.actor,
            open_only=self.open_only,
            on_done=self._listed,
            key="complaints",
        )

    def _listed(self, items: list[ComplaintView]) -> None:
        self.items = items
        if self.selected is not None:
            self.selected = next((c for c in items if c.complaint_no == self.selected.complaint_no), None)
        self.changed.emit()

    def select(self, complaint_no: str) -> None:
        self.selected = next((c for c in self.items if c.complaint_no == complaint_no), None)
        self.changed.emit()

    def record(
        self,
        *,
        summary: str,
        category: str,
        id_number: str = "",
        name: str = "",
        phone: str = "",
        case_no: str = "",
    ) -> None:
        self.run(
            complaints.record_complaint,
            self.ctx,
            actor=self.session.actor,
            summary=summary,
            category=category,
            id_number=id_number,
            name=name,
            phone=phone,
            case_no=case_no,
            on_done=self._recorded,
            key="complaint-action",
        )

    def _recorded(self, view: ComplaintView) -> None:
        self.say(
            "ok",
            translate("CounterComplaints", "已登记“办不成事”反映 {no}。").format(no=view.complaint_no),
            translate("CounterComplaints", "请告知申请人编号，办理结果会电话或当面告知。"),
        )
        self.recorded.emit()
        self.selected = view
        self.refresh()

    def advance(self, text: str = "", how: str = "电话") -> None:
        """Move the selected complaint one step: ``text`` is the assignee, the resolution or a note."""
        c = self.selected
        if c is None or c.state not in NEXT_STEP:
            return
        step = NEXT_STEP[c.state][1]
        actor, no = self.session.actor, c.complaint_no
        calls = {
            "assign": lambda: complaints.assign_complaint(
                self.ctx, actor=actor, complaint_no=no, assignee=text
            ),
            "work": lambda: complaints.start_complaint_work(
                self.ctx, actor=actor, complaint_no=no, note=text
            ),
            "resolve": lambda: complaints.resolve_complaint(
                self.ctx, actor=actor, complaint_no=no, resolution=text
            ),
            "notify": lambda: complaints.notify_complaint(
                self.ctx, actor=actor, complaint_no=no, how=how, note=text
            ),
            "close": lambda: complaints.close_complaint(self.ctx, actor=actor, complaint_no=no, note=text),
        }
        self.run(calls[step], on_done=self._advanced, key="complaint-action")

    def reopen(self, note: str) -> None:
        c = self.selected
        if c is None:
            return
        self.run(
            complaints.reopen_complaint,
            self.ctx,
            actor=self.session.actor,
            complaint_no=c.complaint_no,
            note=note,
            on_done=self._advanced,
            key="complaint-action",
        )

    def _advanced(self, view: ComplaintView) -> None:
        self.selected = view
        self.say(
            "ok",
            translate("CounterComplaints", "{no}：{state}。").format(
                no=view.complaint_no, state=state_words(view.state)
            ),
        )
        self.refresh()

    def take_as_first_ask(self) -> None:
        """首问负责: the signed-in clerk answers for the selected complaint until handed over."""
        c = self.selected
        if c is None:
            return
        self.run(
            first_asks.take_complaint,
            self.ctx,
            actor=self.session.actor,
            complaint_no=c.complaint_no,
            on_done=self._first_ask_taken,
            key="complaint-action",
        )

    def _first_ask_taken(self, view) -> None:
        self.say(
            "ok",
            translate("CounterComplaints", "已首问接手 {complaint}，登记号 {ask}。").format(
                complaint=view.source_ref, ask=view.ask_no
            ),
            translate("CounterComplaints", "在“首问登记”页移交或办结。"),
        )
        self.taken_as_first_ask.emit()

    # ------------------------------------------------------------------ help requests
    def start_polling(self) -> None:
        if self.session.can(Permission.ACK_HELP):
            self.poll_help()
            self._help_timer.start(int(self.session.options.help_poll_s * 1000))

    def stop_polling(self) -> None:
        self._help_timer.stop()

    def poll_help(self) -> None:
        self.run(
            complaints.open_help_requests,
            self.ctx,
            actor=self.session.actor,
            on_done=self._help,
            key="help-poll",
        )

    def _help(self, requests: list[HelpRequest]) -> None:
        if [r.id for r in requests] != [r.id for r in self.help]:
            self.help = requests
            self.help_changed.emit()

    def acknowledge(self, request_id: str) -> None:
        self.run(
            complaints.acknowledge_help,
            self.ctx,
            actor=self.session.actor,
            request_id=request_id,
            on_done=self._acknowledged,
            on_error=self._ack_failed,
            key="help-ack",
        )

    def _acknowledged(self, request: HelpRequest) -> None:
        self.say(
            "ok",
            translate("CounterComplaints", "已响应{kiosk}的求助，请前往协助。").format(
                kiosk=request.terminal_name
            ),
        )
        self.poll_help()

    def _ack_failed(self, exc: BaseException) -> None:
        self.fail(exc)
        self.poll_help()
