"""证明验真: scan a printed certificate's QR (the scanner works on any page) or type its
验真码; the verdict in words and colour, what the document is and whose (masked), or why it
is refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.viewmodels.verify import CertificateCheckViewModel, verdict_words
from counter_app.views.common import PageKeys, badge, button, label, panel, restyle

translate = QCoreApplication.translate


class VerifyPage(QWidget):
    def __init__(self, vm: CertificateCheckViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 10, 10, 10)
        outer.addWidget(label(translate("CounterVerify", "证明验真"), "heading"))
        outer.addWidget(
            label(
                translate(
                    "CounterVerify",
                    "扫描自助机或窗口打印的证明上的二维码即可核验；也可以输入二维码旁的 12 位验真码。",
                ),
                "",
                wrap=True,
            )
        )
        bar = QHBoxLayout()
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("CounterVerify", "验真码，如 K7QM-2XPD-9TAF，回车核验"))
        self.check = button(translate("CounterVerify", "核验"), "primary")
        bar.addWidget(self.code, 1)
        bar.addWidget(self.check)
        outer.addLayout(bar)
        box, inner = panel()
        self.verdict = badge(translate("CounterVerify", "尚未核验"), "info")
        inner.addWidget(self.verdict)
        self.body = label("", "", wrap=True)
        inner.addWidget(self.body)
        outer.addWidget(box)
        outer.addStretch(1)
        self.keys = PageKeys(self, vm.say)
        self.keys.bind("Alt+Y", self.check, translate("CounterVerify", "正在核验，请稍候。"))
        self.code.textEdited.connect(vm.set_code)
        self.code.returnPressed.connect(lambda: vm.check())
        self.check.clicked.connect(lambda: vm.check())
        vm.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        vm = self.vm
        if self.code.text() != vm.code:
            self.code.setText(vm.code)
        self.check.setEnabled(not vm.checking)
        result = vm.result
        if vm.checking:
            text, tone = translate("CounterVerify", "正在核验…"), "info"
        elif result is None:
            text, tone = translate("CounterVerify", "尚未核验"), "info"
        else:
            words = verdict_words(result.verdict)
            text, tone = (f"✔ {words}", "ok") if result.genuine else (f"✖ {words}", "danger")
        self.verdict.setText(text)
        self.verdict.setProperty("tone", tone)
        restyle(self.verdict)
        field = translate("CounterVerify", "{field}：{value}")
        self.body.setText("\n".join(field.format(field=k, value=v) for k, v in vm.lines()[1:]))
