"""PySide6 must not lose references to None, True or False.

Under Python 3.11 these singletons are ordinary reference-counted objects (3.12 made them
immortal). PySide6 6.12.0 dropped one reference to None on every call of a method that returns
nothing (``QLabel.setText``, ``setVisible``, ``setStyleSheet`` ...): a bare loop of ~5,000
``setText`` calls aborted the interpreter with "Fatal Python error: none_dealloc", and the
kiosk's 5,000-session benchmark aborted with "bool_dealloc" after about 1,000 residents. A
24-hour kiosk would have died every few hours. pyproject.toml pins the minor that keeps the
counts (6.11.3); this test fails on a version that loses them again.

The calls run in a child process, so a version with the fault aborts the child, not pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import sys
from PySide6.QtCore import QObject, QEvent, QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

app = QApplication([])
label, button = QLabel("x"), QPushButton("y")


class Filter(QObject):
    def eventFilter(self, watched, event):
        return event.type() == QEvent.Type.User  # True for one kind of event, False for others


watched = QObject()
flt = Filter()
watched.installEventFilter(flt)


class Handler(QWidget):
    def event(self, event):
        super().event(event)
        return True


handler = Handler()
calls = {
    "setText": lambda: label.setText("abc"),
    "setVisible": lambda: label.setVisible(False),
    "setEnabled": lambda: button.setEnabled(True),
    "setStyleSheet": lambda: label.setStyleSheet("color: black;"),
    "setChecked": lambda: button.setChecked(False),
    "isVisible": label.isVisible,
    "isChecked": button.isChecked,
    "eventFilter True/False": lambda: (
        QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.User)),
        QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.MouseMove)),
    ),
    "event() returning True": lambda: QCoreApplication.sendEvent(handler, QEvent(QEvent.Type.User)),
}
N = 20000
for name, call in calls.items():
    call()  # first call: any lazy set-up that keeps a reference happens here
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for _ in range(N):
        call()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    print(name, *(a - b for a, b in zip(after, before)), flush=True)
"""


def test_qt_calls_keep_the_references_to_none_true_and_false() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, f"the Qt calls aborted the interpreter:\n{out.stderr[-2000:]}"
    rows = [line.rsplit(" ", 3) for line in out.stdout.splitlines()]
    assert len(rows) == 9, out.stdout
    for name, d_none, d_true, d_false in rows:
        # 20,000 calls each: a binding that drops (or keeps) one reference per call moves a count
        # by ~20,000; a few references held by caches are not a leak per call
        for what, delta in (("None", d_none), ("True", d_true), ("False", d_false)):
            assert abs(int(delta)) < 100, f"{name}: {what} moved by {delta} over 20,000 calls"
