"""Stand-ins shown while something is loading or when a list is empty."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from shared.ui.widgets.basics import label


def empty_state(text: str) -> QLabel:
    """A calm sentence instead of an empty list ("没有找到…，可以换个词或呼叫工作人员")."""
    return label(text, "muted", center=True)


def busy_state(text: str = "") -> object:
    """``text``, or 正在处理，请稍候… in the app's language."""
    return label(text or QCoreApplication.translate("Placeholders", "正在处理，请稍候…"), "heading", center=True)
