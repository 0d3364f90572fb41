"""首问负责: whoever is first asked owns the matter until it is handed over or closed.

A 咨询登记 records what a resident asked at a window, what a kiosk's 呼叫帮办 turned out to
be, or a complaint a clerk took in hand. The clerk who recorded it stays responsible (its
*owner*); a hand-over names the next owner and is written down, so at any moment exactly
one member of staff answers for every open matter, and the manager sees how long each one
has been open (云政发〔2022〕41号: 首问负责、一次性告知、限时办结).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from enum import StrEnum

from shared.domain.errors import ValidationError
from shared.domain.regions import validate_region_code
from shared.domain.words import words


class FirstAskKind(StrEnum):
    QUESTION = "question"  # 窗口咨询: a question at the window
    HELP = "help"  # 自助机呼叫帮办, taken by a member of staff
    COMPLAINT = "complaint"  # a 办不成事 complaint taken in hand


KIND_LABELS: dict[FirstAskKind, str] = {
    FirstAskKind.QUESTION: "窗口咨询",
    FirstAskKind.HELP: "自助机求助",
    FirstAskKind.COMPLAINT: "办不成事反映",
}


class FirstAskState(StrEnum):
    OPEN = "open"  # 办理中 (its owner answers for it)
    CLOSED = "closed"  # 已办结


STATE_LABELS: dict[FirstAskState, str] = {
    FirstAskState.OPEN: "首问负责中",
    FirstAskState.CLOSED: "已办结",
}

SUMMARY_MAX = 2000
NOTE_MAX = 1000
# an open matter older than this is flagged on the manager's list (限时办结: a question at
# the window is answered the same day, or handed on with a written note)
STALE_AFTER = timedelta(hours=24)

_ASK_NO = re.compile(r"SW\d{6}\d{8}\d{4}")


def make_ask_no(*, region_code: str, day: date, seq: int) -> str:
    """``SW`` + region(6) + yyyymmdd + daily sequence(4), e.g. SW532822202611170001."""
    region = validate_region_code(region_code)
    if not 1 <= seq <= 9999:
        raise ValidationError(words("日序号须为1-9999，现为{seq}。", seq=seq), hint="同一天同一区划的咨询登记最多9999条。")
    return f"SW{region}{day:%Y%m%d}{seq:04d}"


def is_valid_ask_no(text: str) -> bool:
    if not _ASK_NO.fullmatch(text):
        return False
    try:
        date(int(text[8:12]), int(text[12:14]), int(text[14:16]))
    except ValueError:
        return False
    return True


def clean_summary(text: str) -> str:
    """What was asked, required and bounded."""
    value = (text or "").strip()
    if not value:
        raise ValidationError("请写明群众咨询或反映的事项。", hint="一句话记下想办什么、卡在哪里。")
    if len(value) > SUMMARY_MAX:
        raise ValidationError(
            words("事项描述过长（{n_value}字）。", n_value=len(value)), hint=words("请精简到{summary_max}字以内，详细材料另附。", summary_max=SUMMARY_MAX)
        )
    return value


def clean_note(text: str, *, what: str, hint: str) -> str:
    value = (text or "").strip()
    if not value:
        raise ValidationError(words("请填写{what}。", what=what), hint=hint)
    if len(value) > NOTE_MAX:
        raise ValidationError(words("{what}过长（{n_value}字）。", what=what, n_value=len(value)), hint=words("请精简到{note_max}字以内。", note_max=NOTE_MAX))
    return value


def age_of(opened_at: datetime, now: datetime) -> timedelta:
    """How long the matter has been open (never negative: a clock set back reads as 0)."""
    return max(now - opened_at, timedelta(0))


def age_label(age: timedelta) -> str:
    """Age in words the manager reads at a glance: 35分钟, 2小时10分, 3天4小时."""
    minutes = int(age.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days}天{hours}小时" if hours else f"{days}天"
    if hours:
        return f"{hours}小时{mins}分" if mins else f"{hours}小时"
    return f"{mins}分钟"
