"""证明验真 at the window: a printed certificate's QR scanned, or its 验真码 typed, is checked
(issue 17): genuine or not, what it is and for whom (masked), or why it is refused.

The check runs on the runner, never on the UI thread: a QR is checked offline with the
platform's key synced into this store; a 验真码, or a QR whose key this terminal lacks, is
asked online (shared/services/certificates.py:verify_certificate). Each check enters the
work log under the clerk's name.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from offline_store.sync.client import PlatformClient  # loaded here, on the UI thread, never first on a worker
from shared.domain.certificates import Verdict, grouped
from shared.domain.errors import ConfigError
from shared.domain.payloads import Payload, PayloadKind
from shared.services import certificates
from shared.services.certificates import Verification
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# the verdict and how it was reached, as shared.domain.certificates (VERDICT_LABELS) and
# Verification.lines() word them (a test holds them the same), marked for the clerk's language
VERDICT_WORDS = {
    Verdict.GENUINE: QT_TRANSLATE_NOOP("CounterVerify", "真实有效"),
    Verdict.TAMPERED: QT_TRANSLATE_NOOP("CounterVerify", "内容被篡改"),
    Verdict.FORGED: QT_TRANSLATE_NOOP("CounterVerify", "伪造"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("CounterVerify", "已过有效期"),
    Verdict.REVOKED: QT_TRANSLATE_NOOP("CounterVerify", "已被撤销"),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP("CounterVerify", "无法识别"),
}
MODE_WORDS = {
    "offline": QT_TRANSLATE_NOOP("CounterVerify", "离线（平台公钥）"),
    "online": QT_TRANSLATE_NOOP("CounterVerify", "联网（省平台）"),
    "none": QT_TRANSLATE_NOOP("CounterVerify", "未能核验"),
}


def verdict_words(verdict: Verdict) -> str:
    return translate("CounterVerify", VERDICT_WORDS[verdict])


def verification_lines(result: Verification) -> list[tuple[str, str]]:
    """(field, value) of a check, as Verification.lines() words them in Chinese; the reason is
    the service's, the document's title, holder and issuer the platform's."""
    out = [
        (translate("CounterVerify", "核验结果"), verdict_words(result.verdict)),
        (translate("CounterVerify", "说明"), result.reason),
    ]
    if result.title:
        holder = translate("CounterVerify", "{name}（{id}）").format(name=result.holder, id=result.holder_id)
        out += [
            (translate("CounterVerify", "文书"), result.title),
            (translate("CounterVerify", "持有人"), holder),
            (translate("CounterVerify", "出具单位"), result.issuer),
        ]
    if result.issued and result.valid_until:
        out += [
            (translate("CounterVerify", "出具日期"), result.issued.isoformat()),
            (translate("CounterVerify", "有效期至"), result.valid_until.isoformat()),
        ]
    if result.verify_code:
        out.append((translate("CounterVerify", "验真码"), grouped(result.verify_code)))
    mode = translate("CounterVerify", MODE_WORDS[result.mode]) if result.mode in MODE_WORDS else result.mode
    out.append((translate("CounterVerify", "核验方式"), mode))
    return out


class CertificateCheckViewModel(ViewModel):
    changed = Signal()
    checked = Signal(object)  # Verification

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self._platform: Any = None
        self._platform_lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        self.code = ""
        self.result: Verification | None = None
        self.checking = False
        self.changed.emit()

    # ------------------------------------------------------------------ input
    def set_code(self, code: str) -> None:
        self.code = code
        self.changed.emit()

    def on_scan(self, payload: Payload) -> bool:
        """A certificate's QR scanned at this window: check it at once. False if not one."""
        if payload.kind != PayloadKind.CERTIFICATE and not payload.raw.strip().upper().startswith("YMVC1:"):
            return False
        self.check(payload.raw)
        return True

    def check(self, code: str | None = None) -> None:
        text = (self.code if code is None else code).strip()
        if not text:
            self.say(
                "error",
                translate("CounterVerify", "请扫描证明上的二维码，或输入验真码。"),
                translate("CounterVerify", "验真码印在二维码旁，12 位字母和数字。"),
            )
            return
        self.result, self.checking = None, True
        self.changed.emit()
        actor = self.session.actor
        task = self.run(self._verify, text, actor, on_done=self._done, on_error=self._failed, key="verify")
        if task is None:
            self.checking = False
            self.changed.emit()

    # ------------------------------------------------------------------ on the runner
    def _client(self) -> Any:
        """The platform client, built once from the settings; None without credentials (the
        offline check with the synced key still works)."""
        with self._platform_lock:
            if self._platform is None:
                try:
                    self._platform = PlatformClient.from_settings(self.ctx.settings)
                except ConfigError:
                    return None
            return self._platform

    def _verify(self, text: str, actor: Any) -> Verification:
        return certificates.verify_certificate(self.ctx, code=text, actor=actor, platform=self._client())

    # ------------------------------------------------------------------ back on the UI thread
    def _done(self, result: Verification) -> None:
        self.result, self.checking = result, False
        self.changed.emit()
        self.checked.emit(result)
        if result.genuine:
            text = translate("CounterVerify", "验真通过：{title}，持有人 {holder}（{id}）。").format(
                title=result.title, holder=result.holder, id=result.holder_id
            )
            self.say("ok", text, result.reason)
        else:
            # the check itself worked: the verdict is news, not an error of the clerk's (the
            # page shows it in red)
            self.say(
                "info",
                translate("CounterVerify", "验真未通过：{verdict}。").format(
                    verdict=verdict_words(result.verdict)
                ),
                result.reason,
            )

    def _failed(self, error: BaseException) -> None:
        self.checking = False
        self.changed.emit()
        self.fail(error)

    def lines(self) -> list[tuple[str, str]]:
        return verification_lines(self.result) if self.result is not None else []

    def close(self) -> None:
        with self._platform_lock:
            platform, self._platform = self._platform, None
        if platform is not None:
            platform.close()
