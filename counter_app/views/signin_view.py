"""Sign-in and the idle screen lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.desk_words import role_word
from counter_app.viewmodels.signin import SignInViewModel
from counter_app.views.common import MessageBar, button, label, panel

# the clerk's words go through Qt's translation system (docs/translations.md); the hall's name,
# the terminal's id and the clerk's name stay as written
translate = QCoreApplication.translate


def _centred(inner: QWidget) -> QWidget:
    page = QWidget()
    page.setProperty("role", "page")
    outer = QVBoxLayout(page)
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(inner)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return page


class SignInView(QWidget):
    def __init__(self, vm: SignInViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        frame, box = panel()
        frame.setFixedWidth(460)
        box.setContentsMargins(28, 24, 28, 24)
        box.addWidget(label(vm.ctx.settings.hall.name, "title"))
        box.addWidget(label(translate("CounterSignin", "综合窗口工作台 · 工作人员登录"), "heading"))
        box.addWidget(label(vm.window_line, "muted"))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setPlaceholderText(translate("CounterSignin", "登录名，如 lina03"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("CounterSignin", "密码"))
        form.addRow(translate("CounterSignin", "登录名"), self.username)
        form.addRow(translate("CounterSignin", "密码"), self.password)
        box.addLayout(form)
        self.submit = button(translate("CounterSignin", "登录（回车）"), "primary")
        box.addWidget(self.submit)
        self.message = MessageBar()
        box.addWidget(self.message)
        box.addWidget(
            label(
                translate("CounterSignin", "连续输错5次密码，账号锁定15分钟。离开座位时按 Ctrl+L 锁屏。"),
                "small",
                wrap=True,
            )
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(frame))
        self.submit.clicked.connect(self._go)
        self.password.returnPressed.connect(self._go)
        self.username.returnPressed.connect(self.password.setFocus)
        vm.message.connect(self._message)

    def _go(self) -> None:
        self.vm.sign_in(self.username.text(), self.password.text())

    def _message(self, level: str, text: str, hint: str) -> None:
        if self.isVisible() or level == "error":
            self.message.show_message(level, text, hint)
        if level == "error":
            self.password.selectAll()
            self.password.setFocus()

    def reset(self) -> None:
        self.password.clear()
        self.message.hide()
        self.username.setFocus(Qt.FocusReason.OtherFocusReason)


class LockView(QWidget):
    """Shown after idle time: nothing of the work (no personal data) stays visible."""

    def __init__(self, vm: SignInViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        frame, box = panel()
        frame.setFixedWidth(460)
        box.setContentsMargins(28, 24, 28, 24)
        box.addWidget(label(translate("CounterSignin", "屏幕已锁定"), "title"))
        self.who = label("", "heading")
        box.addWidget(self.who)
        box.addWidget(
            label(
                translate("CounterSignin", "为保护申请人信息，无人操作时自动锁屏。输入本人密码继续工作。"),
                "muted",
                wrap=True,
            )
        )
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(translate("CounterSignin", "密码"))
        box.addWidget(self.password)
        row = QHBoxLayout()
        self.unlock = button(translate("CounterSignin", "解锁（回车）"), "primary")
        self.switch = button(translate("CounterSignin", "换人登录"))
        row.addWidget(self.unlock)
        row.addWidget(self.switch)
        box.addLayout(row)
        self.message = MessageBar()
        box.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(_centred(frame))
        self.unlock.clicked.connect(lambda: vm.unlock(self.password.text()))
        self.password.returnPressed.connect(lambda: vm.unlock(self.password.text()))
        self.switch.clicked.connect(lambda: vm.sign_out("换人登录"))
        vm.message.connect(
            lambda lvl, t, h: self.message.show_message(lvl, t, h) if self.isVisible() else None
        )

    def prepare(self) -> None:
        who = self.vm.session.signed_in
        window = self.vm.session.window_no
        self.who.setText(
            translate("CounterSignin", "{name}（{role}）· {window}号窗口").format(
                name=who.display_name, role=role_word(who.role), window=window
            )
            if who
            else ""
        )
        self.password.clear()
        self.message.hide()
        self.password.setFocus()
