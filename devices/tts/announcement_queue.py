"""Announcements in order, one at a time, on their own thread.

Two clerks pressing "call next" in the same second must produce two calls one after the
other, never two voices at once: one worker thread (``tts-queue``) takes announcements
first in, first out and calls the engine's blocking ``say``. Each call is repeated
``repeats`` times (halls say it twice: the first time people look up, the second they
listen). If the engine stalls, the backlog is capped: stale calls are skipped rather
than read out minutes late; the hall display still shows every call.
"""

from __future__ import annotations

import collections
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from devices.base import Health, HealthState
from devices.tts.announcer import Announcer
from devices.tts.spoken import DEFAULT_TEMPLATE, format_call, validate_template

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Announcement:
    text: str
    repeats: int = 1
    done: threading.Event = field(default_factory=threading.Event)
    error: str = ""  # set when the engine failed or the announcement was skipped
    skipped: bool = False

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)


class AnnouncementQueue:
    """An :class:`Announcer` that queues: ``say``/``announce_call`` return at once with an
    :class:`Announcement` handle; the engine speaks them one by one."""

    name = "tts"

    def __init__(
        self,
        engine: Announcer,
        *,
        template: str = DEFAULT_TEMPLATE,
        repeats: int = 2,
        gap_s: float = 0.8,
        max_pending: int = 20,
        on_done: Callable[[Announcement], None] | None = None,
        thread_name: str = "tts-queue",
    ) -> None:
        if repeats < 1 or max_pending < 1:
            raise ValueError("repeats and max_pending must be at least 1")
        self.engine = engine
        self.template = validate_template(template)
        self.repeats = repeats
        self.gap_s = gap_s
        self.max_pending = max_pending
        self.on_done = on_done
        self.thread_name = thread_name
        self._pending: collections.deque[Announcement] = collections.deque()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closing = False
        self._health = Health.ok()
        self.spoken_count = 0
        self.skipped_count = 0

    # -- Device protocol --------------------------------------------------------------
    def open(self) -> None:
        with self._cond:
            self._closing = False
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name=self.thread_name, daemon=True)
                self._thread.start()

    def close(self, *, drain: bool = False, timeout: float = 10.0) -> None:
        """Stop the worker. ``drain=True`` speaks what is queued first; otherwise queued
        announcements are skipped (their handles report it)."""
        with self._cond:
            if not drain:
                while self._pending:
                    self._skip(self._pending.popleft(), "播报已停止")
            self._closing = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None
        self.engine.close()

    def health(self) -> Health:
        if self._health.state != HealthState.OK:
            return self._health
        return self.engine.health()

    # -- Announcer protocol -------------------------------------------------------------
    def say(self, text: str, *, repeats: int = 1) -> Announcement:
        item = Announcement(text=text, repeats=repeats)
        with self._cond:
            if self._closing:
                self._skip(item, "播报已停止")
                return item
            while len(self._pending) >= self.max_pending:
                self._skip(self._pending.popleft(), "排队过多，已跳过")
            self._pending.append(item)
            self._cond.notify_all()
        if self._thread is None:
            self.open()
        return item

    def announce_call(self, number: str, window: int | str, *, repeats: int | None = None) -> Announcement:
        text = format_call(self.template, number=number, window=window)
        return self.say(text, repeats=self.repeats if repeats is None else repeats)

    def pending(self) -> int:
        with self._cond:
            return len(self._pending)

    # -- worker ------------------------------------------------------------------------
    def _skip(self, item: Announcement, why: str) -> None:
        item.skipped, item.error = True, why
        self.skipped_count += 1
        item.done.set()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._pending and not self._closing:
                    self._cond.wait()
                if not self._pending:
                    return
                item = self._pending.popleft()
            for i in range(item.repeats):
                if i:
                    time.sleep(self.gap_s)
                try:
                    self.engine.say(item.text)
                except Exception as e:
                    log.warning("announcement failed: %s", e)
                    item.error = str(e)
                    self._health = Health(HealthState.DEGRADED, f"语音播报失败：{e}")
                    break
                else:
                    self._health = Health.ok()
            self.spoken_count += 1
            item.done.set()
            if self.on_done is not None:
                try:
                    self.on_done(item)
                except Exception:
                    log.exception("announcement callback failed")
