"""Words about the hall that more than one screen shows to residents, in their language
(issue 16, point 7; docs/translations.md): the hall's hours and dates (the kiosk's status
line, the hall board's 暂停服务 sentence) and the names of the default ticket categories.

Qt-free: each function takes the screen's lookup, ``translate(context, text)`` (the kiosk's
:func:`kiosk_app.language.translate`, the board's ``QCoreApplication.translate``), so a kiosk
view-model imports no Qt for its words. The contexts are named for the kiosk, where these
sentences were first translated (``KioskHours``, ``KioskCategory``); the board looks up the
same messages, so a translator words each once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from shared.domain.hall_hours import Closure, DayKindOfHall, HoursStatus

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context``; translated where it is shown."""
    return text


# the ticket categories' names are the hall's settings (shared.domain): the defaults are marked
# here, so a translation shows them in the screen's language; a name the hall configured itself
# has no translation and shows as configured
CATEGORY_NAMES = (
    QT_TRANSLATE_NOOP("KioskCategory", "综合业务"),
    QT_TRANSLATE_NOOP("KioskCategory", "社保医保"),
    QT_TRANSLATE_NOOP("KioskCategory", "民政残联"),
    QT_TRANSLATE_NOOP("KioskCategory", "户籍办理"),
    QT_TRANSLATE_NOOP("KioskCategory", "企业开办"),
    QT_TRANSLATE_NOOP("KioskCategory", "不动产登记"),
    QT_TRANSLATE_NOOP("KioskCategory", "跨省通办"),
    QT_TRANSLATE_NOOP("KioskCategory", "帮办代办"),
    QT_TRANSLATE_NOOP("KioskCategory", "婚姻登记"),
)


def category_name(name: str, translate: Translator) -> str:
    """A ticket category's name in the screen's language (as configured when untranslated)."""
    return translate("KioskCategory", name) if name in CATEGORY_NAMES else name


# the same sentences as HoursStatus.describe() and describe_day() (shared.domain.hall_hours),
# which the counter shows in Chinese, worded here for the resident's language
WEEKDAYS = (
    QT_TRANSLATE_NOOP("KioskHours", "星期一"),
    QT_TRANSLATE_NOOP("KioskHours", "星期二"),
    QT_TRANSLATE_NOOP("KioskHours", "星期三"),
    QT_TRANSLATE_NOOP("KioskHours", "星期四"),
    QT_TRANSLATE_NOOP("KioskHours", "星期五"),
    QT_TRANSLATE_NOOP("KioskHours", "星期六"),
    QT_TRANSLATE_NOOP("KioskHours", "星期日"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("KioskHours", "1月"),
    QT_TRANSLATE_NOOP("KioskHours", "2月"),
    QT_TRANSLATE_NOOP("KioskHours", "3月"),
    QT_TRANSLATE_NOOP("KioskHours", "4月"),
    QT_TRANSLATE_NOOP("KioskHours", "5月"),
    QT_TRANSLATE_NOOP("KioskHours", "6月"),
    QT_TRANSLATE_NOOP("KioskHours", "7月"),
    QT_TRANSLATE_NOOP("KioskHours", "8月"),
    QT_TRANSLATE_NOOP("KioskHours", "9月"),
    QT_TRANSLATE_NOOP("KioskHours", "10月"),
    QT_TRANSLATE_NOOP("KioskHours", "11月"),
    QT_TRANSLATE_NOOP("KioskHours", "12月"),
)


def month_day(when: date | datetime, translate: Translator) -> str:
    """7月1日 / 1 July."""
    return translate("KioskHours", "{month}{day}日").format(
        month=translate("KioskHours", MONTHS[when.month - 1]), day=when.day
    )


def describe_day(when: date | datetime, translate: Translator) -> str:
    """7月1日（星期一） / Monday 1 July."""
    return translate("KioskHours", "{date}（{weekday}）").format(
        date=month_day(when, translate), weekday=translate("KioskHours", WEEKDAYS[when.weekday()])
    )


def closure_scope(closure: Closure, translate: Translator) -> str:
    if closure.window_no is not None:
        return translate("KioskHours", "{window}号窗口").format(window=closure.window_no)
    if closure.category is not None:
        return translate("KioskHours", "{category}类业务").format(category=closure.category)
    return translate("KioskHours", "全厅")


def describe_hours(s: HoursStatus, translate: Translator) -> str:
    """Where the hall's clock stands, in one sentence for the resident (HoursStatus.describe)."""
    if s.is_open and s.closes_at is not None:
        what = (
            translate("KioskHours", "周末延时服务中") if s.extended else translate("KioskHours", "窗口办理中")
        )
        if s.today_ends_at is not None and s.closes_at < s.today_ends_at:
            return translate("KioskHours", "{state}，{time}午间休息").format(
                state=what, time=f"{s.closes_at:%H:%M}"
            )
        return translate("KioskHours", "{state}，今天{time}结束").format(
            state=what, time=f"{s.closes_at:%H:%M}"
        )
    if s.closure is not None:
        # the reason is the manager's own words, shown as written
        base = translate("KioskHours", "{scope}暂停办理（{reason}）").format(
            scope=closure_scope(s.closure, translate), reason=s.closure.reason
        )
    elif s.on_break:
        base = translate("KioskHours", "午间休息")
    elif s.day_kind == DayKindOfHall.HOLIDAY:
        base = translate("KioskHours", "法定节假日休息")
    else:
        base = translate("KioskHours", "窗口已下班")
    if s.next_open is None:
        return base
    if s.next_open.date() == s.now.date():
        return translate("KioskHours", "{state}，{time}开始办理").format(
            state=base, time=f"{s.next_open:%H:%M}"
        )
    return translate("KioskHours", "{state}，{day}{time}上班").format(
        state=base, day=describe_day(s.next_open, translate), time=f"{s.next_open:%H:%M}"
    )
