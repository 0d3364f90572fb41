"""A virtual ID card reader on a pseudo-terminal, for tests, demos and development.

:class:`SimulatedIdCardReader` answers the SAM serial protocol (GA 467) on the master side
of a pty, with frames built by the same encoder the driver's decoder is tested against, so
the real :class:`~devices.idcard.reader.IdCardReader` (real pyserial) talks to it exactly as
to hardware. Faults are switched on by methods; ``unplug()``/``replug()`` close and recreate
the pty and the stable symlink in :attr:`port`, so reconnecting can be tested.

POSIX only (os.openpty). CLI: ``yimen devices sim idcard --cards FILE`` calls :func:`main`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import queue
import random
import select
import shutil
import sys
import tempfile
import threading
import time
import tty
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from devices.idcard import protocol
from devices.idcard.cardfile import SAMPLE_CARDS_FILE, load_cards
from devices.idcard.frames import (
    HEADER,
    ChecksumMismatch,
    Frame,
    FrameDecoder,
    LengthOutOfRange,
    encode_response,
)
from devices.idcard.status import Sw3
from devices.idcard.textblock import IdCardData, encode_text_block
from shared.domain.errors import ConfigError


class SimFault(StrEnum):
    NO_CARD = "no_card"  # find fails although a card lies there (card out of the RF field)
    SELECT_FAILURE = "select_failure"  # 20 02 answers 81
    READ_FAILURE = "read_failure"  # 30 01 answers 41
    SAM_FAILURE = "sam_failure"  # 11 FF answers 60 (SAM self-test failed)
    CHECKSUM_ERROR = "checksum_error"  # answers arrive with a corrupt CHK
    TRUNCATED_FRAME = "truncated_frame"  # answers stop half-way
    SILENT = "silent"  # no answer at all
    GARBAGE = "garbage"  # line noise before each answer


_KEY = tuple[int, int]
_SAM_ID = bytes.fromhex("0501000000000000532822000000c0de")  # any 16 bytes; not a real SAM
_CHUNK = 32  # bytes written per step when pacing at line rate


@dataclass(frozen=True, slots=True)
class CardTiming:
    """How long the reader works on the card before it answers (the RF exchange with the
    card and the SAM's decryption), on top of the serial line's own time."""

    find_s: float = 0.0  # 20 01
    select_s: float = 0.0  # 20 02
    read_s: float = 0.0  # 30 01: text and photo off the card and through the SAM

    @property
    def total_s(self) -> float:
        return self.find_s + self.select_s + self.read_s


# A GA 467 desktop reader as its datasheet describes it: a full read (find, select, read
# text and photo) "≤ 1 s" (FACTS.md, "ID card readers in practice"; docs/idcard-readers.md).
# Datasheets give the total only; the split is ours: find and select are short ISO/IEC 14443
# type B exchanges, the read moves ~1.3 KB over the RF link at 106 kbit/s and through the SAM.
# With 1,359 bytes at 115200 baud (0.12 s) the whole read comes to about 0.95 s.
GA467_READER_TIMING = CardTiming(find_s=0.05, select_s=0.08, read_s=0.70)
INSTANT = CardTiming()


class SimulatedIdCardReader:
    """A virtual GA 467 reader. Use as a context manager or call start()/stop().

    ``line_rate`` paces every answer (and the arrival of every request) at ``baudrate`` with
    10 bits per byte (8N1), as a real serial line would. ``halt_after_read`` models real
    readers: after a read the card is halted and finding fails until it is lifted
    (remove_card) and placed again; False models readers that keep finding the same card.
    """

    def __init__(
        self,
        cards: Mapping[str, IdCardData] | None = None,
        *,
        cards_file: Path | str | None = None,
        line_rate: bool = False,
        baudrate: int = 115200,
        halt_after_read: bool = True,
        card_latency: float = 0.0,
        timing: CardTiming | None = None,
    ) -> None:
        if cards is None:
            cards = load_cards(cards_file or SAMPLE_CARDS_FILE)
        self.cards: dict[str, IdCardData] = dict(cards)
        self.line_rate = line_rate
        self.byte_time = 10.0 / baudrate
        self.halt_after_read = halt_after_read
        # the card's own time per command; ``card_latency`` alone is the older way to set the read's
        self.timing = timing or CardTiming(read_s=card_latency)
        self.requests: Counter[_KEY] = Counter()  # what the host asked, for assertions
        self._lock = threading.Lock()
        self._card_block: tuple[bytes, bytes] | None = None  # (text, photo) on the reader
        self._halted = False
        self._selected = False
        self._fault: SimFault | None = None
        self._fault_on: _KEY | None = None
        self._forced: dict[_KEY, int] = {}
        self._dir = Path(tempfile.mkdtemp(prefix="yimen-idcard-sim-"))
        self._link = self._dir / "ttyIDCARD0"
        self._master: int | None = None
        self._slave: int | None = None
        self._control: queue.Queue[tuple[str, threading.Event]] = queue.Queue()
        self._wake_r, self._wake_w = os.pipe()
        self._thread: threading.Thread | None = None
        self._running = False
        self._rng = random.Random(467)

    # --- lifecycle -------------------------------------------------------------------------

    @property
    def port(self) -> str:
        """Stable path of the virtual serial port (a symlink to the current pty slave)."""
        return str(self._link)

    @property
    def plugged(self) -> bool:
        return self._master is not None

    def start(self) -> SimulatedIdCardReader:
        if self._thread is not None:
            return self
        self._plug()
        self._running = True
        # The simulated reader serves the line on its own thread, like the real device would
        # answer independently of the host.
        self._thread = threading.Thread(target=self._serve, name="idcard-simulator", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._call("stop")
            self._thread.join(5)
            self._thread = None
        self._unplug_now()
        for fd in (self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> SimulatedIdCardReader:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def unplug(self) -> None:
        """Pull the cable: the pty closes and the port path disappears."""
        self._call("unplug")

    def replug(self) -> None:
        """Plug it back in: a new pty behind the same port path."""
        self._call("replug")

    # --- the card --------------------------------------------------------------------------

    def place_card(self, name: str) -> None:
        """Put a card from the cards file on the reader (replaces any card there)."""
        try:
            card = self.cards[name]
        except KeyError:
            raise KeyError(f"no sample card {name!r}; known: {', '.join(sorted(self.cards))}") from None
        self.place_card_data(card)

    def place_card_data(self, card: IdCardData) -> None:
        self.place_raw_card(encode_text_block(card), card.photo_wlt or bytes(protocol.PHOTO_SIZE))

    def place_raw_card(self, text: bytes, photo_wlt: bytes) -> None:
        """Put a card with exactly this text block on the reader (for malformed-card tests)."""
        with self._lock:
            self._card_block = (bytes(text), bytes(photo_wlt))
            self._halted = False
            self._selected = False

    def remove_card(self) -> None:
        with self._lock:
            self._card_block = None
            self._halted = False
            self._selected = False

    def lift_card(self, *, timeout: float = 10.0) -> None:
        """Take the card off and return once the host has seen the reader empty: two find
        requests have arrived since, so the first was answered "no card" and handled before
        the host sent the second. A host that ignores a card until it has been lifted (the
        GA 467 driver does) then reads the next card placed, even the same one; demos and
        tests wait on this rather than on a pause. TimeoutError if the host stops asking."""
        find = (protocol.FIND_CARD.cmd, protocol.FIND_CARD.para)
        self.remove_card()
        seen = self.requests[find]
        deadline = time.monotonic() + timeout
        while self.requests[find] < seen + 2:
            if time.monotonic() > deadline:
                raise TimeoutError(f"the host sent no find-card request for {timeout:.0f} s after the card was lifted")
            time.sleep(0.01)  # polling the request count

    # --- faults ----------------------------------------------------------------------------

    def set_fault(self, fault: SimFault | str | None, *, on: protocol.Command | None = None) -> None:
        """Switch a fault on for every command, or only for command ``on``; None clears it."""
        with self._lock:
            self._fault = SimFault(fault) if fault is not None else None
            self._fault_on = (on.cmd, on.para) if on is not None else None

    def clear_fault(self) -> None:
        self.set_fault(None)

    def force_status(self, command: protocol.Command, sw3: int | None) -> None:
        """Answer ``command`` with status ``sw3`` (no data) until set back to None."""
        with self._lock:
            if sw3 is None:
                self._forced.pop((command.cmd, command.para), None)
            else:
                self._forced[(command.cmd, command.para)] = sw3

    # --- protocol --------------------------------------------------------------------------

    def _answer(self, request: Frame) -> tuple[bytes | None, SimFault | None]:
        """The answer frame for a request and the fault to apply to it while sending."""
        key = (request.cmd or 0, request.para or 0)
        self.requests[key] += 1
        with self._lock:
            fault = self._fault if self._fault_on in (None, key) else None
            if fault is SimFault.SILENT:
                return None, fault
            if key in self._forced:
                return encode_response(self._forced[key]), fault
            return self._respond(key, fault), fault

    def _respond(self, key: _KEY, fault: SimFault | None) -> bytes:
        card_there = self._card_block is not None and not self._halted and fault is not SimFault.NO_CARD
        if key == (protocol.SAM_STATUS.cmd, protocol.SAM_STATUS.para):
            return encode_response(Sw3.SAM_SELF_TEST if fault is SimFault.SAM_FAILURE else Sw3.OK)
        if key == (protocol.SAM_ID.cmd, protocol.SAM_ID.para):
            return encode_response(Sw3.OK, _SAM_ID)
        if key == (protocol.FIND_CARD.cmd, protocol.FIND_CARD.para):
            self._selected = False
            if not card_there:
                return encode_response(Sw3.FIND_FAILED)
            return encode_response(Sw3.FIND_OK, protocol.FIND_OK_DATA)
        if key == (protocol.SELECT_CARD.cmd, protocol.SELECT_CARD.para):
            if not card_there or fault is SimFault.SELECT_FAILURE:
                return encode_response(Sw3.SELECT_FAILED)
            self._selected = True
            return encode_response(Sw3.OK, protocol.SELECT_OK_DATA)
        if key == (protocol.READ_TEXT_PHOTO.cmd, protocol.READ_TEXT_PHOTO.para):
            if not card_there or not self._selected or fault is SimFault.READ_FAILURE:
                return encode_response(Sw3.READ_FAILED)
            assert self._card_block is not None
            text, photo = self._card_block
            self._selected = False
            self._halted = self.halt_after_read
            return encode_response(Sw3.OK, protocol.build_read_payload(text, photo))
        return encode_response(Sw3.BAD_COMMAND)

    def _damage(self, frame: bytes, fault: SimFault | None) -> bytes:
        if fault is SimFault.CHECKSUM_ERROR:
            return frame[:-1] + bytes([frame[-1] ^ 0x5A])
        if fault is SimFault.TRUNCATED_FRAME:
            return frame[: max(len(HEADER) + 2, len(frame) // 2)]
        if fault is SimFault.GARBAGE:
            # Noise, including broken headers, but never a whole header.
            noise = bytes(
                self._rng.choice(b"\x00\xff\xaa\x96\x69\x13") for _ in range(self._rng.randint(3, 24))
            )
            return noise.replace(HEADER, b"\x00") + HEADER[:3] + b"\x01" + frame
        return frame

    # --- the serving thread ----------------------------------------------------------------

    def _call(self, what: str) -> None:
        done = threading.Event()
        if self._thread is None or not self._thread.is_alive():
            self._do(what)
            return
        self._control.put((what, done))
        os.write(self._wake_w, b"x")
        if not done.wait(5):
            raise TimeoutError(f"simulator did not {what} in time")

    def _do(self, what: str) -> None:
        if what == "unplug":
            self._unplug_now()
        elif what == "replug":
            if self._master is None:
                self._plug()
        elif what == "stop":
            self._running = False

    def _serve(self) -> None:
        decoder = FrameDecoder()
        while self._running:
            fds = [self._wake_r] + ([self._master] if self._master is not None else [])
            ready, _, _ = select.select(fds, [], [], 0.5)
            if self._wake_r in ready:
                os.read(self._wake_r, 64)
                while not self._control.empty():
                    what, done = self._control.get()
                    self._do(what)
                    if what in ("unplug", "replug"):
                        decoder.reset()
                    done.set()
                continue
            if self._master is None or self._master not in ready:
                continue
            try:
                data = os.read(self._master, 4096)
            except OSError:
                time.sleep(0.05)  # hung up (no slave side open): wait for the host
                continue
            for event in decoder.feed(data):
                self._handle(event)

    def _handle(self, event: Frame | ChecksumMismatch | LengthOutOfRange) -> None:
        if isinstance(event, ChecksumMismatch):
            self._send(encode_response(Sw3.CHECKSUM), request_len=event.declared_len + 7)
            return
        if isinstance(event, LengthOutOfRange):
            self._send(encode_response(Sw3.LENGTH), request_len=7)
            return
        answer, fault = self._answer(event)
        if answer is None:
            return
        key = (event.cmd, event.para)
        waits: dict[tuple[int | None, int | None], float] = {
            (protocol.FIND_CARD.cmd, protocol.FIND_CARD.para): self.timing.find_s,
            (protocol.SELECT_CARD.cmd, protocol.SELECT_CARD.para): self.timing.select_s,
            (protocol.READ_TEXT_PHOTO.cmd, protocol.READ_TEXT_PHOTO.para): self.timing.read_s,
        }
        wait = waits.get(key, 0.0)
        if wait:
            time.sleep(wait)  # the reader is busy with the card: the answer comes this much later
        self._send(self._damage(answer, fault), request_len=len(event.payload) + 8)

    def _send(self, data: bytes, *, request_len: int) -> None:
        master = self._master
        if master is None:
            return
        start = time.perf_counter()
        if self.line_rate:
            # The request took this long to arrive on a real line; the pty delivered it at once.
            start += request_len * self.byte_time
        sent = 0
        while sent < len(data):
            step = min(_CHUNK if self.line_rate else len(data), len(data) - sent)
            if self.line_rate:
                # Hand a chunk over when its last byte would have come off a real line.
                delay = start + (sent + step) * self.byte_time - time.perf_counter()
                if delay > 0:
                    time.sleep(delay)
            try:
                _, writable, _ = select.select([], [master], [], 1.0)
                if not writable:
                    return  # nobody reads the port: drop the rest, as a line would
                sent += os.write(master, data[sent : sent + step])
            except OSError:
                return

    # --- pty -------------------------------------------------------------------------------

    def _plug(self) -> None:
        master, slave = os.openpty()
        # Raw mode: no echo, no CR/LF translation, no line buffering — bytes pass as they are.
        tty.setraw(slave)
        os.set_blocking(master, False)
        tmp = self._dir / "ttyIDCARD0.new"
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        tmp.symlink_to(os.ttyname(slave))
        os.replace(tmp, self._link)
        # The simulator keeps its own slave descriptor open so the master never sees a hang-up
        # while the host closes and reopens the port.
        self._master, self._slave = master, slave

    def _unplug_now(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self._link.unlink()
        for fd in (self._master, self._slave):
            if fd is not None:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self._master = self._slave = None
        with self._lock:
            self._selected = False


# --- command line --------------------------------------------------------------------------

_HELP = """命令（每行一条）：
  list                 列出样例证件
  place NAME           放上证件            remove    拿走证件
  fault NAME           故障：{faults}
  clear                清除故障
  unplug / replug      拔出 / 插回读卡器    quit      退出
"""


def _run_command(sim: SimulatedIdCardReader, line: str) -> bool:
    words = line.split()
    if not words:
        return True
    cmd, args = words[0].lower(), words[1:]
    try:
        if cmd in ("quit", "exit"):
            return False
        if cmd == "list":
            for name, card in sim.cards.items():
                print(f"  {name}: {card.card_type.label}", file=sys.stderr)
        elif cmd == "place" and args:
            sim.place_card(args[0])
        elif cmd == "remove":
            sim.remove_card()
        elif cmd == "fault" and args:
            sim.set_fault(SimFault(args[0]))
        elif cmd == "clear":
            sim.clear_fault()
        elif cmd == "unplug":
            sim.unplug()
        elif cmd == "replug":
            sim.replug()
            print(sim.port, flush=True)
        else:
            print(_HELP.format(faults=", ".join(f.value for f in SimFault)), file=sys.stderr)
            return True
        print("ok", file=sys.stderr, flush=True)
    except (KeyError, ValueError) as exc:
        print(f"错误：{exc}", file=sys.stderr, flush=True)
    return True


def main(argv: list[str] | None = None) -> int:
    """``yimen devices sim idcard``: run a virtual reader until Ctrl-C or ``quit``.

    Prints the port path as the first line on stdout; reads commands from stdin.
    """
    parser = argparse.ArgumentParser(
        prog="yimen devices sim idcard",
        description="在虚拟串口上模拟身份证读卡器（GA 467 SAM 协议）。",
    )
    parser.add_argument("--cards", type=Path, default=SAMPLE_CARDS_FILE, help="样例证件 YAML 文件")
    parser.add_argument("--card", help="启动时放上的证件名称")
    parser.add_argument("--line-rate", action="store_true", help="按 115200 波特率模拟线路耗时")
    parser.add_argument(
        "--instant", action="store_true", help="证件立即应答（默认按读卡器说明书：整次读卡约 1 秒）"
    )
    parser.add_argument(
        "--keep-finding", action="store_true", help="读卡后无需拿起即可再次寻到（模拟部分读卡器）"
    )
    args = parser.parse_args(argv)
    try:
        cards = load_cards(args.cards)
    except ConfigError as err:
        print(f"错误：{err}", file=sys.stderr)
        return 2
    if args.card and args.card not in cards:
        print(f"错误：样例证件中没有 {args.card}。可用：{', '.join(cards)}", file=sys.stderr)
        return 2
    sim = SimulatedIdCardReader(
        cards,
        line_rate=args.line_rate,
        halt_after_read=not args.keep_finding,
        timing=INSTANT if args.instant else GA467_READER_TIMING,
    )
    try:
        sim.start()
        if args.card:
            sim.place_card(args.card)
        print(sim.port, flush=True)
        print(_HELP.format(faults=", ".join(f.value for f in SimFault)), file=sys.stderr, flush=True)
        for line in sys.stdin:
            if not _run_command(sim, line):
                return 0
        threading.Event().wait()  # stdin closed: serve until Ctrl-C
    except KeyboardInterrupt:
        return 0
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
