"""What the kiosk says to a resident about its devices and next steps: plain words, never a
trace. (Errors become words in :func:`shared.ui.error_words.error_words`, for both apps.)"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from devices.base import Health, HealthState
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from shared.domain.hall_hours import Closure, DayKindOfHall, HoursStatus

# a device that is offline, in the words a resident understands and with what still works
# (marked for lupdate here, translated where shown: tr_words)
DEVICE_PROBLEMS = {
    "printer": QT_TRANSLATE_NOOP("KioskWords", "打印机暂时不能出凭条，取号后请记下或用手机拍下号码"),
    "idcard": QT_TRANSLATE_NOOP("KioskWords", "身份证读卡器暂时不能用，可以请工作人员帮忙"),
    "scanner": QT_TRANSLATE_NOOP("KioskWords", "扫码暂时不能用，可以在屏幕上输入号码"),
    "tts": QT_TRANSLATE_NOOP("KioskWords", "语音朗读暂时不能用"),
}


def tr_words(text: str) -> str:
    """One of the sentences above in the kiosk's language (context KioskWords)."""
    return translate("KioskWords", text)


# a clerk checks a kiosk submission and accepts it (收件即受理); nothing more to bring
KIOSK_NEXT_STEP = "工作人员核验后正式受理，不用再交材料；需要补充时会打电话或发短信告诉您"


def device_problems(health: Mapping[str, Health]) -> list[str]:
    """One sentence per device that is offline (a degraded device still works)."""
    return [
        DEVICE_PROBLEMS[name]
        for name in DEVICE_PROBLEMS
        if name in health and health[name].state == HealthState.OFFLINE
    ]


# ---------------------------------------------------------------- the hall's hours and dates
# the same sentences as HoursStatus.describe() and describe_day() (shared.domain.hall_hours),
# which the board and the counter show in Chinese, worded here for the kiosk's language
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


def month_day(when: date | datetime) -> str:
    """7月1日 / 1 July."""
    return translate("KioskHours", "{month}{day}日").format(
        month=translate("KioskHours", MONTHS[when.month - 1]), day=when.day
    )


def describe_day(when: date | datetime) -> str:
    """7月1日（星期一） / Monday 1 July."""
    return translate("KioskHours", "{date}（{weekday}）").format(
        date=month_day(when), weekday=translate("KioskHours", WEEKDAYS[when.weekday()])
    )


def closure_scope(closure: Closure) -> str:
    if closure.window_no is not None:
        return translate("KioskHours", "{window}号窗口").format(window=closure.window_no)
    if closure.category is not None:
        return translate("KioskHours", "{category}类业务").format(category=closure.category)
    return translate("KioskHours", "全厅")


def describe_hours(s: HoursStatus) -> str:
    """The kiosk's status line: one sentence for the resident (HoursStatus.describe)."""
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
            scope=closure_scope(s.closure), reason=s.closure.reason
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
        state=base, day=describe_day(s.next_open), time=f"{s.next_open:%H:%M}"
    )
