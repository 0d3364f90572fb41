"""My cases and the hall's: countdown, overdue and soon-due first, supplements for 容缺,
出件 of finished cases, 即办件 finished on the spot, search."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.domain.cases import CaseState, ReceiptMethod
from shared.services import case_clock, cases, licences, results
from shared.services.case_list import CaseDetail, CaseRow, case_detail, find_cases
from shared.services.permissions import Permission
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# the list's filters, a case's state and how a material came, as shared.services.case_list
# (FILTER_LABELS) and shared.domain.cases (STATE_LABELS, RECEIPT_LABELS) word them (a test holds
# them the same), marked here for the clerk's language
FILTER_WORDS = {
    "open": QT_TRANSLATE_NOOP("CounterCases", "未办结"),
    "overdue": QT_TRANSLATE_NOOP("CounterCases", "已超期"),
    "soon": QT_TRANSLATE_NOOP("CounterCases", "即将到期"),
    "owed": QT_TRANSLATE_NOOP("CounterCases", "容缺待补"),
    "all": QT_TRANSLATE_NOOP("CounterCases", "全部"),
}
STATE_WORDS = {
    CaseState.SUBMITTED: QT_TRANSLATE_NOOP("CounterCases", "已提交"),
    CaseState.ACCEPTED: QT_TRANSLATE_NOOP("CounterCases", "已受理"),
    CaseState.IN_REVIEW: QT_TRANSLATE_NOOP("CounterCases", "审查中"),
    CaseState.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("CounterCases", "待补正"),
    CaseState.COMPLETED: QT_TRANSLATE_NOOP("CounterCases", "已办结"),
    CaseState.REJECTED: QT_TRANSLATE_NOOP("CounterCases", "不予批准"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("CounterCases", "不予受理"),
    CaseState.WITHDRAWN: QT_TRANSLATE_NOOP("CounterCases", "已撤回"),
}
RECEIPT_WORDS = {
    ReceiptMethod.PAPER_ORIGINAL: QT_TRANSLATE_NOOP("CounterCases", "纸质原件"),
    ReceiptMethod.PAPER_COPY: QT_TRANSLATE_NOOP("CounterCases", "纸质复印件"),
    ReceiptMethod.E_LICENCE: QT_TRANSLATE_NOOP("CounterCases", "电子证照"),
    ReceiptMethod.DATA_SHARING: QT_TRANSLATE_NOOP("CounterCases", "数据共享"),
    ReceiptMethod.REUSED: QT_TRANSLATE_NOOP("CounterCases", "材料复用"),
    ReceiptMethod.COMMITMENT: QT_TRANSLATE_NOOP("CounterCases", "告知承诺"),
    ReceiptMethod.DEFERRED: QT_TRANSLATE_NOOP("CounterCases", "容缺后补"),
    ReceiptMethod.CARD_READ: QT_TRANSLATE_NOOP("CounterCases", "读卡核验"),
}
# the countdown as shared.domain.deadlines and shared.services.case_clock word it (a test holds
# every form the same in Chinese); what is not one of these forms shows as the service wrote it
_DEADLINE_FIXED = {
    "已结束": QT_TRANSLATE_NOOP("CounterCases", "已结束"),
    "未受理": QT_TRANSLATE_NOOP("CounterCases", "未受理"),
    "补正中（计时暂停）": QT_TRANSLATE_NOOP("CounterCases", "补正中（计时暂停）"),
    "今天到期": QT_TRANSLATE_NOOP("CounterCases", "今天到期"),
}
_DEADLINE_COUNT = re.compile(r"^(超期|即将到期：剩|剩)(-?\d+)(个工作日|天（日历未发布，按自然日估算）)$")
_PAUSED = re.compile(r"^(.+)中（计时暂停）$")


def filter_words(key: str) -> str:
    return translate("CounterCases", FILTER_WORDS[key])


def state_words(state: CaseState) -> str:
    return translate("CounterCases", STATE_WORDS[state])


def receipt_words(method: str) -> str:
    """How a material came (its stored method), in the clerk's words; an unknown one as stored."""
    try:
        return translate("CounterCases", RECEIPT_WORDS[ReceiptMethod(method)])
    except ValueError:
        return method


