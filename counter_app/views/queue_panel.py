"""The queue column of the work page: the ticket at this window in big type, every queue
action with its key, held tickets, and who is waiting per category."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from counter_app.desk_words import PAUSE_REASONS, pause_reason_word, window_kind_word, window_name
from counter_app.viewmodels.queue import QueueViewModel
from counter_app.views.common import button, cell, label, panel, table
from shared.domain.tickets import TicketState
from shared.ui.hall_words import category_name
from shared.ui.i18n import QT_TRANSLATE_NOOP

# the clerk's words go through Qt's translation system (docs/translations.md); ticket numbers,
# the windows' names and the categories the hall configured itself stay as written
translate = QCoreApplication.translate

# (key, text, method name): the keys are the same on every counter terminal
QUEUE_KEYS = (
    ("F1", QT_TRANSLATE_NOOP("CounterQueue", "叫下一位"), "call_next"),
    ("F2", QT_TRANSLATE_NOOP("CounterQueue", "重呼"), "recall"),
    ("F3", QT_TRANSLATE_NOOP("CounterQueue", "开始办理"), "start_serving"),
    ("F4", QT_TRANSLATE_NOOP("CounterQueue", "过号"), "no_show"),
    ("F5", QT_TRANSLATE_NOOP("CounterQueue", "暂挂"), "hold"),
    ("F6", QT_TRANSLATE_NOOP("CounterQueue", "恢复暂挂"), "resume"),
    ("F7", QT_TRANSLATE_NOOP("CounterQueue", "转移"), "transfer_dialog"),
    ("F8", QT_TRANSLATE_NOOP("CounterQueue", "办结本号"), "finish"),
    ("F9", QT_TRANSLATE_NOOP("CounterQueue", "暂停服务"), "toggle_pause"),
)


class TransferDialog(QDialog):
    def __init__(self, vm: QueueViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CounterQueue", "转移号票"))
        form = QFormLayout(self)
        self.target_window = QComboBox()
        self.target_window.addItem(translate("CounterQueue", "（不指定窗口）"), None)
        for w in vm.windows:
            if w.number != vm.session.window_no:
                self.target_window.addItem(
                    translate("CounterQueue", "{n}号 {name}（{kind}）").format(
                        n=w.number, name=window_name(w.number, w.name), kind=window_kind_word(w.kind)
                    ),
                    w.number,
                )
        self.category = QComboBox()
        self.category.addItem(translate("CounterQueue", "（不改业务类别）"), None)
        for code, (prefix, _name) in vm.ctx.settings.tickets.categories.items():
            self.category.addItem(f"{prefix} {vm.category_name(code)}", code)
        form.addRow(translate("CounterQueue", "转到窗口"), self.target_window)
        form.addRow(translate("CounterQueue", "或转到业务类别"), self.category)
        form.addRow(
            label(
                translate("CounterQueue", "转移后该号在目标处优先叫号，申请人无需重新取号。"),
                "small",
                wrap=True,
            )
        )
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
            b = button(
                f"{translate('CounterQueue', text)}  [{key}]", "primary" if name == "call_next" else ""
            )
            b.clicked.connect(getattr(self, name) if name == "transfer_dialog" else getattr(vm, name))
            grid.addWidget(b, i // 2, i % 2)
            self.buttons[name] = b
        # why the window pauses, for the board (the first is taken unless the clerk picks another)
        # (the board shows the reason in the hall's Chinese: the entry's data; the clerk reads it translated)
        self.pause_reason = QComboBox()
        for reason in PAUSE_REASONS:
            self.pause_reason.addItem(translate("CounterQueue", reason), reason)
        self.pause_reason.setToolTip(translate("CounterQueue", "暂停原因（叫号屏显示）"))
        self.pause_reason.currentIndexChanged.connect(
            lambda i: setattr(vm, "pause_reason", self.pause_reason.itemData(i) or PAUSE_REASONS[0])
        )
        vm.pause_reason = PAUSE_REASONS[0]
        grid.addWidget(self.pause_reason, len(QUEUE_KEYS) // 2, 1)
        box.addLayout(grid)
        # one step for the clerk who wants it: F1 calls and starts (remembered per clerk)
        self.call_and_start = QCheckBox(translate("CounterQueue", "F1 叫号后直接开始办理（省去 F3）"))
        self.call_and_start.toggled.connect(vm.set_call_and_start)
        box.addWidget(self.call_and_start)
        outer.addWidget(frame)

        held_frame, held_box = panel()
        self.held_title = label(translate("CounterQueue", "暂挂：无"), "heading")
        held_box.addWidget(self.held_title)
        self.held = QListWidget()
        self.held.setMaximumHeight(72)
        self.held.itemDoubleClicked.connect(lambda item: vm.resume(item.data(256)))
        held_box.addWidget(self.held)
        outer.addWidget(held_frame)

        wait_frame, wait_box = panel()
        self.waiting_title = label(translate("CounterQueue", "等候人数"), "heading")
        wait_box.addWidget(self.waiting_title)
        self.waiting = table(
            [
                translate("CounterQueue", "类别（★本窗口）"),
                translate("CounterQueue", "等候"),
                translate("CounterQueue", "办理中"),
                translate("CounterQueue", "已办结"),
            ]
        )
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
            self.vm.transfer(
                window=dialog.target_window.currentData(), category=dialog.category.currentData()
            )

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        w = vm.session.window
        if w is not None:
            self.window_line.setText(
                translate("CounterQueue", "{n}号窗口 · {kind} · {name}").format(
                    n=w.number, kind=window_kind_word(w.kind), name=window_name(w.number, w.name)
                )
            )
        number, line = vm.describe_current()
        if vm.paused is not None and vm.current is None:
            number = translate("CounterQueue", "暂停")
            line = translate("CounterQueue", "本窗口暂停服务（{reason}），叫号屏显示“暂停服务”。").format(
                reason=pause_reason_word(vm.paused.reason)
            )
        self.number.setText(number)
        self.detail.setText(line)
        t = vm.current
        state = t.state if t is not None else None
        paused = vm.paused is not None
        pause_text = (
            translate("CounterQueue", "恢复服务") if paused else translate("CounterQueue", "暂停服务")
        )
        call_text = (
            translate("CounterQueue", "恢复并叫号") if paused else translate("CounterQueue", "叫下一位")
        )
        self.buttons["toggle_pause"].setText(f"{pause_text}  [F9]")
        self.buttons["call_next"].setText(f"{call_text}  [F1]")
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
            item = QListWidgetItem(translate("CounterQueue", "{number}　暂挂").format(number=h.number))
            item.setData(256, h.id)
            self.held.addItem(item)
        self.held_title.setText(
            translate("CounterQueue", "暂挂中 {n} 个（双击恢复，F6）").format(n=len(vm.held))
            if vm.held
            else translate("CounterQueue", "暂挂：无")
        )
        self.held.setVisible(bool(vm.held))
        mine = set(vm.categories)
        self.waiting_title.setText(
            translate("CounterQueue", "等候人数（本窗口可叫 {n} 人）").format(n=vm.waiting_for_me)
        )
        # this window's categories, and the others only where someone waits or is served
        rows = sorted(
            (s for s in vm.status if s.category in mine or s.waiting or s.serving or s.called),
            key=lambda s: (s.category not in mine, s.prefix),
        )
        quiet = [s for s in vm.status if s not in rows]
        self.waiting.setRowCount(len(rows))
        for r, s in enumerate(rows):
            name = ("★" if s.category in mine else "　") + f"{s.prefix} {category_name(s.name, translate)}"
            for c, v in enumerate((name, s.waiting, s.serving + s.called, s.done)):
                self.waiting.setItem(r, c, cell(v))
        self.waiting.resizeColumnsToContents()
        rows_height = sum(self.waiting.rowHeight(r) for r in range(len(rows)))
        frame = 2 * self.waiting.frameWidth()
        header = self.waiting.horizontalHeader()
        head = max(header.height(), header.sizeHint().height())
        self.waiting.setFixedHeight(head + rows_height + frame)
        self.waiting_rest.setText(
            translate("CounterQueue", "其余类别无人等候：{categories}").format(
                categories=translate("CounterQueue", "、").join(
                    f"{s.prefix}{category_name(s.name, translate)}" for s in quiet
                )
            )
            if quiet
            else ""
        )
        self.waiting_rest.setVisible(bool(quiet))
