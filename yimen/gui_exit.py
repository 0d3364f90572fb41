"""Ending a Qt program's process once it has shut itself down.

Each app's ``run`` stops its devices, threads and store before it returns. What is left
are Python wrappers of Qt objects, and letting the interpreter's final garbage collection
free those in arbitrary order crashes PySide6 now and then (seen in the live demo:
"none_dealloc ... finalizing", exit by SIGSEGV after a clean shutdown). Nothing of ours
is still to be written at that point, so the process ends here, after flushing what it
printed and logged, with the app's own exit code.
"""

from __future__ import annotations

import logging
import os
import sys


def end_gui_process(code: int) -> None:
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach it anyway
            pass
    os._exit(code)
