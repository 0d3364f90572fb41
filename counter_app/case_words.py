"""A case's state in the clerk's language (docs/translations.md), for every counter screen that
shows one: the states as ``shared.domain.cases.STATE_LABELS`` words them (a test holds the two
the same), marked here for Qt's translation system. The stored case keeps its state, and what
is printed or sent keeps the domain's Chinese."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.domain.cases import CaseState
from shared.ui.i18n import QT_TRANSLATE_NOOP

STATE_WORDS = {
    CaseState.SUBMITTED: QT_TRANSLATE_NOOP("CounterCaseState", "已提交"),
    CaseState.ACCEPTED: QT_TRANSLATE_NOOP("CounterCaseState", "已受理"),
    CaseState.IN_REVIEW: QT_TRANSLATE_NOOP("CounterCaseState", "审查中"),
    CaseState.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("CounterCaseState", "待补正"),
    CaseState.COMPLETED: QT_TRANSLATE_NOOP("CounterCaseState", "已办结"),
    CaseState.REJECTED: QT_TRANSLATE_NOOP("CounterCaseState", "不予批准"),
    CaseState.NOT_ACCEPTED: QT_TRANSLATE_NOOP("CounterCaseState", "不予受理"),
    CaseState.WITHDRAWN: QT_TRANSLATE_NOOP("CounterCaseState", "已撤回"),
}


def state_word(state: CaseState) -> str:
    """``state`` as the clerk's screens name it."""
    return QCoreApplication.translate("CounterCaseState", STATE_WORDS[CaseState(state)])
