"""My cases and the hall's: countdown, overdue and soon-due first, supplements for 容缺,
出件 of finished cases, 即办件 finished on the spot, search."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.domain.cases import ReceiptMethod
from shared.services import case_clock, cases, licences, results
from shared.services.case_list import CaseDetail, CaseRow, case_detail, find_cases
from shared.services.permissions import Permission
from shared.ui.tasks import TaskRunner


class CasesViewModel(ViewModel):
    rows_changed = Signal()
    detail_changed = Signal()

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.scope = "mine"
        self.show = "open"
        self.search_text = ""
        self.rows: list[CaseRow] = []
        self.detail: CaseDetail | None = None
        self.clock: case_clock.CaseClock | None = None
        self.to_issue: list[str] = []
        self.licence_followups: list[licences.LicenceFollowUp] = []

    def reset(self) -> None:
        """Forget everything shown (sign-out: the next person must not see it)."""
        self.rows, self.detail, self.to_issue, self.search_text = [], None, [], ""
        self.licence_followups = []
        self.clock = None
        self.rows_changed.emit()
        self.detail_changed.emit()

    def set_filter(
        self, *, scope: str | None = None, show: str | None = None, search: str | None = None
    ) -> None:
        if scope is not None:
            self.scope = scope
        if show is not None:
            self.show = show
        if search is not None:
            self.search_text = search
        self.refresh()

    def refresh(self) -> None:
        self.run(
            find_cases,
            self.ctx,
            actor=self.session.actor,
            scope=self.scope,
            show=self.show,
            search=self.search_text,
            on_done=self._listed,
            key="cases",
        )
        if self.session.can(Permission.ISSUE_RESULT):
            self.run(
                results.results_to_issue,
                self.ctx,
                actor=self.session.actor,
                on_done=self._to_issue,
                key="issue-list",
            )

        self.run(
            licences.open_followups, self.ctx, actor=self.session.actor, on_done=self._followups, key="followups"
        )

    def _followups(self, found: list[licences.LicenceFollowUp]) -> None:
        self.licence_followups = found
        self.rows_changed.emit()
        self.detail_changed.emit()

    def handle_followup(self) -> None:
        """The clerk has dealt with the refused check of the open case (called the applicant)."""
        if self.detail is None:
            return
        case_no = self.detail.row.case_no
        for f in [f for f in self.licence_followups if f.case_no == case_no]:
            self.run(
                licences.mark_handled, self.ctx, actor=self.session.actor, check_id=f.check_id,
                note="窗口已通知申请人补交", on_done=lambda _r: self.refresh(),
            )  # fmt: skip

    def _listed(self, rows: list[CaseRow]) -> None:
        self.rows = rows
        self.rows_changed.emit()

    def _to_issue(self, stored) -> None:
        self.to_issue = [s.case_no for s in stored]
        self.rows_changed.emit()

    def open(self, case_no: str) -> None:
        self.run(
            case_detail,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            on_done=self._opened,
            key="case-detail",
        )
        self.run(case_clock.case_clock, self.ctx, case_no=case_no, on_done=self._clocked, key="case-clock")

    def _clocked(self, clock: case_clock.CaseClock) -> None:
        self.clock = clock
        self.detail_changed.emit()

    # ------------------------------------------------------------------ the clock (补正, 特别程序)
    def receive_supplement(self) -> None:
        """The applicant brought what the 补正告知 asked for (on paper, as the guide asks)."""
        if self.detail is None:
            return
        case_no = self.detail.row.case_no

        def receive(ctx, *, actor, case_no):
            receipts = case_clock.supplement_receipts(ctx, case_no=case_no)
            return case_clock.receive_supplement(ctx, actor=actor, case_no=case_no, materials=receipts)

        self.run(
            receive,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            on_done=self._after(f"办件 {case_no} 补正材料已收齐。", "已受理或恢复审查，承诺日期已顺延。"),
            key="case-action",
        )

    def start_special(self, procedure: str) -> None:
        if self.detail is None:
            return
        case_no = self.detail.row.case_no
        self.run(
            case_clock.start_special_procedure,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            procedure=procedure,
            on_done=self._after(f"{procedure}已开始，计时暂停。", "请书面告知申请人（行政许可法第45条）。"),
            key="case-action",
        )

    def end_special(self) -> None:
        if self.detail is None:
            return
        case_no = self.detail.row.case_no
        self.run(
            case_clock.end_special_procedure,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            on_done=self._after("特别程序已结束，恢复计时。", "承诺日期按实际暂停的工作日顺延。"),
            key="case-action",
        )

    def _opened(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.detail_changed.emit()

    def _after(self, text: str, hint: str = ""):
        def done(_result) -> None:
            self.say("ok", text, hint)
            if self.detail is not None:
                self.open(self.detail.row.case_no)
            self.refresh()

        return done

    def supply(self, material_code: str, method: ReceiptMethod, reference: str = "") -> None:
        if self.detail is None:
            return
        case_no = self.detail.row.case_no
        self.run(
            cases.supply_deferred,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            material_code=material_code,
            method=method,
            reference=reference,
            on_done=self._after(f"已登记办件 {case_no} 的补交材料。", "已通知审批部门。"),
            key="case-action",
        )

    def issue_result(self, tracking_no: str = "") -> None:
        if self.detail is None:
            return
        case_no = self.detail.row.case_no
        self.run(
            results.issue_result,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            tracking_no=tracking_no,
            on_done=self._after(f"办件 {case_no} 已出件。"),
            key="case-action",
        )

    def finish_on_the_spot(self) -> None:
        if self.detail is None:
            return
        case_no = self.detail.row.case_no
        self.run(
            cases.finish_on_the_spot,
            self.ctx,
            actor=self.session.actor,
            case_no=case_no,
            on_done=self._after(f"即办件 {case_no} 已当场办结。"),
            key="case-action",
        )