def deadline_words(text: str) -> str:
    """The countdown the service worded (剩3个工作日, 超期2个工作日, 补正中（计时暂停）…) in the
    clerk's words."""
    if text in _DEADLINE_FIXED:
        return translate("CounterCases", _DEADLINE_FIXED[text])
    if m := _DEADLINE_COUNT.match(text):
        lead, n, unit = m.groups()
        working = unit == "个工作日"
        if lead == "超期":
            if working:
                return translate("CounterCases", "超期{n}个工作日").format(n=n)
            return translate("CounterCases", "超期{n}天（日历未发布，按自然日估算）").format(n=n)
        if lead == "即将到期：剩":
            if working:
                return translate("CounterCases", "即将到期：剩{n}个工作日").format(n=n)
            return translate("CounterCases", "即将到期：剩{n}天（日历未发布，按自然日估算）").format(n=n)
        if working:
            return translate("CounterCases", "剩{n}个工作日").format(n=n)
        return translate("CounterCases", "剩{n}天（日历未发布，按自然日估算）").format(n=n)
    if m := _PAUSED.match(text):  # a 特别程序 by its published name (the catalogue's)
        return translate("CounterCases", "{name}中（计时暂停）").format(name=m.group(1))
    return text


def pause_name(kind: str, name: str) -> str:
    """A pause of the clock: 补正 in the clerk's words; a 特别程序 by its published name."""
    return translate("CounterCases", "补正") if kind == "supplement" and name == "补正" else name


def clock_lines(clock: case_clock.CaseClock) -> list[str]:
    """The clock in words for the case detail, as CaseClock.lines() words it in Chinese (a test
    holds the two the same)."""
    first = translate("CounterCases", "计时：{status}").format(status=deadline_words(clock.status_text))
    if clock.promised_date:
        promised = f"{clock.promised_date:%Y-%m-%d}"
        if clock.provisional:
            first += translate("CounterCases", "（承诺{date}办结，预计）").format(date=promised)
        else:
            first += translate("CounterCases", "（承诺{date}办结）").format(date=promised)
    out = [first]
    for p in clock.paused:
        end = p.last_day or p.expected_last_day
        if end and end >= p.first_day:
            span = translate("CounterCases", "{first}至{last}").format(
                first=f"{p.first_day:%m-%d}", last=f"{end:%m-%d}"
            )
        else:
            span = translate("CounterCases", "{first}起").format(first=f"{p.first_day:%m-%d}")
        if p.last_day is None:
            state = translate("CounterCases", "进行中")
        else:
            state = translate("CounterCases", "{n}个工作日不计入").format(n=p.working_days)
        out.append(
            translate("CounterCases", "暂停计时：{name} {span}（{state}）").format(
                name=pause_name(p.kind, p.name), span=span, state=state
            )
        )
    return out


# the case detail's lines shared.services.case_list composes (delivery, 通办, the agent and the
# 流转单): their fixed words in the clerk's language, names and numbers as written (a test holds
# each the same in Chinese); a line of another form shows as the service wrote it
DELIVERY_WORDS = {
    "窗口领取": QT_TRANSLATE_NOOP("CounterCases", "窗口领取"),
    "免费邮寄": QT_TRANSLATE_NOOP("CounterCases", "免费邮寄"),
    "电子送达": QT_TRANSLATE_NOOP("CounterCases", "电子送达"),
}
CROSS_WORDS = {
    "省内通办": QT_TRANSLATE_NOOP("CounterCases", "省内通办"),
    "跨省通办": QT_TRANSLATE_NOOP("CounterCases", "跨省通办"),
}
AGENCY_WORDS = {
    "委托代办": QT_TRANSLATE_NOOP("CounterCases", "委托代办"),
    "免费代办": QT_TRANSLATE_NOOP("CounterCases", "免费代办"),
}
_TRACKING = re.compile(r"^（邮件号 (.+)）$")
_HANDLED_AT = re.compile(r"^，承办地 (.+)（(\w+)）$")
_AGENT = re.compile(r"^(.*)（(委托代办|免费代办)，(.*)）$")
_TRANSFER_LINE = re.compile(r"^(\S+)：(在途|已签收)，(已到|现在)(.*)$")
_TRANSFER_STATES = {
    "在途": QT_TRANSLATE_NOOP("CounterCases", "在途"),
    "已签收": QT_TRANSLATE_NOOP("CounterCases", "已签收"),
}


