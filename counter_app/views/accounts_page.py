"""账号与窗口 (大厅管理员): staff accounts and what each window calls.

Words through Qt's translation system (context CounterAccounts). A role, a window's kind and
where its settings come from are reworded here with the services' own Chinese (a test holds
them the same); the staff's names, the windows' names and the hall's own ticket categories
are data (the default categories are the kiosk's KioskCategory words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from counter_app.style import WARN_BG
from counter_app.viewmodels.manager import AccountsViewModel
from counter_app.views.common import PageKeys, button, cell, label, panel, table, with_key
from shared.domain.catalog.vocab import WindowKind
from shared.services.actor import Role
from shared.ui.hall_words import category_name
from shared.ui.i18n import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

# shared.services.permissions.ROLE_LABELS, worded for the manager's language
ROLE_WORDS = {
    Role.CLERK: QT_TRANSLATE_NOOP("CounterAccounts", "窗口人员"),
    Role.CHIEF: QT_TRANSLATE_NOOP("CounterAccounts", "首席事务代表"),
    Role.HELPER: QT_TRANSLATE_NOOP("CounterAccounts", "帮办代办员"),
    Role.MANAGER: QT_TRANSLATE_NOOP("CounterAccounts", "大厅管理员"),
    Role.KIOSK: QT_TRANSLATE_NOOP("CounterAccounts", "自助终端"),
    Role.DISPLAY: QT_TRANSLATE_NOOP("CounterAccounts", "叫号显示屏"),
    Role.SYSTEM: QT_TRANSLATE_NOOP("CounterAccounts", "系统"),
}
# shared.domain.catalog.vocab.WindowKind's values
KIND_WORDS = {
    WindowKind.COMPREHENSIVE: QT_TRANSLATE_NOOP("CounterAccounts", "无差别综合"),
    WindowKind.DOMAIN: QT_TRANSLATE_NOOP("CounterAccounts", "分领域"),
    WindowKind.CROSS_REGION: QT_TRANSLATE_NOOP("CounterAccounts", "跨省通办"),
    WindowKind.ASSISTED: QT_TRANSLATE_NOOP("CounterAccounts", "帮办代办/老年人"),
    WindowKind.UNRESOLVED: QT_TRANSLATE_NOOP("CounterAccounts", "办不成事"),
}
# WindowInfo.source: where a window's settings come from
SOURCE_WORDS = {
    "store": QT_TRANSLATE_NOOP("CounterAccounts", "本厅设置"),
    "catalog": QT_TRANSLATE_NOOP("CounterAccounts", "目录发布"),
    "default": QT_TRANSLATE_NOOP("CounterAccounts", "默认"),
}


def role_word(role: Role) -> str:
    return translate("CounterAccounts", ROLE_WORDS[role])


def kind_word(kind: WindowKind) -> str:
    return translate("CounterAccounts", KIND_WORDS[kind])


def window_label(number: int, name: str) -> str:
    """WindowInfo.label: the window's name as the hall gave it, or its number."""
    return name or translate("CounterAccounts", "{n}号窗口").format(n=number)


