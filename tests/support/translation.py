"""Helpers for the translation tests (issue 16, point 7; docs/translations.md): a
pseudo-translation that answers every message in Latin letters, and the search for Chinese
left on a screen once the data (what the hall, the resident and the catalogue wrote) is taken
out. Whatever Chinese is left under a pseudo-translation did not go through Qt's translation
system."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from yimen.tour.screen_check import shown

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
PLACEHOLDER = re.compile(r"\{\w*\}")


def pseudo(context: str, source: str) -> str:
    """Every message in Latin letters, its placeholders kept (so the code can still fill them
    in)."""
    if not HAN.search(source):
        return source
    return "Tr" + "".join(f" {p}" for p in PLACEHOLDER.findall(source)) + "."


class PseudoTranslator(QTranslator):
    """:func:`pseudo` as a translator installed in the application; ``asked`` holds every
    (context, source) it was asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def isEmpty(self) -> bool:
        return False

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or not HAN.search(source):
            return ""  # nothing to translate: Qt shows the source
        self.asked.add((context, source))
        return pseudo(context, source)


def widget_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for the window title and every shown label's and button's text, line
    edit's placeholder, accessible name and tooltip under ``root``."""
    texts: list[tuple[str, str]] = [("window title", root.windowTitle())]
    for w in shown(root):
        name = f"{type(w).__name__}#{w.objectName() or '-'}"
        if isinstance(w, (QLabel, QAbstractButton)):
            texts.append((name, w.text()))
        if isinstance(w, QLineEdit):
            texts.append((name + " (placeholder)", w.placeholderText()))
        texts.append((name + " (accessible name)", w.accessibleName()))
        texts.append((name + " (tooltip)", w.toolTip()))
    return texts


def han_in(texts: Iterable[tuple[str, str]], data: Iterable[str]) -> list[str]:
    """Each (where, text) that still has a Han character once every data word is taken out
    (longest first, so a short name inside a longer one never leaves the rest behind)."""
    words = sorted({w for w in data if w}, key=len, reverse=True)
    found = []
    for where, text in texts:
        text = text.replace("\u2060", "")  # the word joiners a label puts between Han characters
        for word in words:
            text = text.replace(word, "")
        if HAN.search(text):
            found.append(f"{where}: {text!r}")
    return found
