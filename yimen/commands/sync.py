"""yimen sync status | run [--every SECONDS] | retry — the outbox to the provincial platform."""

from __future__ import annotations

import argparse
import logging
import signal
import threading
from typing import Any

from yimen.commands._common import settings_of

log = logging.getLogger(__name__)


def add_parser(sub: argparse._SubParsersAction) -> None:
    from offline_store.sync.cli import add_arguments

    p = sub.add_parser(
        "sync", help="the provincial platform: backlog, one pass now, retry quarantined events"
    )
    add_arguments(p.add_subparsers(dest="sync_cmd", required=True, metavar="ACTION"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from offline_store.sync.cli import run as sync_run

    if args.sync_cmd == "run" and getattr(args, "every", None) is not None:
        return run_every(settings_of(args), every_s=args.every)
    return sync_run(args, settings_of(args))


def run_every(settings: Any, *, every_s: float, stop: threading.Event | None = None) -> int:
    """The sync service: a pass every ``every_s`` seconds until SIGTERM or SIGINT, then 0.

    A stop signal lets the pass in hand finish (each outbox event is sent and marked in its
    own transaction, so stopping between two loses nothing) and ends before the next one.
    Under systemd (``Type=notify``) it says READY=1 once the store is open, and pings the
    watchdog after every pass and while waiting, so a pass hung past ``WatchdogSec`` is
    restarted.
    """
    from offline_store.store import Store
    from offline_store.sync.cli import _summary
    from offline_store.sync.worker import SyncWorker
    from shared.domain.errors import ValidationError
    from shared.services.sd_notify import SystemdNotifier

    if every_s < 1:
        raise ValidationError(f"--every {every_s:g} 太短。", hint="至少 1 秒；建议 30–300 秒。")
    stop = stop or threading.Event()
    previous = {}

    def _stop(signum: int, frame: object) -> None:
        log.info("sync: %s received, stopping after the pass in hand", signal.Signals(signum).name)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            previous[sig] = signal.signal(sig, _stop)
    notifier = SystemdNotifier()
    ping_s = min(every_s, notifier.watchdog_interval_s or every_s)
    store = Store.open(settings.store)
    try:
        worker = SyncWorker.from_settings(settings, store)
        try:
            notifier.ready("同步: 运行中")
            passes = 0
            while not stop.is_set():
                report = worker.run_once()
                passes += 1
                summary = _summary(report)
                notifier.notify(WATCHDOG=1, STATUS=f"同步第 {passes} 轮: {summary}")
                (log.info if report.ok else log.warning)("sync pass %d: %s", passes, summary)
                waited = 0.0
                while waited < every_s and not stop.wait(min(ping_s, every_s - waited)):
                    waited += ping_s
                    notifier.watchdog()
            notifier.stopping("同步: 正在停止")
            log.info("sync stopped after %d pass(es)", passes)
        finally:
            worker.client.close()
    finally:
        store.close()
        notifier.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0
