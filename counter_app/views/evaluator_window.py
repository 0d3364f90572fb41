"""The evaluator screen: a second window facing the applicant (窗口评价器).

Five levels in words and faces, big enough to touch; reasons appear only for the two bad
levels; nothing is pre-selected and nothing presses the applicant (国办发〔2019〕51号).

It speaks the applicant's language ([counter] evaluator_language): every word goes through the
view-model's lookup, ``vm.translate("CounterEvaluator", …)``. The service's name (the case's
item), the case number and the clerk's name are data, shown as written.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.viewmodels.evaluation import EvaluationViewModel
from counter_app.views.common import MessageBar, button, label, restyle
from shared.domain.cases import format_case_no
from shared.domain.evaluations import EvaluationLevel
from shared.ui.widgets import FaceIcon

FACE_SIZE = 64

_STYLE = """
QWidget#Evaluator { background: #f3f5f8; }
QPushButton[kind="level"] { font-size: 26px; min-height: 120px; min-width: 150px; border: 2px solid #c9d1db;
  border-radius: 12px; background: #ffffff; }
QPushButton[kind="level"]:checked { border: 5px solid #0b5cad; background: #e8f0fb; font-weight: bold; }
QCheckBox { font-size: 22px; padding: 8px; }
QCheckBox::indicator { width: 28px; height: 28px; }
QPushButton { font-size: 24px; padding: 10px 24px; }
QLineEdit { font-size: 22px; min-height: 44px; }
QLabel[role="eval-title"] { font-size: 34px; font-weight: bold; }
QLabel[role="eval-sub"] { font-size: 20px; color: #4a5563; }
QLabel[role="level-word"] { font-size: 24px; background: transparent; }
"""


class EvaluatorWindow(QWidget):
    def __init__(self, vm: EvaluationViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("Evaluator")
        self.setWindowTitle(vm.translate("CounterEvaluator", "服务评价"))
        self.setStyleSheet(_STYLE)
        self.resize(1024, 640)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 24, 32, 24)
        self.title = label(vm.translate("CounterEvaluator", "欢迎评价我们的服务"), "eval-title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.title)
        self.sub = label("", "eval-sub", wrap=True)
        self.sub.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.sub)
        levels = QHBoxLayout()
        self.level_buttons: dict[EvaluationLevel, QPushButton] = {}
        for level in vm.LEVELS:
            # the same drawn faces as the kiosk (docs/glossary.md), the word below each
            b = button("", "level")
            b.setAccessibleName(vm.level_label(level))
            inner = QVBoxLayout(b)
            inner.setContentsMargins(8, 10, 8, 8)
            inner.setSpacing(4)
            face = FaceIcon(int(level), size=FACE_SIZE)
            inner.addWidget(face, 0, Qt.AlignmentFlag.AlignHCenter)
            word = label(vm.level_label(level), "level-word")
            word.setAlignment(Qt.AlignmentFlag.AlignCenter)
            word.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            inner.addWidget(word)
            b.setCheckable(True)
            b.clicked.connect(lambda _c, lv=level: vm.choose(lv))
            levels.addWidget(b)
            self.level_buttons[level] = b
        box.addLayout(levels)
        self.reason_title = label(vm.translate("CounterEvaluator", "请告诉我们哪里做得不好（可多选）"), "eval-sub")
        box.addWidget(self.reason_title)
        grid = QGridLayout()
        self.reasons: dict[object, QCheckBox] = {}
        for i, (reason, text) in enumerate(vm.reason_choices()):
            cb = QCheckBox(text)
            cb.toggled.connect(lambda on, r=reason: vm.toggle_reason(r, on))
            grid.addWidget(cb, i // 3, i % 3)
            self.reasons[reason] = cb
        box.addLayout(grid)
        self.comment = QLineEdit()
        self.comment.setPlaceholderText(vm.translate("CounterEvaluator", "意见建议（可不填）"))
        self.comment.textChanged.connect(vm.set_comment)
        box.addWidget(self.comment)
        row = QHBoxLayout()
        self.submit = button(vm.translate("CounterEvaluator", "提交评价"), "primary")
        self.submit.setMinimumHeight(64)
        self.later = button(vm.translate("CounterEvaluator", "暂不评价"))
        self.later.setMinimumHeight(64)
        row.addWidget(self.later)
        row.addWidget(self.submit, 2)
        box.addLayout(row)
        self.message = MessageBar(translate=vm.translate)
        box.addWidget(self.message)
        self.submit.clicked.connect(vm.submit)
        self.later.clicked.connect(vm.skip)
        vm.requested.connect(lambda _r: self.render())
        vm.selection_changed.connect(self.render)
        vm.thanked.connect(self._thanks)
        vm.message.connect(lambda lvl, t, h: self.message.show_message(lvl, t, h) if lvl == "error" else None)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.render)
        self.render()

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        req = vm.request_
        waiting = req is not None
        if req is not None:
            self.title.setText(vm.translate("CounterEvaluator", "请对本次服务进行评价"))
            who = (
                vm.translate("CounterEvaluator", "{window}号窗口 {clerk}").format(
                    window=req.window_no, clerk=req.clerk_name
                )
                if req.window_no
                else req.clerk_name
            )
            self.sub.setText(
                vm.translate("CounterEvaluator", "{service}　办件编号 {case_no}　服务人员：{who}").format(
                    service=req.service_name, case_no=format_case_no(req.case_no), who=who
                )
            )
        elif not self._idle.isActive():
            self.title.setText(vm.translate("CounterEvaluator", "欢迎评价我们的服务"))
            self.sub.setText(vm.translate("CounterEvaluator", "办理结束后可在这里评价；也可扫描受理凭证上的二维码评价。"))
        for level, b in self.level_buttons.items():
            b.setEnabled(waiting)
            b.setChecked(vm.level is level)
            restyle(b)
        bad = vm.level is not None and vm.level.is_bad
        self.reason_title.setVisible(bad)
        for reason, cb in self.reasons.items():
            cb.setVisible(bad)
            cb.blockSignals(True)
            cb.setChecked(reason in vm.reasons)
            cb.blockSignals(False)
        self.comment.setVisible(waiting)
        if not waiting:
            self.comment.clear()
        self.submit.setEnabled(waiting and vm.level is not None)
        self.later.setEnabled(waiting)

    def _thanks(self, followup: bool) -> None:
        vm = self.vm
        self.title.setText(vm.translate("CounterEvaluator", "谢谢您的评价！"))
        self.sub.setText(
            vm.translate("CounterEvaluator", "我们会认真核实，并在{days}个工作日内整改、回复。").format(
                days=vm.ctx.settings.evaluation.followup_working_days
            )
            if followup
            else vm.translate("CounterEvaluator", "祝您生活愉快。")
        )
        self.message.hide()
        self._idle.start(8000)
        self.render()