def _split_fixed(text: str, words: dict[str, str]) -> tuple[str, str] | None:
    for word in words:
        if text.startswith(word):
            return word, text[len(word) :]
    return None


def delivery_words(text: str) -> str:
    """窗口领取 / 免费邮寄（邮件号 …） / 电子送达, as case_detail words it."""
    found = _split_fixed(text, DELIVERY_WORDS)
    if found is None:
        return text
    word, rest = found
    how = translate("CounterCases", DELIVERY_WORDS[word])
    if not rest:
        return how
    if m := _TRACKING.match(rest):
        return translate("CounterCases", "{how}（邮件号 {tracking}）").format(how=how, tracking=m.group(1))
    return text


def cross_words(text: str) -> str:
    """省内通办 / 跨省通办, and where it is handled (the region's name is the register's)."""
    found = _split_fixed(text, CROSS_WORDS)
    if found is None:
        return text
    word, rest = found
    how = translate("CounterCases", CROSS_WORDS[word])
    if not rest:
        return how
    if m := _HANDLED_AT.match(rest):
        return translate("CounterCases", "{how}，承办地 {region}（{code}）").format(
            how=how, region=m.group(1), code=m.group(2)
        )
    return text


def agent_words(text: str) -> str:
    """The agent (masked), how and at which service point (the catalogue's name)."""
    m = _AGENT.match(text)
    if m is None:
        return text
    return translate("CounterCases", "{agent}（{how}，{where}）").format(
        agent=m.group(1), how=translate("CounterCases", AGENCY_WORDS[m.group(2)]), where=m.group(3)
    )


def transfer_line_words(text: str) -> str:
    """A 流转单 of the case: its number, its state and where the bundle is (the point's name)."""
    m = _TRANSFER_LINE.match(text)
    if m is None:
        return text
    number, state, arrived, where = m.groups()
    state = translate("CounterCases", _TRANSFER_STATES[state])
    if arrived == "已到":
        return translate("CounterCases", "{transfer}：{state}，已到{place}").format(
            transfer=number, state=state, place=where
        )
    return translate("CounterCases", "{transfer}：{state}，现在{place}").format(
        transfer=number, state=state, place=where
    )


def followup_line(f: licences.LicenceFollowUp) -> str:
    """A refused check to follow up, as LicenceFollowUp.line words it in Chinese (a test holds the
    two the same); the material's name and the platform's reason are theirs."""
    if f.kind == licences.E_LICENCE:
        text = translate(
            "CounterCases",
            "办件 {case_no}：{material}电子证照核验未通过，{reason}。请联系申请人补交纸质材料。",
        )
    else:
        text = translate(
            "CounterCases", "办件 {case_no}：{material}共享数据未调取到，{reason}。请联系申请人补交纸质材料。"
        )
    return text.format(case_no=f.case_no, material=f.material_name, reason=f.reason)


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
            licences.open_followups,
            self.ctx,
            actor=self.session.actor,
            on_done=self._followups,
            key="followups",
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
            on_done=self._after(
                translate("CounterCases", "办件 {case_no} 补正材料已收齐。").format(case_no=case_no),
                translate("CounterCases", "已受理或恢复审查，承诺日期已顺延。"),
            ),
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
            on_done=self._after(
                translate("CounterCases", "{procedure}已开始，计时暂停。").format(procedure=procedure),
                translate("CounterCases", "请书面告知申请人（行政许可法第45条）。"),
            ),
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
            on_done=self._after(
                translate("CounterCases", "特别程序已结束，恢复计时。"),
                translate("CounterCases", "承诺日期按实际暂停的工作日顺延。"),
            ),
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
            on_done=self._after(
                translate("CounterCases", "已登记办件 {case_no} 的补交材料。").format(case_no=case_no),
                translate("CounterCases", "已通知审批部门。"),
            ),
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
            on_done=self._after(translate("CounterCases", "办件 {case_no} 已出件。").format(case_no=case_no)),
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
            on_done=self._after(
                translate("CounterCases", "即办件 {case_no} 已当场办结。").format(case_no=case_no)
            ),
            key="case-action",
        )
