"""Sign-in, the idle screen lock, password change and sign-out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.desk_words import role_word
from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from shared.services import accounts
from shared.services.accounts import SignedIn
from shared.ui.tasks import TaskRunner

# the clerk's words go through Qt's translation system (docs/translations.md); what is stored
# (the reason of a sign-out in the log) stays Chinese
translate = QCoreApplication.translate


class SignInViewModel(ViewModel):
    signed_in = Signal(object)  # SignedIn
    unlocked = Signal()
    signed_out = Signal()
    locked = Signal()

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.is_locked = False

    @property
    def window_line(self) -> str:
        n = self.session.window_no
        return (
            translate("CounterSignin", "本终端：{terminal} · {window}号窗口").format(
                terminal=self.session.terminal_id, window=n
            )
            if n
            else translate("CounterSignin", "本终端：{terminal}（未绑定窗口）").format(
                terminal=self.session.terminal_id
            )
        )

    def sign_in(self, username: str, password: str) -> None:
        self.run(
            accounts.sign_in,
            self.ctx,
            username=username,
            password=password,
            terminal_id=self.session.terminal_id,
            window_no=self.session.window_no,
            on_done=self._signed_in,
            key="sign-in",
        )

    def _signed_in(self, who: SignedIn) -> None:
        self.session.signed_in = who
        self.is_locked = False
        self.say(
            "ok",
            translate("CounterSignin", "{name}（{role}）已登录。").format(
                name=who.display_name, role=role_word(who.role)
            ),
        )
        self.signed_in.emit(who)

    def lock(self) -> None:
        if self.session.signed_in is not None and not self.is_locked:
            self.is_locked = True
            self.locked.emit()

    def unlock(self, password: str) -> None:
        who = self.session.signed_in
        if who is None:
            return
        self.run(
            accounts.unlock_screen,
            self.ctx,
            signed_in=who,
            password=password,
            on_done=self._unlocked,
            key="unlock",
        )

    def _unlocked(self, who: SignedIn) -> None:
        self.session.signed_in = who
        self.is_locked = False
        self.unlocked.emit()

    def change_password(self, old: str, new: str, repeat: str) -> None:
        if new != repeat:
            self.say(
                "error",
                translate("CounterSignin", "两次输入的新密码不一致。"),
                translate("CounterSignin", "请重新输入。"),
            )
            return
        self.run(
            accounts.change_password,
            self.ctx,
            actor=self.session.actor,
            old_password=old,
            new_password=new,
            on_done=lambda _r: self.say("ok", translate("CounterSignin", "密码已修改。")),
            key="password",
        )

    def sign_out(self, reason: str = "") -> None:
        who = self.session.signed_in
        if who is None:
            return
        self.session.signed_in = None
        self.is_locked = False
        self.run(accounts.sign_out, self.ctx, actor=who.actor, reason=reason)
        self.signed_out.emit()
