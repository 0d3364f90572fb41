"""How much time a case has left, in the working days the law counts (行政许可法 Art. 42, 82).

Shown in the cases list as words and a tone: the tone picks a colour, the words say the
same thing for anyone who cannot tell the colours apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shared.domain.cases import TERMINAL_STATES, CaseState
from shared.domain.errors import CalendarNotCovered
from shared.domain.workdays import WorkingDayCalendar

SOON_WORKING_DAYS = 2  # "即将到期" from two working days before the promised date


@dataclass(frozen=True, slots=True)
class DeadlineStatus:
    text: str
    tone: str  # "danger" | "warn" | "ok" | "" (no running deadline)
    working_days_left: int | None

    @property
    def overdue(self) -> bool:
        return self.tone == "danger"

    @property
    def soon(self) -> bool:
        return self.tone == "warn"


def deadline_status(
    *, state: CaseState, promised: date | None, today: date, calendar: WorkingDayCalendar
) -> DeadlineStatus:
    if state in TERMINAL_STATES:
        return DeadlineStatus("已结束", "", None)
    if promised is None:
        return DeadlineStatus("未受理" if state is CaseState.SUBMITTED else "—", "", None)
    if state is CaseState.SUPPLEMENT_REQUESTED:
        return DeadlineStatus("补正中（计时暂停）", "", None)
    try:
        left = calendar.working_days_between(today, promised)
        unit = "个工作日"
    except CalendarNotCovered:  # past the published holiday calendar: count plain days, say so
        left = (promised - today).days
        unit = "天（日历未发布，按自然日估算）"
    if promised < today:
        return DeadlineStatus(f"超期{-left}{unit}", "danger", left)
    if promised == today:
        return DeadlineStatus("今天到期", "warn", 0)
    if left <= SOON_WORKING_DAYS:
        return DeadlineStatus(f"即将到期：剩{left}{unit}", "warn", left)
    return DeadlineStatus(f"剩{left}{unit}", "ok", left)
