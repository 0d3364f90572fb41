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
go through it (context ``ErrorWords``). A typed error's message and hint, the service's words,
go through it too (context ``ServiceWords``, read out of the source into ``service_words.py``):
a sentence with values (``shared.domain.words``) by its template, the values filled in after.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from enum import StrEnum

from devices.errors import DeviceError
from shared.domain.errors import StoreError, YimenError
from shared.domain.words import Words

log = logging.getLogger(__name__)

Translate = Callable[[str, str], str]  # (context, Chinese source) -> words in the reader's language


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


def _as_written(context: str, text: str) -> str:
    return text


CONTEXT = "ErrorWords"
SERVICE_CONTEXT = "ServiceWords"
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
        return service_words(message, translate), service_words(getattr(error, "hint", "") or "", translate)
    if reader is Reader.RESIDENT:
        return translate(CONTEXT, SOMETHING_WRONG), ""
    return (
        translate(CONTEXT, PROGRAM_FAULT).format(kind=type(error).__name__),
        translate(CONTEXT, PROGRAM_FAULT_HINT),
    )


def service_words(text: str, translate: Translate = _as_written) -> str:
    """A service's sentence in the language of ``translate``: a ``Words`` by its template
    (its values filled in after, translated too where they are ``Words``), a plain sentence
    by its text; what the catalogue lacks stays as written."""
    if not text:
        return text
    if isinstance(text, Words):
        return text.translated(lambda source: translate(SERVICE_CONTEXT, source))
    return translate(SERVICE_CONTEXT, text)
