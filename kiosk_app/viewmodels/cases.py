"""办件查询: scan the receipt's QR, type the case number on the keypad (its check digit is
checked here, before anything is looked up), or tap the ID card to list the person's
cases. Shows status, what happens next, the promised date and what is missing; personal
data masked (the service returns it masked)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from devices.idcard import IdCardData
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel, paged
from kiosk_app.words import MONTHS
from shared.domain.cases import STATE_LABELS, CaseState, format_case_no, is_valid_case_no
from shared.services.cases import CaseProgress
from shared.ui.widgets.keypad import apply_key

if TYPE_CHECKING:
    from shared.domain.payloads import Payload

CASE_NO_LENGTH = 20
STEPS = (
    QT_TRANSLATE_NOOP("KioskCases", "收件"),
    QT_TRANSLATE_NOOP("KioskCases", "受理"),
    QT_TRANSLATE_NOOP("KioskCases", "审查"),
    QT_TRANSLATE_NOOP("KioskCases", "办结"),
)
# a case's state and what happens next, as shared.domain.cases words them (STATE_LABELS,
# NEXT_STEP; a test holds the two the same), marked here for the kiosk's language
STATE_WORDS = {
    CaseState.SUBMITTED: QT_TRANSLATE_NOOP("KioskCases", "已提交"),
    CaseState.ACCEPTED: QT_TRANSLATE_NOOP("KioskCases", "已受理"),
    CaseState.IN_REVIEW: QT_TRANSLATE_NOOP("KioskCases", "审查中"),
    CaseState.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("KioskCases", "待补正"),
    CaseState.COMPLETED: QT_TRANSLATE_NOOP("KioskCases", "已办结"),
    CaseState.REJECTED: QT_TRANSLATE_NOOP("KioskCases", "不予批准"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("KioskCases", "不予受理"),
    CaseState.WITHDRAWN: QT_TRANSLATE_NOOP("KioskCases", "已撤回"),
}
NEXT_STEP_WORDS = {
    CaseState.SUBMITTED: QT_TRANSLATE_NOOP("KioskCases", "请到综合窗口核验材料后正式受理"),
    CaseState.ACCEPTED: QT_TRANSLATE_NOOP("KioskCases", "材料已收齐，正在转交审批"),
    CaseState.IN_REVIEW: QT_TRANSLATE_NOOP("KioskCases", "审批部门正在审查，请留意短信通知"),
    CaseState.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("KioskCases", "请按补正告知书一次补齐材料后到窗口提交"),
    CaseState.COMPLETED: QT_TRANSLATE_NOOP("KioskCases", "已办结，请按约定方式领取结果"),
    CaseState.REJECTED: QT_TRANSLATE_NOOP("KioskCases", "未获批准，理由见决定书，可依法申请复议"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "KioskCases", "不予受理，理由、有权办理的机关和救济途径见不予受理通知书"
    ),
    CaseState.WITHDRAWN: QT_TRANSLATE_NOOP("KioskCases", "申请已撤回"),
}
_STATE_OF_LABEL = {label: state for state, label in STATE_LABELS.items()}


def state_words(state: CaseState) -> str:
    return translate("KioskCases", STATE_WORDS[state])


def history_state(label: str) -> str:
    """A state of the case's history (the service gives its Chinese label) in the kiosk's words."""
    state = _STATE_OF_LABEL.get(label)
    return state_words(state) if state is not None else label


def long_date(day: date) -> str:
    """2026年11月17日 / 17 November 2026."""
    return translate("KioskCases", "{year}年{month}{day}日").format(
        year=day.year, month=translate("KioskHours", MONTHS[day.month - 1]), day=day.day
    )


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
    for i, step in enumerate(STEPS):
        words = translate("KioskCases", step)
        if i < done_until:
            out.append((words, "done"))
        elif i == now:
            out.append((words, "stopped" if stopped else "now"))
        else:
            out.append((words, "todo"))
    return out


class CaseQueryViewModel(ScreenViewModel):
    screen = "cases"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskCases", "办件查询")

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
            self.number_problem = translate(
                "KioskCases", "办件编号是20位数字，您输入了{n}位，请核对受理凭证"
            ).format(n=len(number))
        elif not is_valid_case_no(number):
            # the last digit is a check digit: one mistyped digit is caught here
            self.number_problem = translate("KioskCases", "这个办件编号有一位不对，请对照受理凭证再核对一遍")
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
            self.error = payload.problem
            self.hint = translate("KioskCases", "请把受理凭证上的二维码对准扫码口，或输入办件编号。")
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
        said = (
            translate("KioskCases", "已经完成：{steps}。").format(steps=translate("KioskCommon", "、").join(done))
            if done
            else ""
        )
        return said + (translate("KioskCases", "现在在{step}这一步。").format(step=now[0]) if now else "")

    def detail_lines(self) -> list[tuple[str, str]]:
        p = self.progress
        if p is None:
            return []
        lines = [
            (translate("KioskCases", "办件编号"), format_case_no(p.case_no)),
            (translate("KioskCases", "事项"), p.item_name),
            (
                translate("KioskCases", "申请人"),
                translate("KioskCases", "{name}（{id}）").format(name=p.applicant, id=p.applicant_id),
            ),
            (translate("KioskCases", "当前状态"), state_words(p.state)),
            (translate("KioskCases", "下一步"), translate("KioskCases", NEXT_STEP_WORDS[p.state])),
        ]
        if p.promised_date is not None:
            note = translate("KioskCases", "（节假日安排公布后可能调整）") if p.deadline_provisional else ""
            lines.append(
                (
                    translate("KioskCases", "承诺办结"),
                    translate("KioskCases", "{date}前{note}").format(date=long_date(p.promised_date), note=note),
                )
            )
        if p.missing:
            lines.append((translate("KioskCases", "还缺"), translate("KioskCases", "；").join(p.missing)))
        return lines

    def speech(self) -> str:
        if self.step == "detail":
            number = translate("KioskCases", "办件编号")
            lines = "".join(
                translate("KioskCases", "{key}：{value}。").format(key=k, value=v)
                for k, v in self.detail_lines()
                if k != number
            )
            return self.steps_speech() + lines
        if self.step == "list":
            if not self.cases:
                return translate("KioskCases", "没有查到您的办件。")
            return translate("KioskCases", "查到{n}件办件。").format(n=len(self.cases)) + "".join(
                translate("KioskCases", "{item}，{state}。").format(item=c.item_name, state=state_words(c.state))
                for c in self.visible_cases()
            )
        return translate(
            "KioskCases", "请扫描受理凭证上的二维码，或在下面输入20位办件编号，也可以刷身份证查看您的全部办件。"
        )
