"""My cases and the hall's: countdown, overdue and soon-due first, supplements for 容缺,
出件 of finished cases, 即办件 finished on the spot, search."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from counter_app.case_list import CaseDetail, CaseRow, case_detail, find_cases
from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.cases import ReceiptMethod
from shared.services import cases, results
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
        self.to_issue: list[str] = []

    def reset(self) -> None:
        """Forget everything shown (sign-out: the next person must not see it)."""
        self.rows, self.detail, self.to_issue, self.search_text = [], None, [], ""
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
