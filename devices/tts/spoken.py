"""How a call is worded and how numbers are spoken.

A ticket number is read digit by digit ("A023" → "A零二三"): residents compare what they
hear with the slip in their hand, and "A二十三" would not match the printed "A023".
A window number is a count, read as one ("12" → "十二号窗口"), as halls announce it.
Writing the Chinese digits out also stops a TTS engine reading "023" as "twenty-three"
or in English.
"""

from __future__ import annotations

import string

from shared.domain.errors import ConfigError
from shared.domain.words import words

DEFAULT_TEMPLATE = "请{number}号到{window}号窗口办理"
TEMPLATE_FIELDS = frozenset({"number", "window"})

_DIGITS = "零一二三四五六七八九"
_SEPARATORS = frozenset(" -_./·")


def spoken_number(number: str) -> str:
    """Ticket number to its spoken form: letters upper-case, each digit as 零…九,
    separators dropped, anything else (Chinese) kept."""
    out = []
    for ch in str(number).strip():
        if ch in _SEPARATORS:
            continue
        if ch.isascii() and ch.isdigit():
            out.append(_DIGITS[int(ch)])
        elif ch.isascii() and ch.isalpha():
            out.append(ch.upper())
        else:
            out.append(ch)
    return "".join(out)


def spoken_cardinal(n: int) -> str:
    """0–9999 as a Chinese count: 10 → 十, 12 → 十二, 101 → 一百零一, 1010 → 一千零一十."""
    if not 0 <= n <= 9999:
        raise ValueError("spoken_cardinal handles 0 to 9999")
    if n == 0:
        return _DIGITS[0]
    out = ""
    zero_pending = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // value % 10
        if d == 0:
            zero_pending = bool(out)
            continue
        if zero_pending:
            out += _DIGITS[0]
            zero_pending = False
        out += _DIGITS[d] + unit
    if 10 <= n <= 19:
        out = out[1:]  # 十二, not 一十二
    return out


def spoken_window(window: int | str) -> str:
    """Window number as a count when it is a plain number, else like a ticket number ("B3")."""
    text = str(window).strip()
    if text.isascii() and text.isdigit() and int(text) <= 9999:
        return spoken_cardinal(int(text))
    return spoken_number(text)


def validate_template(template: str) -> str:
    """Refuse a wording template with unknown placeholders or without ``{number}``."""
    try:
        fields = {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}
    except ValueError as e:
        raise ConfigError(
            words("叫号语音模板“{template}”格式错误：{error}", template=template, error=e), hint="用 {number} 和 {window} 作为占位符。"
        ) from None
    unknown = fields - TEMPLATE_FIELDS
    if unknown or "number" not in fields:
        raise ConfigError(
            words("叫号语音模板“{template}”有误：未知占位符 {unknown}", template=template, unknown=sorted(unknown))
            if unknown
            else words("叫号语音模板“{template}”缺少 {{number}}", template=template),
            hint="模板例子：请{number}号到{window}号窗口办理",
        )
    return template


def format_call(template: str, *, number: str, window: int | str) -> str:
    return validate_template(template).format(number=spoken_number(number), window=spoken_window(window))
