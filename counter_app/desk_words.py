"""The domain's words the clerk's desk shows (docs/translations.md): a ticket's state and
priority (``shared.domain.tickets``), a staff role (``shared.services.permissions``) and a
window's kind (``shared.domain.catalog.vocab.WindowKind``), marked here with the same Chinese
(a test holds the two the same) so a translation can word them. What is stored, printed or
sent keeps the domain's Chinese; so does the reason a window pauses for, which the hall board
shows as the clerk picked it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from shared.domain.catalog.vocab import WindowKind
from shared.domain.tickets import Priority, TicketState
from shared.services.actor import Role
from shared.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

TICKET_STATE_WORDS = {
    TicketState.WAITING: QT_TRANSLATE_NOOP("CounterQueue", "等候中"),
    TicketState.CALLED: QT_TRANSLATE_NOOP("CounterQueue", "已叫号"),
    TicketState.SERVING: QT_TRANSLATE_NOOP("CounterQueue", "办理中"),
    TicketState.DONE: QT_TRANSLATE_NOOP("CounterQueue", "已完成"),
    TicketState.NO_SHOW: QT_TRANSLATE_NOOP("CounterQueue", "过号"),
    TicketState.TRANSFERRED: QT_TRANSLATE_NOOP("CounterQueue", "已转移"),
    TicketState.HELD: QT_TRANSLATE_NOOP("CounterQueue", "暂挂"),
}

PRIORITY_WORDS = {
    Priority.GREEN_ELDERLY: QT_TRANSLATE_NOOP("CounterQueue", "老年人优先"),
    Priority.GREEN_DISABLED: QT_TRANSLATE_NOOP("CounterQueue", "残疾人优先"),
    Priority.GREEN_PREGNANT: QT_TRANSLATE_NOOP("CounterQueue", "孕妇优先"),
    Priority.GREEN_MILITARY: QT_TRANSLATE_NOOP("CounterQueue", "军人优先"),
    Priority.APPOINTMENT: QT_TRANSLATE_NOOP("CounterQueue", "预约"),
    Priority.NORMAL: QT_TRANSLATE_NOOP("CounterQueue", "普通"),
}

# why a window pauses: stored and shown on the hall board beside 暂停服务 in Chinese (the hall's
# words); the clerk picks it in the clerk's language
PAUSE_REASONS = (
    QT_TRANSLATE_NOOP("CounterQueue", "暂时离开"),
    QT_TRANSLATE_NOOP("CounterQueue", "午间交接"),
    QT_TRANSLATE_NOOP("CounterQueue", "业务培训"),
    QT_TRANSLATE_NOOP("CounterQueue", "系统故障"),
)

ROLE_WORDS = {
    Role.CLERK: QT_TRANSLATE_NOOP("CounterWindow", "窗口人员"),
    Role.CHIEF: QT_TRANSLATE_NOOP("CounterWindow", "首席事务代表"),
    Role.HELPER: QT_TRANSLATE_NOOP("CounterWindow", "帮办代办员"),
    Role.MANAGER: QT_TRANSLATE_NOOP("CounterWindow", "大厅管理员"),
    Role.KIOSK: QT_TRANSLATE_NOOP("CounterWindow", "自助终端"),
    Role.DISPLAY: QT_TRANSLATE_NOOP("CounterWindow", "叫号显示屏"),
    Role.SYSTEM: QT_TRANSLATE_NOOP("CounterWindow", "系统"),
}

WINDOW_KIND_WORDS = {
    WindowKind.COMPREHENSIVE: QT_TRANSLATE_NOOP("CounterWindow", "无差别综合"),
    WindowKind.DOMAIN: QT_TRANSLATE_NOOP("CounterWindow", "分领域"),
    WindowKind.CROSS_REGION: QT_TRANSLATE_NOOP("CounterWindow", "跨省通办"),
    WindowKind.ASSISTED: QT_TRANSLATE_NOOP("CounterWindow", "帮办代办/老年人"),
    WindowKind.UNRESOLVED: QT_TRANSLATE_NOOP("CounterWindow", "办不成事"),
}


def ticket_state_word(state: TicketState) -> str:
    return translate("CounterQueue", TICKET_STATE_WORDS[TicketState(state)])


def priority_word(priority: Priority) -> str:
    return translate("CounterQueue", PRIORITY_WORDS[Priority(priority)])


def pause_reason_word(reason: str) -> str:
    """A pause's reason in the clerk's words (one the clerk typed elsewhere shows as typed)."""
    return translate("CounterQueue", reason) if reason in PAUSE_REASONS else reason


def role_word(role: Role) -> str:
    return translate("CounterWindow", ROLE_WORDS[Role(role)])


def window_kind_word(kind: WindowKind) -> str:
    return translate("CounterWindow", WINDOW_KIND_WORDS[WindowKind(kind)])


def window_name(number: int, name: str) -> str:
    """A window's name as the hall gave it (data), or 1号窗口 in the clerk's words."""
    return name or translate("CounterWindow", "{n}号窗口").format(n=number)
