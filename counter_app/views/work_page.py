"""The work page (叫号受理): the queue on the left, the three steps of one service on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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

# the clerk's words go through Qt's translation system (docs/translations.md); the ticket number
# and the applicant's (masked) name stay as written
translate = QCoreApplication.translate


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
        self.steps.addTab(self.applicant_panel, translate("CounterWork", "① 申请人") + "  Alt+1")
        self.steps.addTab(self.intake_panel, translate("CounterWork", "② 事项与材料") + "  Alt+2")
        self.steps.addTab(self.decision_panel, translate("CounterWork", "③ 受理决定") + "  Alt+3")
        col.addWidget(self.steps, 1)
        # the keys of a whole case on one line, whatever step is shown
        self.keys = label(
            translate(
                "CounterWork",
                "键盘：F1 叫号　Ctrl+F 查找事项　Enter 选第一项　Ctrl+Shift+A 全部纸质原件已收　"
                "Ctrl+Enter 受理　Ctrl+P 请申请人评价　F8 办结　F9 暂停服务　Esc 收起提示",
            ),
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
        who = self.applicant.masked_line()
        if self.applicant.agency:
            who = translate("CounterWork", "{applicant}（代办人 {agent}）").format(
                applicant=who, agent=self.applicant.agent_line()
            )
        if number != "—":
            line = translate("CounterWork", "正在办理：{number}号 · {applicant}").format(
                number=number, applicant=who
            )
        else:
            line = translate("CounterWork", "正在办理：{applicant}").format(applicant=who)
        self.serving.setText(line)

    def show_step(self, index: int) -> None:
        self.steps.setCurrentIndex(index)
