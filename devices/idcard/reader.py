"""Driver for a resident ID card reader that speaks the SAM serial protocol (GA 467).

Reading a card is four exchanges: SAM status (11 FF, once when the port opens), find card
(20 01), select card (20 02), read text and photo (30 01). :meth:`IdCardReader.read_once`
does one read; :meth:`IdCardReader.start_polling` runs a loop on the reader's own thread,
reports each newly placed card once, reconnects when the port vanishes and keeps
:meth:`IdCardReader.health` current.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import threading
import time
from collections.abc import Callable

import serial

from devices.base import Health, HealthState
from devices.idcard import protocol
from devices.idcard.errors import (
    CardNotFound,
    IdCardError,
    ReaderOffline,
    ReaderTimeout,
    ResponseChecksumError,
    ResponseIncomplete,
    SamNotAuthorised,
    SamSelfTestFailed,
    UnexpectedResponse,
)
from devices.idcard.frames import ChecksumMismatch, Frame, FrameDecoder, encode_request
from devices.idcard.photo import NullPhotoDecoder, PhotoDecoder
from devices.idcard.status import raise_for_status
from devices.idcard.textblock import IdCardData, parse_text_block
from shared.domain.words import words

_TermiosError: type[Exception]
try:  # pyserial flushes with termios on POSIX, and a vanished tty fails there first
    from termios import error as _termios_error

    _TermiosError = _termios_error
except ImportError:  # Windows
    _TermiosError = OSError

log = logging.getLogger(__name__)

# What the OS raises when the port is gone (unplugged USB adapter, closed pty).
_PORT_ERRORS: tuple[type[BaseException], ...] = (serial.SerialException, OSError, _TermiosError)
_OPEN_ERRORS: tuple[type[BaseException], ...] = (*_PORT_ERRORS, ValueError)
# pyserial read slice: short, so a wait can end at its deadline and a stop is noticed quickly.
_READ_SLICE = 0.02

CardCallback = Callable[[IdCardData], None]
ErrorCallback = Callable[[IdCardError], None]
HealthCallback = Callable[[Health], None]


def _ignore(_: object) -> None:
    return None


class IdCardReader:
    """A GA 467 ID card reader on a serial port (115200 8N1), implementing devices.base.Device.

    ``timeout`` bounds each exchange (request sent → whole answer received).
    """

    def __init__(
        self,
        port: str,
        *,
        baudrate: int = 115200,
        timeout: float = 1.5,
        photo_decoder: PhotoDecoder | None = None,
        name: str = "idcard",
        poll_interval: float = 0.3,
        reconnect_delay: tuple[float, float] = (0.2, 5.0),
    ) -> None:
        self.name = name
        self.port = port
        self.baudrate = baudrate
        self.timeout = timeout
        self.poll_interval = poll_interval
        self.reconnect_delay = reconnect_delay
        self.photo_decoder: PhotoDecoder = photo_decoder or NullPhotoDecoder()
        self._serial: serial.Serial | None = None
        self._decoder = FrameDecoder()
        # One exchange at a time on the line, whichever thread asks.
        self._io_lock = threading.RLock()
        self._health = Health(HealthState.OFFLINE, "读卡器尚未打开")
        self._health_lock = threading.Lock()
        self._on_card: CardCallback = _ignore
        self._on_error: ErrorCallback = _ignore
        self._on_health: HealthCallback = _ignore
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        # Card-lift detection: after a read, a card is not reported again until a find has
        # failed (the card left the field) or a different card is read. Only a fingerprint of
        # the last card is kept, never the card: a kiosk's idle wipe leaves no personal data here.
        self._awaiting_lift = False
        self._last_card_key: str | None = None
        self._last_error_key: tuple[type, int | None] | None = None

    # --- Device protocol -------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._serial is not None

    def open(self) -> None:
        """Open the port and check the SAM. Raises ReaderOffline, ReaderTimeout, Sam* errors."""
        with self._io_lock:
            if self._serial is not None:
                return
            self._open_port()
            try:
                self.check_sam()
            except IdCardError:
                self._close_port()
                raise

    def close(self) -> None:
        self.stop()
        with self._io_lock:
            self._close_port()
        self._set_health(HealthState.OFFLINE, "读卡器已关闭")

    def health(self) -> Health:
        with self._health_lock:
            return self._health

    # --- single operations -----------------------------------------------------------------

    def check_sam(self) -> None:
        """SAM status (11 FF): raises SamSelfTestFailed / SamNotAuthorised when the SAM is bad."""
        try:
            self._exchange(protocol.SAM_STATUS)
        except (SamSelfTestFailed, SamNotAuthorised) as err:
            # Without a working SAM no card can be read: the reader is as good as offline.
            self._set_health(HealthState.OFFLINE, str(err))
            raise

    def read_once(self) -> IdCardData:
        """Find, select and read the card on the reader now.

        Raises CardNotFound when no card is there, or when the card that was just read has not
        been lifted yet (the reader halts a card after reading it).
        """
        if self.polling:
            raise RuntimeError("read_once() while polling: the polling thread owns the reader")
        with self._io_lock:
            self.open()
            return self._read_card()

    # --- polling ---------------------------------------------------------------------------

    @property
    def polling(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start_polling(
        self,
        on_card: CardCallback,
        on_error: ErrorCallback | None = None,
        on_health: HealthCallback | None = None,
        *,
        interval: float | None = None,
    ) -> None:
        """Poll for cards on the reader's own thread until :meth:`stop`.

        Callbacks run on that thread (the Qt layer turns them into signals):
        ``on_card`` once per placed card, ``on_error`` once per new problem (a repeat of the
        same problem is not reported again; "no card" is not a problem), ``on_health`` on
        every change of health. Opening, reconnecting and backing off happen on the thread too.
        """
        if self.polling:
            raise RuntimeError("already polling")
        self._on_card = on_card
        self._on_error = on_error or _ignore
        self._on_health = on_health or _ignore
        if interval is not None:
            self.poll_interval = interval
        self._stop.clear()
        # All I/O of this device happens on this one named thread, so a slow or hung reader
        # never blocks the UI and two exchanges never interleave on the line.
        self._thread = threading.Thread(
            target=self._poll_loop, name=f"idcard-reader[{self.port}]", daemon=True
        )
        self._thread.start()

    def stop(self, *, timeout: float = 5.0) -> None:
        """Stop polling and wait for the thread; the port stays open (close() closes it)."""
        thread = self._thread
        self._stop.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._thread = None

    def _poll_loop(self) -> None:
        delay = self.reconnect_delay[0]
        while not self._stop.is_set():
            if self._serial is None:
                try:
                    self.open()
                except IdCardError as err:
                    self._report(err)
                    self._stop.wait(delay)
                    delay = min(delay * 2, self.reconnect_delay[1])
                    continue
                delay = self.reconnect_delay[0]
                self._last_error_key = None  # back online: the next problem is news again
            try:
                card = self._poll_card()
            except CardNotFound:
                self._awaiting_lift = False
                self._last_error_key = None
            except (ReaderOffline, ReaderTimeout, SamSelfTestFailed, SamNotAuthorised) as err:
                with self._io_lock:
                    self._close_port()
                self._report(err)
                continue  # reopen at once; failures to reopen back off
            except IdCardError as err:
                self._report(err)
            except Exception:  # a bug must not silently end the reader's thread: log, reopen
                log.exception("ID card polling step failed")
                with self._io_lock:
                    self._close_port()
                self._set_health(HealthState.DEGRADED, "读卡器驱动异常，正在重试；多次出现请联系技术人员")
                self._stop.wait(self.reconnect_delay[1])
                continue
            else:
                if card is not None:
                    self._last_error_key = None
                    self._deliver(card)
            self._stop.wait(self.poll_interval)

    def _poll_card(self) -> IdCardData | None:
        with self._io_lock:
            card = self._read_card()
        key = _card_key(card)
        if self._awaiting_lift and key == self._last_card_key:
            return None  # the same card never left the reader
        self._awaiting_lift = True
        self._last_card_key = key
        return card

    def _deliver(self, card: IdCardData) -> None:
        log.info("身份证读取成功 %r", card)
        try:
            self._on_card(card)
        except Exception:
            log.exception("on_card callback failed")

    def _report(self, err: IdCardError) -> None:
        key = (type(err), err.sw3)
        if key == self._last_error_key:
            return
        self._last_error_key = key
        log.warning("读卡器：%s", err)
        try:
            self._on_error(err)
        except Exception:
            log.exception("on_error callback failed")

    # --- the card sequence -----------------------------------------------------------------

    def _read_card(self) -> IdCardData:
        self._exchange(protocol.FIND_CARD)
        self._exchange(protocol.SELECT_CARD)
        answer = self._exchange(protocol.READ_TEXT_PHOTO)
        payload = protocol.parse_read_payload(answer.response_data)
        card = parse_text_block(payload.text, photo_wlt=payload.photo_wlt)
        png = self._decode_photo(payload.photo_wlt)
        return dataclasses.replace(card, photo_png=png) if png else card

    def _decode_photo(self, wlt: bytes) -> bytes | None:
        try:
            return self.photo_decoder.decode(wlt)
        except Exception:  # a vendor decoder failing must not lose the card: show a placeholder
            log.exception("photo decoder failed")
            return None

    # --- exchanges -------------------------------------------------------------------------

    def _exchange(self, command: protocol.Command) -> Frame:
        """Send one request, wait for its answer, raise the typed error its SW3 means."""
        with self._io_lock:
            frame = self._transact(command)
        if frame.sw3 is None:
            raise UnexpectedResponse(words("读卡器应答格式错误（{label}）", label=command.label))
        self._mark_link_ok()
        raise_for_status(frame.sw3)
        return frame

    def _transact(self, command: protocol.Command) -> Frame:
        port = self._serial
        if port is None:
            raise ReaderOffline(hint=self._port_hint())
        request = encode_request(command.cmd, command.para)
        try:
            # Stale bytes (a late answer, line noise) must not be taken for this answer.
            port.reset_input_buffer()
            self._decoder.reset()
            port.write(request)
            return self._await_frame(port, command)
        except _PORT_ERRORS as exc:
            self._close_port()
            err = ReaderOffline(hint=self._port_hint())
            self._set_health(HealthState.OFFLINE, str(err))
            raise err from exc
        except (ReaderTimeout, ResponseChecksumError) as err:
            state = HealthState.OFFLINE if isinstance(err, ReaderTimeout) else HealthState.DEGRADED
            self._set_health(state, str(err))
            raise

    def _await_frame(self, port: serial.Serial, command: protocol.Command) -> Frame:
        deadline = time.monotonic() + self.timeout
        corrupt: ChecksumMismatch | None = None
        while time.monotonic() < deadline:
            chunk = port.read(port.in_waiting or 1)
            if not chunk:
                continue
            for event in self._decoder.feed(chunk):
                if isinstance(event, Frame):
                    return event
                if isinstance(event, ChecksumMismatch):
                    corrupt = event
            if corrupt is not None and not self._decoder.has_partial_frame:
                raise ResponseChecksumError(words("读卡器回传数据校验错误（{label}）", label=command.label))
        # A corrupt LEN may have swallowed the real answer: give the buffer one more look.
        if self._decoder.has_partial_frame:
            for event in self._decoder.resync():
                if isinstance(event, Frame):
                    return event
            if corrupt is None:
                raise ResponseIncomplete(hint=self._port_hint())
        if corrupt is not None:
            raise ResponseChecksumError(words("读卡器回传数据校验错误（{label}）", label=command.label))
        raise ReaderTimeout(hint=self._port_hint())

    # --- port and health -------------------------------------------------------------------

    def _open_port(self) -> None:
        try:
            self._serial = serial.Serial(
                port=self.port,
                baudrate=self.baudrate,
                bytesize=serial.EIGHTBITS,
                parity=serial.PARITY_NONE,
                stopbits=serial.STOPBITS_ONE,
                timeout=_READ_SLICE,
                write_timeout=self.timeout,
                exclusive=True,  # a second program on the same reader would garble both
            )
        except _OPEN_ERRORS as exc:
            err = ReaderOffline(hint=self._port_hint())
            self._set_health(HealthState.OFFLINE, str(err))
            raise err from exc
        self._decoder.reset()
        self._set_health(HealthState.OK)

    def _close_port(self) -> None:
        port, self._serial = self._serial, None
        if port is not None:
            with contextlib.suppress(*_PORT_ERRORS):
                port.close()

    def _mark_link_ok(self) -> None:
        if self._health.state is not HealthState.OK:
            self._set_health(HealthState.OK)

    def _port_hint(self) -> str:
        return f"请检查读卡器的数据线和电源（端口 {self.port}）"

    def _set_health(self, state: HealthState, reason: str = "") -> None:
        with self._health_lock:
            if self._health.state is state and self._health.reason == reason:
                return
            self._health = Health(state, reason)
            health = self._health
        try:
            self._on_health(health)
        except Exception:
            log.exception("on_health callback failed")


def _card_key(card: IdCardData) -> str:
    """SHA-256 over the fields that tell one card from another (those its equality compares):
    enough to know the same card is still on the reader, useless to anyone reading memory."""
    fields = tuple(getattr(card, f.name) for f in dataclasses.fields(card) if f.compare)
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()
