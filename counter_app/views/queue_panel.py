"""The queue column of the work page: the ticket at this window in big type, every queue
action with its key, held tickets, and who is waiting per category."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.viewmodels.queue import QueueViewModel
from counter_app.views.common import button, cell, label, panel, table
from shared.domain.tickets import TicketState

PAUSE_REASONS = ("暂时离开", "午间交接", "业务培训", "系统故障")  # shown on the board beside 暂停服务

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
    ("F9", "暂停服务", "toggle_pause"),
)


class TransferDialog(QDialog):
    def __init__(self, vm: QueueViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("转移号票")
        form = QFormLayout(self)
        self.target_window = QComboBox()
        self.target_window.addItem("（不指定窗口）", None)
        for w in vm.windows:
            if w.number != vm.session.window_no:
                self.target_window.addItem(f"{w.number}号 {w.label}（{w.kind.value}）", w.number)
        self.category = QComboBox()
        self.category.addItem("（不改业务类别）", None)
        for code, (prefix, name) in vm.ctx.settings.tickets.categories.items():
            self.category.addItem(f"{prefix} {name}", code)
        form.addRow("转到窗口", self.target_window)
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
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, text, name) in enumerate(QUEUE_KEYS):
            b = button(f"{text}  [{key}]", "primary" if name == "call_next" else "")
            b.clicked.connect(getattr(self, name) if name == "transfer_dialog" else getattr(vm, name))
            grid.addWidget(b, i // 2, i % 2)
            self.buttons[name] = b
        # why the window pauses, for the board (the first is taken unless the clerk picks another)
        self.pause_reason = QComboBox()
        self.pause_reason.addItems(PAUSE_REASONS)
        self.pause_reason.setToolTip("暂停原因（叫号屏显示）")
        self.pause_reason.currentTextChanged.connect(lambda text: setattr(vm, "pause_reason", text))
        vm.pause_reason = PAUSE_REASONS[0]
        grid.addWidget(self.pause_reason, len(QUEUE_KEYS) // 2, 1)
        box.addLayout(grid)
        # one step for the clerk who wants it: F1 calls and starts (remembered per clerk)
        self.call_and_start = QCheckBox("F1 叫号后直接开始办理（省去 F3）")
        self.call_and_start.toggled.connect(vm.set_call_and_start)
        box.addWidget(self.call_and_start)
        outer.addWidget(frame)

        held_frame, held_box = panel()
        self.held_title = label("暂挂：无", "heading")
        held_box.addWidget(self.held_title)
        self.held = QListWidget()
        self.held.setMaximumHeight(72)
        self.held.itemDoubleClicked.connect(lambda item: vm.resume(item.data(256)))
        held_box.addWidget(self.held)
        outer.addWidget(held_frame)

        wait_frame, wait_box = panel()
        self.waiting_title = label("等候人数", "heading")
        wait_box.addWidget(self.waiting_title)
        self.waiting = table(["类别（★本窗口）", "等候", "办理中", "已办结"])
        # every row whole, never a half-cut one: the table is as tall as its rows
        self.waiting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.waiting.verticalHeader().setDefaultSectionSize(26)
        wait_box.addWidget(self.waiting)
        self.waiting_rest = label("", "small", wrap=True)
        wait_box.addWidget(self.waiting_rest)
        wait_box.addStretch(1)
        outer.addWidget(wait_frame, 1)
        vm.changed.connect(self.render)
        vm.prefs_changed.connect(self._prefs)
        self.render()

    def _prefs(self) -> None:
        self.call_and_start.blockSignals(True)
        self.call_and_start.setChecked(self.vm.call_and_start)
        self.call_and_start.blockSignals(False)

    def transfer_dialog(self) -> None:
        if not self.vm.windows:
            self.vm.load_windows()
        dialog = TransferDialog(self.vm, self)
        if dialog.exec():
            self.vm.transfer(window=dialog.target_window.currentData(), category=dialog.category.currentData())

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        w = vm.session.window
        if w is not None:
            self.window_line.setText(f"{w.number}号窗口 · {w.kind.value} · {w.label}")
        number, line = vm.describe_current()
        if vm.paused is not None and vm.current is None:
            number, line = "暂停", f"本窗口暂停服务（{vm.paused.reason}），叫号屏显示“暂停服务”。"
        self.number.setText(number)
        self.detail.setText(line)
        t = vm.current
        state = t.state if t is not None else None
        self.buttons["toggle_pause"].setText("恢复服务  [F9]" if vm.paused is not None else "暂停服务  [F9]")
        self.buttons["call_next"].setText("恢复并叫号  [F1]" if vm.paused is not None else "叫下一位  [F1]")
        enabled = {
            "call_next": state not in (TicketState.CALLED, TicketState.SERVING),
            "recall": state is TicketState.CALLED,
            "start_serving": state is TicketState.CALLED,
            "no_show": state is TicketState.CALLED,
            "hold": state is TicketState.SERVING,
            "resume": bool(vm.held) and state is not TicketState.SERVING,
            "transfer_dialog": state in (TicketState.CALLED, TicketState.SERVING),
            "finish": state is TicketState.SERVING,
            "toggle_pause": vm.paused is not None or state not in (TicketState.CALLED, TicketState.SERVING),
        }
        for name, b in self.buttons.items():
            b.setEnabled(enabled[name])
        self.held.clear()
        for h in vm.held:
            item = QListWidgetItem(f"{h.number}　暂挂")
            item.setData(256, h.id)
            self.held.addItem(item)
        self.held_title.setText(f"暂挂中 {len(vm.held)} 个（双击恢复，F6）" if vm.held else "暂挂：无")
        self.held.setVisible(bool(vm.held))
        mine = set(vm.categories)
        self.waiting_title.setText(f"等候人数（本窗口可叫 {vm.waiting_for_me} 人）")
        # this window's categories, and the others only where someone waits or is served
        rows = sorted(
            (s for s in vm.status if s.category in mine or s.waiting or s.serving or s.called),
            key=lambda s: (s.category not in mine, s.prefix),
        )
        quiet = [s for s in vm.status if s not in rows]
        self.waiting.setRowCount(len(rows))
        for r, s in enumerate(rows):
            name = ("★" if s.category in mine else "　") + f"{s.prefix} {s.name}"
            for c, v in enumerate((name, s.waiting, s.serving + s.called, s.done)):
                self.waiting.setItem(r, c, cell(v))
        self.waiting.resizeColumnsToContents()
        rows_height = sum(self.waiting.rowHeight(r) for r in range(len(rows)))
        frame = 2 * self.waiting.frameWidth()
        header = self.waiting.horizontalHeader()
        head = max(header.height(), header.sizeHint().height())
        self.waiting.setFixedHeight(head + rows_height + frame)
        self.waiting_rest.setText(
            "其余类别无人等候：" + "、".join(f"{s.prefix}{s.name}" for s in quiet) if quiet else ""
        )
        self.waiting_rest.setVisible(bool(quiet))
