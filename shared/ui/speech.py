"""Speech through QtTextToSpeech, as an engine of the device manager's announcement queue.

:class:`QtSpeechAnnouncer` implements the ``devices.tts`` Announcer protocol: ``say`` blocks
until the text has been spoken (the queue calls it from its own thread, one text at a
time), ``announce_call`` words a call with the template. On Linux the engine is
``speechd`` (speech-dispatcher with espeak-ng's Mandarin voice); Windows has ``sapi`` /
``winrt``. Everything is offline.

The engine lives on its own thread (``tts-qt``) with its own event loop, never on the UI
thread: connecting to speech-dispatcher can take seconds, and a dispatcher whose audio
output is stuck blocks the caller outright. A hang then costs the voice, not the screen;
health says so and the device manager's queue reports each failed announcement.

:func:`speech_engine_factory` is what the apps pass to ``DeviceManager(announcer_factory=...)``:
the Qt engine when ``devices.tts = "qt"`` and it works, else espeak-ng, else silence.
"""

from __future__ import annotations

import logging
import shutil
import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtTextToSpeech import QTextToSpeech

from devices.base import Health, HealthState
from devices.errors import DeviceError
from devices.tts.announcer import Announcer, NullAnnouncer, TemplateCalls
from devices.tts.spoken import DEFAULT_TEMPLATE, validate_template

log = logging.getLogger(__name__)

# espeak-ng's Mandarin voice as speech-dispatcher lists it (its locale reads "C")
MANDARIN_HINTS = ("mandarin", "chinese", "cmn", "zh")


def preferred_engine() -> str | None:
    engines = QTextToSpeech.availableEngines()
    for name in ("speechd", "winrt", "sapi", "darwin", "android"):
        if name in engines:
            return name
    return None


class _Worker(QObject):
    """Owns the QTextToSpeech object; lives on the ``tts-qt`` thread."""

    ready = Signal(bool, str)  # engine usable, reason

    def __init__(self, engine: str, voice: str) -> None:
        super().__init__()
        self.engine_name = engine
        self.voice_wanted = voice
        self.tts: QTextToSpeech | None = None
        self.voice_name = ""
        self._done: threading.Event | None = None
        self._started = False
        self.last_error = ""

    @Slot()
    def start(self) -> None:
        try:
            self.tts = QTextToSpeech(self.engine_name)
        except Exception as e:  # a broken plugin must not take the process with it
            self.ready.emit(False, f"语音引擎 {self.engine_name} 无法启动：{e}")
            return
        if self.tts.state() == QTextToSpeech.State.Error:
            self.ready.emit(False, f"语音引擎 {self.engine_name} 出错：{self.tts.errorString()}")
            return
        self.tts.stateChanged.connect(self._state_changed)
        self.voice_name = self._choose_voice()
        self.ready.emit(True, "" if self.voice_name else "没有找到普通话语音，使用默认语音")

    def _choose_voice(self) -> str:
        assert self.tts is not None
        voices = self.tts.availableVoices()
        wanted = self.voice_wanted.strip().lower()
        chosen = None
        if wanted:
            chosen = next((v for v in voices if v.name().lower() == wanted), None)
        if chosen is None:
            for v in voices:
                text = f"{v.name()} {v.locale().name()}".lower()
                if any(h in text for h in MANDARIN_HINTS) and "+" not in v.name():
                    chosen = v
                    break
        if chosen is None:
            return ""
        self.tts.setVoice(chosen)
        return chosen.name()

    @Slot(str, object, bool)
    def speak(self, text: str, done: threading.Event, interrupt: bool) -> None:
        if self.tts is None:
            done.set()
            return
        if interrupt:
            self.tts.stop()
            if self._done is not None:
                self._done.set()
        self._done = done
        self._started = False
        self.tts.say(text)
        if self.tts.state() == QTextToSpeech.State.Error:
            self.last_error = self.tts.errorString()
            done.set()

    @Slot()
    def stop(self) -> None:
        if self.tts is not None:
            self.tts.stop()
        if self._done is not None:
            self._done.set()
            self._done = None

    def _state_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking:
            self._started = True
            return
        if state == QTextToSpeech.State.Error and self.tts is not None:
            self.last_error = self.tts.errorString()
        if state in (QTextToSpeech.State.Ready, QTextToSpeech.State.Error) and self._done is not None:
            self._done.set()
            self._done = None


