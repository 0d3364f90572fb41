"""The announcer protocol every speech engine implements, and the null announcer.

An engine's ``say`` blocks until the text has been spoken (or written); the
:class:`~devices.tts.announcement_queue.AnnouncementQueue` calls it from its own thread,
one announcement at a time, so announcements never overlap. The Qt engine
(QtTextToSpeech) lives in ``shared/ui`` because devices/ must not import PySide6; it
implements this same protocol and reaches the device manager through
``announcer_factory``.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from devices.base import NOT_CONFIGURED, Health, HealthState
from devices.tts.spoken import DEFAULT_TEMPLATE, format_call, validate_template


@runtime_checkable
class Announcer(Protocol):
    """A speech engine: espeak-ng, Qt's text to speech (shared/ui), or none."""

    def open(self) -> None: ...

    def say(self, text: str) -> object: ...

    def announce_call(self, number: str, window: int | str) -> object: ...

    def close(self) -> None: ...

    def health(self) -> Health: ...


@runtime_checkable
class ReadsAloud(Protocol):
    """An engine that can interrupt itself (Qt's): the kiosk's read-aloud button stops the
    last reading and starts the new one at once instead of queueing behind it."""

    def say_now(self, text: str) -> object: ...

    def stop(self) -> None: ...


class TemplateCalls:
    """``announce_call`` for engines: word the call with the template, then ``say`` it."""

    template: str = DEFAULT_TEMPLATE

    def say(self, text: str) -> object:  # pragma: no cover - overridden
        raise NotImplementedError

    def announce_call(self, number: str, window: int | str) -> object:
        return self.say(format_call(self.template, number=number, window=window))


@dataclass(frozen=True, slots=True)
class Utterance:
    text: str
    started: float  # time.monotonic()
    finished: float


class NullAnnouncer(TemplateCalls):
    """Says nothing and records what it would have said (headless terminals, tests).

    ``seconds_per_char`` makes ``say`` take time like a real engine, so the queue's
    no-overlap guarantee can be tested against it.
    """

    name = "tts-null"

    def __init__(self, *, template: str = DEFAULT_TEMPLATE, seconds_per_char: float = 0.0) -> None:
        self.template = validate_template(template)
        self.seconds_per_char = seconds_per_char
        self.utterances: list[Utterance] = []
        self._lock = threading.Lock()
        self.closed = False

    @property
    def spoken(self) -> list[str]:
        with self._lock:
            return [u.text for u in self.utterances]

    def say(self, text: str) -> None:
        started = time.monotonic()
        if self.seconds_per_char:
            time.sleep(self.seconds_per_char * len(text))
        with self._lock:
            self.utterances.append(Utterance(text, started, time.monotonic()))

    def open(self) -> None:
        self.closed = False

    def close(self) -> None:
        self.closed = True

    def health(self) -> Health:
        return Health(HealthState.OK, "未启用语音播报", code=NOT_CONFIGURED)
