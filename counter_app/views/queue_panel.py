"""The queue column of the work page: the ticket at this window in big type, every queue
action with its key, held tickets, and who is waiting per category."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.viewmodels.queue import QueueViewModel
from counter_app.views.common import button, cell, label, panel, table
from shared.tickets import TicketState

# (key, text, method name): the keys are the same on every counter terminal
QUEUE_KEYS = (
    ("F1", "叫下一位", "call_next"),
    ("F2", "重呼", "recall"),
    ("F3", "开始办理", "start_serving"),
    ("F4", "过号", "no_show"),
    ("F5", "暂挂", "hold"),
    ("F6", "恢复暂挂", "resume"),
    ("F7", "转移", "transfer_dialog"),
    ("F8", "办结本号", "finish"),
)


class TransferDialog(QDialog):
    def __init__(self, vm: QueueViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("转移号票")
        form = QFormLayout(self)
        self.window = QComboBox()
        self.window.addItem("（不指定窗口）", None)
        for w in vm.windows:
            if w.number != vm.session.window_no:
                self.window.addItem(f"{w.number}号 {w.label}（{w.kind.value}）", w.number)
        self.category = QComboBox()
        self.category.addItem("（不改业务类别）", None)
        for code, (prefix, name) in vm.ctx.settings.tickets.categories.items():
            self.category.addItem(f"{prefix} {name}", code)
        form.addRow("转到窗口", self.window)
        form.addRow("或转到业务类别", self.category)
        form.addRow(label("转移后该号在目标处优先叫号，申请人无需重新取号。", "small", wrap=True))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class QueuePanel(QWidget):
    def __init__(self, vm: QueueViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setFixedWidth(340)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        frame, box = panel()
        self.window_line = label("", "muted")
        box.addWidget(self.window_line)
        self.number = label("—", "ticket")
        box.addWidget(self.number)
        self.detail = label("", "", wrap=True)
        box.addWidget(self.detail)
        grid = QGridLayout()
        grid.setSpacing(6)
        self.buttons: dict[str, object] = {}
        for i, (key, text, name) in enumerate(QUEUE_KEYS):
            b = button(f"{text}  [{key}]", "primary" if name == "call_next" else "")
            b.clicked.connect(getattr(self, name) if name == "transfer_dialog" else getattr(vm, name))
            grid.addWidget(b, i // 2, i % 2)
            self.buttons[name] = b
        box.addLayout(grid)
        outer.addWidget(frame)

        held_frame, held_box = panel()
        held_box.addWidget(label("暂挂中（双击恢复）", "heading"))
        self.held = QListWidget()
        self.held.setMaximumHeight(90)
        self.held.itemDoubleClicked.connect(lambda item: vm.resume(item.data(256)))
        held_box.addWidget(self.held)
        outer.addWidget(held_frame)

        wait_frame, wait_box = panel()
        self.waiting_title = label("等候人数", "heading")
        wait_box.addWidget(self.waiting_title)
        self.waiting = table(["类别（★本窗口）", "等候", "办理中", "已办结"])
        self.waiting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.setMinimumHeight(230)
        wait_box.addWidget(self.waiting)
        outer.addWidget(wait_frame, 1)
        vm.changed.connect(self.render)
        self.render()

    def transfer_dialog(self) -> None:
        if not self.vm.windows:
            self.vm.load_windows()
        dialog = TransferDialog(self.vm, self)
        if dialog.exec():
            self.vm.transfer(window=dialog.window.currentData(), category=dialog.category.currentData())

    def render(self) -> None:
        vm = self.vm
        w = vm.session.window
        if w is not None:
            self.window_line.setText(f"{w.number}号窗口 · {w.kind.value} · {w.label}")
        number, line = vm.describe_current()
        self.number.setText(number)
        self.detail.setText(line)
        t = vm.current
        state = t.state if t is not None else None
        enabled = {
            "call_next": state not in (TicketState.CALLED, TicketState.SERVING),
            "recall": state is TicketState.CALLED,
            "start_serving": state is TicketState.CALLED,
            "no_show": state is TicketState.CALLED,
            "hold": state is TicketState.SERVING,
            "resume": bool(vm.held) and state is not TicketState.SERVING,
            "transfer_dialog": state in (TicketState.CALLED, TicketState.SERVING),
            "finish": state is TicketState.SERVING,
        }
        for name, b in self.buttons.items():
            b.setEnabled(enabled[name])
        self.held.clear()
        for h in vm.held:
            item = QListWidgetItem(f"{h.number}　暂挂")
            item.setData(256, h.id)
            self.held.addItem(item)
        mine = set(vm.categories)
        self.waiting_title.setText(f"等候人数（本窗口可叫 {vm.waiting_for_me} 人）")
        rows = sorted(vm.status, key=lambda s: (s.category not in mine, s.prefix))
        self.waiting.setRowCount(len(rows))
        for r, s in enumerate(rows):
            name = ("★" if s.category in mine else "　") + f"{s.prefix} {s.name}"
            for c, v in enumerate((name, s.waiting, s.serving + s.called, s.done)):
                self.waiting.setItem(r, c, cell(v))
        self.waiting.resizeColumnsToContents()