class AccountsPage(QWidget):
    def __init__(self, vm: AccountsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setProperty("role", "page")
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 10, 10, 10)

        acc, abox = panel()
        abox.addWidget(label(translate("CounterAccounts", "工作人员账号"), "heading"))
        self.accounts = table(
            [
                translate("CounterAccounts", "登录名"),
                translate("CounterAccounts", "姓名"),
                translate("CounterAccounts", "角色"),
                translate("CounterAccounts", "状态"),
                translate("CounterAccounts", "上次登录"),
            ]
        )
        abox.addWidget(self.accounts, 1)
        self.account_selected = label(translate("CounterAccounts", "请在上表中选择一个账号。"), "muted")
        abox.addWidget(self.account_selected)
        actions = QHBoxLayout()
        self.reset = button(translate("CounterAccounts", "重置密码"))
        self.unlock = button(translate("CounterAccounts", "解锁"))
        self.toggle = button(translate("CounterAccounts", "停用/启用"))
        self.role_btn = button(translate("CounterAccounts", "改角色"))
        for b in (self.reset, self.unlock, self.toggle, self.role_btn):
            actions.addWidget(b)
        abox.addLayout(actions)
        abox.addWidget(label(translate("CounterAccounts", "开通账号"), "heading"))
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setPlaceholderText(translate("CounterAccounts", "如 lina03"))
        self.display = QLineEdit()
        self.role = QComboBox()
        for r in vm.ROLES:
            self.role.addItem(role_word(r), r)
        self.password = QLineEdit()
        self.password.setPlaceholderText(translate("CounterAccounts", "临时密码，首次登录须修改"))
        form.addRow(translate("CounterAccounts", "登录名"), self.username)
        form.addRow(translate("CounterAccounts", "姓名"), self.display)
        form.addRow(translate("CounterAccounts", "角色"), self.role)
        form.addRow(translate("CounterAccounts", "临时密码"), self.password)
        abox.addLayout(form)
        self.create_btn = button(translate("CounterAccounts", "开通"), "primary")
        abox.addWidget(self.create_btn)
        row.addWidget(acc, 1)

        win, wbox = panel()
        wbox.addWidget(label(translate("CounterAccounts", "窗口设置"), "heading"))
        wbox.addWidget(
            label(
                translate(
                    "CounterAccounts", "终端按配置中的窗口号绑定窗口；窗口类型和可叫的业务类别在这里设置。"
                ),
                "muted",
                wrap=True,
            )
        )
        self.windows = table(
            [
                translate("CounterAccounts", "窗口"),
                translate("CounterAccounts", "类型"),
                translate("CounterAccounts", "名称"),
                translate("CounterAccounts", "可叫业务"),
                translate("CounterAccounts", "来源"),
            ]
        )
        wbox.addWidget(self.windows, 1)
        # the form below always shows the window it will save: the one selected above, or a
        # new number; never a blank form over an existing window
        self.w_title = label("", "heading")
        wbox.addWidget(self.w_title)
        wform = QFormLayout()
        self.w_number = QSpinBox()
        self.w_number.setRange(1, 999)
        self.w_kind = QComboBox()
        for k in vm.KINDS:
            self.w_kind.addItem(kind_word(k), k)
        self.w_name = QLineEdit()
        # the hall's categories five to a row: the page keeps to 1600 px however many there are
        cats = QGridLayout()
        self.w_cats: dict[str, QCheckBox] = {}
        for i, (code, (prefix, name)) in enumerate(vm.ctx.settings.tickets.categories.items()):
            box = QCheckBox(f"{prefix}{category_name(name, translate)}")
            self.w_cats[code] = box
            cats.addWidget(box, i // 5, i % 5)
        wform.addRow(translate("CounterAccounts", "窗口号"), self.w_number)
        wform.addRow(translate("CounterAccounts", "类型"), self.w_kind)
        wform.addRow(translate("CounterAccounts", "名称"), self.w_name)
        wform.addRow(translate("CounterAccounts", "业务类别"), cats)
        wbox.addLayout(wform)
        self.w_save = button(translate("CounterAccounts", "保存窗口设置"), "primary")
        wbox.addWidget(self.w_save)
        self._loading = False
        self._editing: int | None = None  # the window number the form holds
        row.addWidget(win, 1)
        self.keys = PageKeys(self, vm.say)
        for key, b, why in (
            ("Alt+M", self.reset, ""),
            ("Alt+J", self.unlock, ""),
            ("Alt+T", self.toggle, ""),
            ("Alt+G", self.role_btn, ""),
            ("Alt+K", self.create_btn, ""),
            (
                "Alt+S",
                self.w_save,
                translate("CounterAccounts", "请先在窗口表中选择一个窗口，或输入新的窗口号。"),
            ),
        ):
            self.keys.bind(key, b, why)

        self.create_btn.clicked.connect(self._create)
        self.reset.clicked.connect(self._reset)
        self.unlock.clicked.connect(lambda: self._with_account(vm.unlock))
        self.toggle.clicked.connect(self._toggle)
        self.role_btn.clicked.connect(self._role)
        self.windows.itemSelectionChanged.connect(self._window_selected)
        self.accounts.itemSelectionChanged.connect(self._account_selected)
        self.w_number.valueChanged.connect(self._number_changed)
        self.w_save.clicked.connect(self._save_window)
        vm.changed.connect(self.render)
        self.render()

    def _selected_account(self):
        rows = self.accounts.selectionModel().selectedRows()
        return self.vm.accounts[rows[0].row()] if rows and self.vm.accounts else None

    def _with_account(self, fn) -> None:
        a = self._selected_account()
        if a is None:
            self.vm.say("error", translate("CounterAccounts", "请先选择一个账号。"))
        else:
            fn(a.username)

    def _create(self) -> None:
        self.vm.create(
            username=self.username.text(),
            display_name=self.display.text(),
            role=self.role.currentData(),
            password=self.password.text(),
        )

    def _reset(self) -> None:
        a = self._selected_account()
        if a is None:
            self.vm.say("error", translate("CounterAccounts", "请先选择一个账号。"))
            return
        text, ok = QInputDialog.getText(
            self,
            translate("CounterAccounts", "重置密码"),
            translate("CounterAccounts", "{username} 的临时密码").format(username=a.username),
        )
        if ok:
            self.vm.reset_password(a.username, text)

    def _toggle(self) -> None:
        a = self._selected_account()
        if a is None:
            self.vm.say("error", translate("CounterAccounts", "请先选择一个账号。"))
            return
        self.vm.set_active(a.username, not a.active)

    def _role(self) -> None:
        a = self._selected_account()
        if a is None:
            self.vm.say("error", translate("CounterAccounts", "请先选择一个账号。"))
            return
        labels = [role_word(r) for r in self.vm.ROLES]
        text, ok = QInputDialog.getItem(
            self,
            translate("CounterAccounts", "修改角色"),
            a.username,
            labels,
            self.vm.ROLES.index(a.role),
            False,
        )
        if ok:
            self.vm.set_role(a.username, self.vm.ROLES[labels.index(text)])

    def _account_selected(self) -> None:
        a = self._selected_account()
        self.account_selected.setText(
            translate("CounterAccounts", "已选：{name}（{role}，登录名 {username}）").format(
                name=a.display_name, role=role_word(a.role), username=a.username
            )
            if a
            else translate("CounterAccounts", "请在上表中选择一个账号。")
        )

    def _window_selected(self) -> None:
        rows = self.windows.selectionModel().selectedRows()
        if not rows or self._loading:
            return
        self._load_window(self.vm.windows[rows[0].row()].number)

    def _number_changed(self, number: int) -> None:
        if not self._loading:
            self._load_window(number)

    def _load_window(self, number: int) -> None:
        """Fill the form with window ``number`` as stored (or empty, for a new window)."""
        self._loading = True
        try:
            w = next((w for w in self.vm.windows if w.number == number), None)
            self._editing = number
            self.w_number.setValue(number)
            if w is not None:
                self.w_kind.setCurrentIndex(self.w_kind.findData(w.kind))
                self.w_name.setText(w.name)
                for code, box in self.w_cats.items():
                    box.setChecked(code in w.categories)
                row = self.vm.windows.index(w)
                if not any(r.row() == row for r in self.windows.selectionModel().selectedRows()):
                    self.windows.selectRow(row)
                self.w_title.setText(
                    translate("CounterAccounts", "修改 {n}号窗口（{label}）").format(
                        n=number, label=window_label(w.number, w.name)
                    )
                )
                with_key(self.w_save, translate("CounterAccounts", "保存 {n}号窗口的设置").format(n=number))
            else:
                self.windows.clearSelection()
                self.w_name.clear()
                for box in self.w_cats.values():
                    box.setChecked(False)
                self.w_title.setText(translate("CounterAccounts", "新增 {n}号窗口").format(n=number))
                with_key(self.w_save, translate("CounterAccounts", "新增 {n}号窗口").format(n=number))
        finally:
            self._loading = False

    def _save_window(self) -> None:
        self.vm.save_window(
            number=self.w_number.value(),
            kind=self.w_kind.currentData(),
            name=self.w_name.text(),
            categories=[c for c, b in self.w_cats.items() if b.isChecked()],
        )

    # the view's redraw from its view-model; the name hides QWidget.render(), which no caller uses
    def render(self) -> None:  # type: ignore[override]
        vm = self.vm
        tz = vm.ctx.tz
        now = vm.ctx.now()
        self.accounts.setRowCount(len(vm.accounts))
        for r, a in enumerate(vm.accounts):
            locked = a.locked_until is not None and a.locked_until > now
            state = (
                translate("CounterAccounts", "已停用")
                if not a.active
                else (
                    translate("CounterAccounts", "锁定至{time}").format(
                        time=f"{a.locked_until.astimezone(tz):%H:%M}"
                    )
                    if locked and a.locked_until is not None
                    else translate("CounterAccounts", "正常")
                )
            )
            last = (
                f"{a.last_sign_in_at.astimezone(tz):%m-%d %H:%M}"
                if a.last_sign_in_at
                else translate("CounterAccounts", "从未登录")
            )
            for c, v in enumerate((a.username, a.display_name, role_word(a.role), state, last)):
                item = cell(v)
                if locked or not a.active:
                    item.setBackground(QColor(WARN_BG))
                self.accounts.setItem(r, c, item)
        self.accounts.resizeColumnsToContents()
        names = vm.ctx.settings.tickets.categories
        self.windows.setRowCount(len(vm.windows))
        for r, w in enumerate(vm.windows):
            cats = translate("CounterAccounts", "、").join(
                category_name(names.get(c, ("", c))[1], translate) for c in w.categories
            )
            source = translate("CounterAccounts", SOURCE_WORDS[w.source])
            values = (w.number, kind_word(w.kind), window_label(w.number, w.name), cats, source)
            for c, value in enumerate(values):
                self.windows.setItem(r, c, cell(value))
        self.windows.resizeColumnsToContents()
        if vm.windows:
            # the form is read again from the table just drawn (after a save too); a new
            # number being typed in stays as it is
            known = {w.number for w in vm.windows}
            n = self._editing
            if n is None:
                n = vm.windows[0].number
            if n in known or n != self.w_number.value():
                self._load_window(n)
        else:
            self._editing = None
            self.w_title.setText("")
        self.w_save.setEnabled(self._editing is not None)
