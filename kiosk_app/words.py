"""What the kiosk says to a resident when something is wrong: plain words, never a trace."""

from __future__ import annotations

import logging
from collections.abc import Mapping

from devices.base import Health, HealthState
from devices.errors import DeviceError
from shared.errors import StoreError, YimenError

log = logging.getLogger(__name__)

# a device that is offline, in the words a resident understands and with what still works
DEVICE_PROBLEMS = {
    "printer": "打印机暂时不能出凭条，取号后请记下或用手机拍下号码",
    "idcard": "身份证读卡器暂时不能用，可以请工作人员帮忙",
    "scanner": "扫码暂时不能用，可以在屏幕上输入号码",
    "tts": "语音朗读暂时不能用",
}

# a clerk checks a kiosk submission and accepts it (收件即受理); nothing more to bring
KIOSK_NEXT_STEP = "工作人员核验后正式受理，不用再交材料；需要补充时会打电话或发短信告诉您"

SYSTEM_BUSY = "系统暂时无法读取数据，请稍后再试，或点“呼叫帮办”请工作人员帮忙。"
SOMETHING_WRONG = "系统出了点问题，请稍后再试，或点“呼叫帮办”请工作人员帮忙。"


def device_problems(health: Mapping[str, Health]) -> list[str]:
    """One sentence per device that is offline (a degraded device still works)."""
    return [
        DEVICE_PROBLEMS[name]
        for name in DEVICE_PROBLEMS
        if name in health and health[name].state == HealthState.OFFLINE
    ]


def error_words(error: BaseException) -> tuple[str, str]:
    """(message, hint) to show for an error from a service or a device.

    The store's own words are for a technician (database URLs, migrations): the resident
    gets a calm sentence and the log keeps the detail.
    """
    if isinstance(error, StoreError):
        log.error("store error shown to a resident as 'system busy': %s", error)
        return SYSTEM_BUSY, ""
    if isinstance(error, YimenError):
        return error.message, error.hint
    if isinstance(error, DeviceError):
        return getattr(error, "message", str(error)), getattr(error, "hint", "")
    log.error("unexpected error on the kiosk", exc_info=(type(error), error, error.__traceback__))
    return SOMETHING_WRONG, ""
