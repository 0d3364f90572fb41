"""The one way both apps turn an error into words on the screen: (message, hint).

Typed errors (``YimenError``, ``DeviceError``) carry a message and a hint written for the
person at the screen, and are shown as they are. What differs is who reads the rest:

- a **resident** at the kiosk never sees a technician's words: a store error (database URL,
  migration) becomes a calm "system busy" and the detail goes to the log; a program fault
  becomes "something went wrong" with the way to a helper;
- a **clerk** at the counter sees the store's own sentence (it tells them to call the
  technician) and, for a program fault, its kind, so the report to support says what broke.

The runner (:mod:`shared.ui.tasks`) logs a program fault's traceback where it was caught;
this function only chooses words. Qt-free, so the kiosk's view-models can use it: the caller
passes its ``translate`` (the kiosk's language or Qt's), and the four sentences of its own below
go through it (context ``ErrorWords``). A typed error's message and hint are the service's words,
shown as written: they stay Chinese in every language (docs/translations.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from devices.errors import DeviceError
from shared.domain.errors import StoreError, YimenError

log = logging.getLogger(__name__)

Translate = Callable[[str, str], str]  # (context, Chinese source) -> words in the reader's language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


def _as_written(context: str, text: str) -> str:
    return text


CONTEXT = "ErrorWords"
SYSTEM_BUSY = QT_TRANSLATE_NOOP("ErrorWords", "系统暂时无法读取数据，请稍后再试，或点“呼叫帮办”请工作人员帮忙。")
SOMETHING_WRONG = QT_TRANSLATE_NOOP("ErrorWords", "系统出了点问题，请稍后再试，或点“呼叫帮办”请工作人员帮忙。")
PROGRAM_FAULT_HINT = QT_TRANSLATE_NOOP("ErrorWords", "请重试；如反复出现，请联系技术支持（详情已写入日志）。")
PROGRAM_FAULT = QT_TRANSLATE_NOOP("ErrorWords", "程序出错：{kind}")


class Reader(StrEnum):
    RESIDENT = "resident"  # the kiosk: anyone, often elderly, alone
    CLERK = "clerk"  # the counter and the hall display: staff who can call a technician


def error_words(
    error: BaseException, *, reader: Reader, translate: Translate = _as_written
) -> tuple[str, str]:
    """(message, hint) for ``error``, in the words ``reader`` can act on; this module's own
    sentences in the language of ``translate``."""
    if isinstance(error, StoreError) and reader is Reader.RESIDENT:
        log.error("store error shown to a resident as 'system busy': %s", error)
        return translate(CONTEXT, SYSTEM_BUSY), ""
    if isinstance(error, YimenError | DeviceError):
        message = getattr(error, "message", "") or str(error)
        return message, getattr(error, "hint", "") or ""
    if reader is Reader.RESIDENT:
        return translate(CONTEXT, SOMETHING_WRONG), ""
    return (
        translate(CONTEXT, PROGRAM_FAULT).format(kind=type(error).__name__),
        translate(CONTEXT, PROGRAM_FAULT_HINT),
    )
