"""The work page (叫号受理): the queue on the left, the three steps of one service on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from counter_app.viewmodels.applicant import ApplicantViewModel
from counter_app.viewmodels.evaluation import EvaluationViewModel
from counter_app.viewmodels.intake import IntakeViewModel
from counter_app.viewmodels.queue import QueueViewModel
from counter_app.views.applicant_panel import ApplicantPanel
from counter_app.views.common import label
from counter_app.views.decision_panel import DecisionPanel
from counter_app.views.intake_panel import IntakePanel
from counter_app.views.queue_panel import QueuePanel


class WorkPage(QWidget):
    def __init__(
        self,
        queue: QueueViewModel,
        applicant: ApplicantViewModel,
        intake: IntakeViewModel,
        evaluation: EvaluationViewModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "page")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)
        self.queue_panel = QueuePanel(queue)
        row.addWidget(self.queue_panel)
        col = QVBoxLayout()
        self.serving = label("", "heading")
        col.addWidget(self.serving)
        self.steps = QTabWidget()
        self.applicant_panel = ApplicantPanel(applicant)
        self.intake_panel = IntakePanel(intake)
        self.decision_panel = DecisionPanel(intake, evaluation)
        self.steps.addTab(self.applicant_panel, "① 申请人  Alt+1")
        self.steps.addTab(self.intake_panel, "② 事项与材料  Alt+2")
        self.steps.addTab(self.decision_panel, "③ 受理决定  Alt+3")
        col.addWidget(self.steps, 1)
        # the keys of a whole case on one line, whatever step is shown
        self.keys = label(
            "键盘：F1 叫号　Ctrl+F 查找事项　Enter 选第一项　Ctrl+Shift+A 全部纸质原件已收　"
            "Ctrl+Enter 受理　Ctrl+P 请申请人评价　F8 办结　F9 暂停服务　Esc 收起提示",
            "small",
            wrap=True,
        )
        col.addWidget(self.keys)
        row.addLayout(col, 1)
        self.applicant = applicant
        self.queue = queue
        applicant.changed.connect(self._header)
        queue.changed.connect(self._header)
        self._header()

    def _header(self) -> None:
        number, _ = self.queue.describe_current()
        ticket = f"{number}号 · " if number != "—" else ""
        agent = f"（代办人 {self.applicant.agent_line()}）" if self.applicant.agency else ""
        self.serving.setText(f"正在办理：{ticket}{self.applicant.masked_line()}{agent}")

    def show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