class QtSpeechAnnouncer(TemplateCalls):
    """Announcer engine over QTextToSpeech. Create it on the UI thread after the
    QApplication; it starts its own ``tts-qt`` thread."""

    name = "tts-qt"

    def __init__(
        self,
        *,
        engine: str | None = None,
        voice: str = "",
        template: str = DEFAULT_TEMPLATE,
        start_timeout_s: float = 10.0,
        seconds_per_char: float = 0.6,
        fallback: Announcer | None = None,
    ) -> None:
        self.template = validate_template(template)
        # spoken instead when the Qt engine does not start or cannot be used (espeak-ng, or silence)
        self.fallback = fallback
        self.engine_name = engine or preferred_engine() or "mock"
        self.seconds_per_char = seconds_per_char
        self.start_timeout_s = start_timeout_s
        self._ready = threading.Event()
        self._usable = False
        self._reason = "语音引擎正在启动"
        self._thread = QThread()
        self._thread.setObjectName("tts-qt")
        self._worker = _Worker(self.engine_name, voice)
        self._worker.moveToThread(self._thread)
        self._bridge = _Bridge()
        self._bridge.speak.connect(self._worker.speak)
        self._bridge.stop.connect(self._worker.stop)
        self._worker.ready.connect(self._on_ready)
        self._thread.started.connect(self._worker.start)
        self._thread.start()
        self.closed = False

    # -- start-up -------------------------------------------------------------------------
    def _on_ready(self, usable: bool, reason: str) -> None:
        self._usable, self._reason = usable, reason
        self._ready.set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """True once the engine answered (usable or not) within ``timeout``."""
        return self._ready.wait(self.start_timeout_s if timeout is None else timeout)

    @property
    def voice_name(self) -> str:
        return self._worker.voice_name

    # -- Announcer protocol -----------------------------------------------------------------
    def say(self, text: str) -> None:
        """Speak and wait until done (called by the announcement queue's thread)."""
        if self.closed:
            raise DeviceError("语音播报已关闭", device="tts")
        if self.fallback is not None and (not self.wait_ready() or not self._usable):
            self.fallback.say(text)
            return
        if not self.wait_ready():
            raise DeviceError(
                "语音引擎无响应（语音服务可能卡住）",
                hint="重启 speech-dispatcher，或把 tts 设为 espeak。",
                device="tts",
            )
        if not self._usable:
            raise DeviceError(self._reason, hint="检查语音服务，或把 tts 设为 espeak。", device="tts")
        done = threading.Event()
        self._bridge.speak.emit(text, done, False)
        limit = 5.0 + self.seconds_per_char * len(text)
        if not done.wait(limit):
            self._bridge.stop.emit()
            raise DeviceError(f"语音播报超过 {limit:.0f} 秒未结束，已停止", device="tts")
        if self._worker.last_error:
            error, self._worker.last_error = self._worker.last_error, ""
            raise DeviceError(f"语音播报失败：{error}", device="tts")

    def say_now(self, text: str) -> threading.Event:
        """Stop whatever is being said and say ``text`` (read-aloud button); returns at once."""
        done = threading.Event()
        if self.closed or (self._ready.is_set() and not self._usable):
            if self.fallback is not None and not self.closed:
                fallback = self.fallback

                def say_instead() -> None:
                    fallback.say(text)
                    done.set()

                threading.Thread(target=say_instead, name="tts-fallback", daemon=True).start()
            else:
                done.set()
            return done
        self._bridge.speak.emit(text, done, True)
        return done

    def stop(self) -> None:
        self._bridge.stop.emit()

    def open(self) -> None:
        self.closed = False

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        self._bridge.stop.emit()
        self._thread.quit()
        if not self._thread.wait(3000):
            # a dispatcher stuck in a blocking call: leave the thread, never hang shutdown
            log.warning("tts-qt thread did not stop in 3 s")

    def health(self) -> Health:
        if not self._ready.is_set():
            return Health(HealthState.DEGRADED, "语音引擎正在启动")
        if not self._usable:
            if self.fallback is not None:
                return Health(HealthState.DEGRADED, f"{self._reason}；使用备用语音")
            return Health(HealthState.OFFLINE, self._reason)
        if self._reason:
            return Health(HealthState.DEGRADED, self._reason)
        return Health(HealthState.OK, f"语音引擎 {self.engine_name}")


class _Bridge(QObject):
    speak = Signal(str, object, bool)
    stop = Signal()


def speech_engine_factory(settings: object) -> Announcer | None:
    """``announcer_factory`` for the device manager: the Qt engine for ``tts = "qt"``.

    Returns at once (the engine starts on its own thread); when no Qt engine is installed
    or it fails to start, announcements go to espeak-ng if installed, else nowhere (and
    health says so). Other ``tts`` values are left to the device manager (returns None).
    """
    if getattr(settings, "tts", "") != "qt":
        return None
    template = getattr(settings, "announcement", DEFAULT_TEMPLATE)
    voice = getattr(settings, "tts_voice", "")
    fallback: Announcer
    if shutil.which("espeak-ng"):
        from devices.tts.espeak import EspeakAnnouncer

        fallback = EspeakAnnouncer(voice="cmn", template=template)
    else:
        fallback = NullAnnouncer(template=template)
    engine = preferred_engine()
    if engine is None:
        log.warning("speech: no Qt text-to-speech engine installed; using %s", type(fallback).__name__)
        return fallback
    return QtSpeechAnnouncer(engine=engine, voice=voice, template=template, fallback=fallback)
