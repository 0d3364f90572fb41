"""办件查询: scan the receipt's QR, type the case number on the keypad (its check digit is
checked here, before anything is looked up), or tap the ID card to list the person's
cases. Shows status, what happens next, the promised date and what is missing; personal
data masked (the service returns it masked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from devices.idcard import IdCardData
from kiosk_app.viewmodels.base import ScreenViewModel, paged
from shared.domain.cases import CaseState, format_case_no, is_valid_case_no
from shared.services.cases import CaseProgress
from shared.ui.widgets.keypad import apply_key

if TYPE_CHECKING:
    from shared.domain.payloads import Payload

CASE_NO_LENGTH = 20
STEPS = ("收件", "受理", "审查", "办结")


def case_steps(state: CaseState, *, accepted: bool) -> list[tuple[str, str]]:
    """收件 → 受理 → 审查 → 办结, each ``done``, ``now`` (where the case is), ``todo`` or
    ``stopped`` (where a case ended without a licence: 不予受理, 不予批准, 撤回)."""
    done_until, now, stopped = {
        CaseState.SUBMITTED: (1, 1, False),
        CaseState.ACCEPTED: (2, 2, False),
        CaseState.IN_REVIEW: (2, 2, False),
        # 补正 before acceptance waits at 受理, after it at 审查
        CaseState.SUPPLEMENT_REQUESTED: ((2, 2, False) if accepted else (1, 1, False)),
        CaseState.COMPLETED: (4, -1, False),
        CaseState.REJECTED: (3, 3, True),
        CaseState.NOT_ACCEPTED: (1, 1, True),
        CaseState.WITHDRAWN: ((2, 2, True) if accepted else (1, 1, True)),
    }[state]
    out = []
    for i, words in enumerate(STEPS):
        if i < done_until:
            out.append((words, "done"))
        elif i == now:
            out.append((words, "stopped" if stopped else "now"))
        else:
            out.append((words, "todo"))
    return out


class CaseQueryViewModel(ScreenViewModel):
    screen = "cases"
    title = "办件查询"

    def __init__(self, root) -> None:
        super().__init__(root)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.step = "input"  # input | list | detail
        self.number = ""
        self.number_problem = ""
        self.cases: list[CaseProgress] = []
        self.progress: CaseProgress | None = None
        self.page = 0
        self.from_card = False

    @property
    def holds_personal_data(self) -> bool:
        return bool(self.cases or self.progress or self.number)

    def enter(self) -> None:
        if self.step != "input":
            self.reset()

    # ---------------------------------------------------------------- the keypad
    def key(self, key: str) -> None:
        self.number = apply_key(self.number, key, max_length=CASE_NO_LENGTH)
        self.number_problem = ""
        self.clear_error()
        self.changed()

    def submit_number(self) -> None:
        number = self.number
        if len(number) != CASE_NO_LENGTH:
            self.number_problem = f"办件编号是20位数字，您输入了{len(number)}位，请核对受理凭证"
        elif not is_valid_case_no(number):
            # the last digit is a check digit: one mistyped digit is caught here
            self.number_problem = "这个办件编号有一位不对，请对照受理凭证再核对一遍"
        else:
            self.number_problem = ""
            self._load(number)
            return
        self.changed()

    def _load(self, case_no: str) -> None:
        self.run(lambda: self.backend.cases.progress(case_no), self._got_one)

    def _got_one(self, progress: CaseProgress) -> None:
        self.progress = progress
        self.from_card = False
        self.step = "detail"
        self.changed()

    # ---------------------------------------------------------------- card and scanner
    def on_card(self, card: IdCardData) -> bool:
        self.run(lambda: self.backend.cases.of_person(card), self._got_list)
        return True

    def _got_list(self, cases: list[CaseProgress]) -> None:
        self.cases = cases
        self.page = 0
        self.step = "list"
        self.changed()

    def on_scan(self, payload: Payload) -> bool:
        from shared.domain.payloads import CaseRef, EvaluationRef

        value = payload.value
        if isinstance(value, CaseRef):
            self._load(value.case_no)
            return True
        if isinstance(value, EvaluationRef) and value.kind == "case":
            self._load(value.no)
            return True
        if payload.kind == "unknown" and payload.problem:
            self.error, self.hint = payload.problem, "请把受理凭证上的二维码对准扫码口，或输入办件编号。"
            self.changed()
            return True
        return False

    # ---------------------------------------------------------------- list and detail
    def visible_cases(self) -> list[CaseProgress]:
        shown, self.page, _ = paged(self.cases, self.page, self.page_size)
        return shown

    def pages(self) -> int:
        return paged(self.cases, self.page, self.page_size)[2]

    def turn_page(self, delta: int) -> None:
        self.page += delta
        self.changed()

    def open_case(self, case_no: str) -> None:
        self.progress = next((c for c in self.cases if c.case_no == case_no), None)
        self.from_card = True
        self.step = "detail" if self.progress else "list"
        self.changed()

    def back(self) -> None:
        if self.step == "detail" and self.from_card:
            self.step = "list"
            self.progress = None
        else:
            self.reset()
        self.changed()

    def steps(self) -> list[tuple[str, str]]:
        p = self.progress
        if p is None:
            return []
        return case_steps(p.state, accepted=p.accepted_at is not None)

    def steps_speech(self) -> str:
        done = [w for w, s in self.steps() if s == "done"]
        now = [w for w, s in self.steps() if s in ("now", "stopped")]
        said = ("已经完成：" + "、".join(done) + "。") if done else ""
        return said + (f"现在在{now[0]}这一步。" if now else "")

    def detail_lines(self) -> list[tuple[str, str]]:
        p = self.progress
        if p is None:
            return []
        lines = [
            ("办件编号", format_case_no(p.case_no)),
            ("事项", p.item_name),
            ("申请人", f"{p.applicant}（{p.applicant_id}）"),
            ("当前状态", p.state_label),
            ("下一步", p.next_step),
        ]
        if p.promised_date is not None:
            note = "（节假日安排公布后可能调整）" if p.deadline_provisional else ""
            lines.append(
                (
                    "承诺办结",
                    f"{p.promised_date.year}年{p.promised_date.month}月{p.promised_date.day}日前{note}",
                )
            )
        if p.missing:
            lines.append(("还缺", "；".join(p.missing)))
        return lines

    def speech(self) -> str:
        if self.step == "detail":
            lines = "。".join(f"{k}：{v}" for k, v in self.detail_lines() if k != "办件编号") + "。"
            return self.steps_speech() + lines
        if self.step == "list":
            if not self.cases:
                return "没有查到您的办件。"
            return (
                f"查到{len(self.cases)}件办件。"
                + "。".join(f"{c.item_name}，{c.state_label}" for c in self.visible_cases())
                + "。"
            )
        return "请扫描受理凭证上的二维码，或在下面输入20位办件编号，也可以刷身份证查看您的全部办件。"
