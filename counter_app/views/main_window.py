"""The counter's main window: sign-in, the workspace (top bar, help notifications, pages
by role), and the lock screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.views.common import MessageBar, button, label
from shared.ui.widgets.basics import drop_layout_item

# the clerk's words go through Qt's translation system (docs/translations.md); the hall's name,
# the clerk's name and a kiosk's name stay as written
translate = QCoreApplication.translate


class TopBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "topbar")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        self.hall = label("", "heading")
        self.where = label("")
        self.who = label("")
        self.devices = label("")
        self.clock = label("")
        self.password = button(translate("CounterWindow", "修改密码") + "  [Ctrl+Shift+P]", "topbar")
        self.lock = button(translate("CounterWindow", "锁屏") + "  [Ctrl+L]", "topbar")
        self.sign_out = button(translate("CounterWindow", "退出") + "  [Ctrl+Shift+Q]", "topbar")
        # a folded help request stays here, counted, until someone answers it
        self.help_chip = button("", "topbar-alert")
        self.help_chip.hide()
        row.addWidget(self.hall)
        row.addSpacing(16)
        row.addWidget(self.where)
        row.addSpacing(16)
        row.addWidget(self.help_chip)
        row.addStretch(1)
        row.addWidget(self.devices)
        row.addSpacing(16)
        row.addWidget(self.who)
        row.addSpacing(12)
        row.addWidget(self.clock)
        for b in (self.password, self.lock, self.sign_out):
            row.addWidget(b)


class HelpBanner(QFrame):
    """Kiosk help requests: one line across the page when a new one comes; folded into the
    top bar (求助 N) once seen, by the clerk (收起, Esc) or after a minute on screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "help-banner")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 3, 12, 3)
        self.text = label("")
        self.go = button(translate("CounterWindow", "我去处理") + "  [Ctrl+H]", "banner")
        self.fold = button(translate("CounterWindow", "收起") + "  [Esc]", "banner")
        row.addWidget(self.text, 1)
        row.addWidget(self.go)
        row.addWidget(self.fold)
        self.hide()


class Workspace(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CounterRoot")
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(0)
        self.top = TopBar()
        col.addWidget(self.top)
        self.help = HelpBanner()
        col.addWidget(self.help)
        self.message = MessageBar()
        col.addWidget(self.message)
        body = QHBoxLayout()
        body.setSpacing(0)
        self.nav_frame = QFrame()
        self.nav_frame.setFixedWidth(150)
        self.nav_frame.setStyleSheet("QFrame { background: #e4e9ef; }")
        self.nav = QVBoxLayout(self.nav_frame)
        self.nav.setContentsMargins(0, 8, 0, 8)
        self.nav.setSpacing(2)
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        body.addWidget(self.nav_frame)
        self.pages = QStackedWidget()
        body.addWidget(self.pages, 1)
        col.addLayout(body, 1)
        self.page_keys: list[str] = []

    def clear_pages(self) -> None:
        for b in list(self.nav_group.buttons()):
            self.nav_group.removeButton(b)
            b.deleteLater()
        while (item := self.nav.takeAt(0)) is not None:
            drop_layout_item(item)
        while (page := self.pages.widget(0)) is not None:
            self.pages.removeWidget(page)
        self.page_keys = []

    def add_page(self, key: str, title: str, widget: QWidget) -> None:
        n = len(self.page_keys)
        b = button(f"{title}\nCtrl+{n + 1}", "nav")
        b.setCheckable(True)
        b.clicked.connect(lambda _c, i=n: self.pages.setCurrentIndex(i))
        self.nav_group.addButton(b, n)
        self.nav.addWidget(b)
        self.pages.addWidget(widget)
        self.page_keys.append(key)

    def finish_nav(self) -> None:
        self.nav.addStretch(1)
        if self.page_keys:
            self.show_page(self.page_keys[0])

    def show_page(self, key: str) -> bool:
        if key not in self.page_keys:
            return False
        i = self.page_keys.index(key)
        self.pages.setCurrentIndex(i)
        self.nav_group.button(i).setChecked(True)
        return True


class CounterWindow(QMainWindow):
    SIGN_IN, WORK, LOCK = 0, 1, 2

    def __init__(self, sign_in: QWidget, workspace: Workspace, lock: QWidget) -> None:
        super().__init__()
        self.setWindowTitle(translate("CounterWindow", "一门 · 综合窗口"))
        self.stack = QStackedWidget()
        self.stack.addWidget(sign_in)
        self.stack.addWidget(workspace)
        self.stack.addWidget(lock)
        self.setCentralWidget(self.stack)
        self.workspace = workspace
        self.resize(1600, 900)

    def show_state(self, index: int) -> None:
        self.stack.setCurrentIndex(index)


def ask_password_change(parent: QWidget, forced: bool) -> tuple[str, str, str] | None:
    title = (
        translate("CounterWindow", "首次登录请修改密码") if forced else translate("CounterWindow", "修改密码")
    )
    values = []
    for prompt in (
        translate("CounterWindow", "原密码（临时密码）"),
        translate("CounterWindow", "新密码（至少8位，含三类字符）"),
        translate("CounterWindow", "再输一次新密码"),
    ):
        text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
        if not ok:
            return None
        values.append(text)
    return values[0], values[1], values[2]
