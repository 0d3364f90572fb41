"""How long a matter has been open or a bundle has lain where it is (35分钟, 2小时10分,
3天4小时), as shared.domain.first_asks.age_label and shared.domain.agency.age_label word it
(a test holds the two the same in Chinese), in the clerk's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_AGE = re.compile(r"^(?:(\d+)天)?(?:(\d+)小时)?(?:(\d+)分钟?)?$")  # words-ok


def age_words(text: str) -> str:
    """The service's age in words, reworded; anything else shows as the service wrote it."""
    m = _AGE.match(text)
    if not text or m is None:
        return text
    days, hours, minutes = m.groups()
    if days and hours:
        return translate("CounterAge", "{days}天{hours}小时").format(days=days, hours=hours)
    if days:
        return translate("CounterAge", "{days}天").format(days=days)
    if hours and minutes:
        return translate("CounterAge", "{hours}小时{minutes}分").format(hours=hours, minutes=minutes)
    if hours:
        return translate("CounterAge", "{hours}小时").format(hours=hours)
    return translate("CounterAge", "{minutes}分钟").format(minutes=minutes)
