"""The kiosk's words in the resident's language, for the Qt-free view-models (issue 16,
point 7; docs/translations.md).

Every string a kiosk screen shows or says is written in Chinese (the source language) and
passed through :func:`translate` with a context, where it is written::

    translate("KioskTicket", "您前面还有 {ahead} 人").format(ahead=n)

``pyside6-lupdate`` extracts every ``translate("Context", "literal")`` call and every
``QT_TRANSLATE_NOOP("Context", "literal")`` marker into the .ts sources; the literal must be
written out (never an f-string or a variable: lupdate sees only the literal, and an f-string
would be looked up after it was filled in). Values go in ``{named}`` placeholders filled
after translation.

The view-models import no Qt for this: the kiosk app injects Qt's lookup
(``QCoreApplication.translate``, which answers from the installed QTranslators) with
:func:`use_translator` before its first screen. Until then the source text is returned.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Translator = Callable[[str, str], str]


def _source(context: str, text: str) -> str:
    return text


_translator: Translator = _source
_here = threading.local()  # .source: this thread writes in the source language for now


def use_translator(translator: Translator | None) -> None:
    """Answer :func:`translate` with ``translator(context, text)``; None: the source text."""
    global _translator
    _translator = translator or _source


def translate(context: str, text: str) -> str:
    """``text`` (Chinese, as written in the code) in the kiosk's language."""
    if getattr(_here, "source", False):
        return text
    return _translator(context, text)


@contextmanager
def source_language() -> Iterator[None]:
    """Within this block, on this thread only, :func:`translate` answers in the source language:
    for words that share code with a translated screen but are not translated themselves (the
    printed guide, a screen still Chinese-only)."""
    before = getattr(_here, "source", False)
    _here.source = True
    try:
        yield
    finally:
        _here.source = before


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for lupdate under ``context`` where it is defined (a module constant);
    the code passes it through :func:`translate` with the same context where it is shown."""
    return text


# a ticket number read aloud digit by digit, as the hall calls it ("B001" → "B零零一")
_DIGITS = (
    QT_TRANSLATE_NOOP("KioskSpeech", "零"),
    QT_TRANSLATE_NOOP("KioskSpeech", "一"),
    QT_TRANSLATE_NOOP("KioskSpeech", "二"),
    QT_TRANSLATE_NOOP("KioskSpeech", "三"),
    QT_TRANSLATE_NOOP("KioskSpeech", "四"),
    QT_TRANSLATE_NOOP("KioskSpeech", "五"),
    QT_TRANSLATE_NOOP("KioskSpeech", "六"),
    QT_TRANSLATE_NOOP("KioskSpeech", "七"),
    QT_TRANSLATE_NOOP("KioskSpeech", "八"),
    QT_TRANSLATE_NOOP("KioskSpeech", "九"),
)


def spoken_ticket_number(number: str) -> str:
    """A ticket number as it is read aloud in the kiosk's language: letters upper-case, each
    digit as a word. In Chinese the words are one character each and run together
    ("B零零一", what :func:`devices.tts.spoken.spoken_number` says); a language whose digit
    words are longer gets them spaced ("B zero zero one")."""
    words = []
    for ch in str(number).strip():
        if ch.isascii() and ch.isdigit():
            words.append(translate("KioskSpeech", _DIGITS[int(ch)]))
        elif ch.isascii() and ch.isalpha():
            words.append(ch.upper())
        elif not ch.isspace() and ch not in "-_./·":
            words.append(ch)
    return ("" if all(len(w) == 1 for w in words) else " ").join(words)
