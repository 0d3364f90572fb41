"""What the kiosk says to a resident about its devices and next steps: plain words, never a
trace. (Errors become words in :func:`shared.ui.error_words.error_words`, for both apps.)"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from devices.base import Health, HealthState
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from shared.domain.hall_hours import Closure, HoursStatus
from shared.ui import hall_words

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


# a clerk checks a kiosk submission and accepts it (收件即受理); nothing more to bring (the
# receipt prints it in Chinese, 自助办理 shows it through translate("KioskApply", …))
KIOSK_NEXT_STEP = QT_TRANSLATE_NOOP(
    "KioskApply", "工作人员核验后正式受理，不用再交材料；需要补充时会打电话或发短信告诉您"
)


def device_problems(health: Mapping[str, Health]) -> list[str]:
    """One sentence per device that is offline (a degraded device still works)."""
    return [
        DEVICE_PROBLEMS[name]
        for name in DEVICE_PROBLEMS
        if name in health and health[name].state == HealthState.OFFLINE
    ]


# ---------------------------------------------------------------- the hall's hours and dates
# worded in shared/ui/hall_words.py (the hall board says the same sentences), here in the
# kiosk's language
WEEKDAYS = hall_words.WEEKDAYS
MONTHS = hall_words.MONTHS


def month_day(when: date | datetime) -> str:
    """7月1日 / 1 July."""
    return hall_words.month_day(when, translate)


def describe_day(when: date | datetime) -> str:
    """7月1日（星期一） / Monday 1 July."""
    return hall_words.describe_day(when, translate)


def closure_scope(closure: Closure) -> str:
    return hall_words.closure_scope(closure, translate)


def describe_hours(s: HoursStatus) -> str:
    """The kiosk's status line: one sentence for the resident (HoursStatus.describe)."""
    return hall_words.describe_hours(s, translate)
