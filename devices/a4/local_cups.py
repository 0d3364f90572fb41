"""A private CUPS daemon with a PDF queue: the A4 printer's simulator.

Like the pty card reader and the loopback receipt printer, this is the real thing on
loopback: Debian's ``cupsd`` with its own configuration, spool and port, and a
``cups-pdf`` queue whose "paper" is a folder of PDFs. Tests, the demo and the benchmark
start one; nothing of the machine's own CUPS is touched except one per-queue cups-pdf
setting file (``/etc/cups/cups-pdf-<queue>.conf``: cups-pdf reads its settings only
from there, chosen by the device URI ``cups-pdf:/<queue>``), removed again on stop.

Checked on Debian 12 (cups 2.4, printer-driver-cups-pdf 3.0.1): the backend must run as
root, so the daemon must be started by root; plain text with Chinese prints as garbage (no
CJK font in the text filter), so Yimen sends PDF; a PDF passing through the PostScript
filter keeps its text only with ``pdftops-renderer=pdftocairo`` (the default renderer turns
CJK glyphs into outlines, and pdftotext reads nothing back).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from devices.errors import DeviceError
from shared.domain.words import words

CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_CONF_DIR = Path("/etc/cups")


class LocalCupsUnavailable(DeviceError):
    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message, hint=hint, device="a4")


def missing_parts() -> list[str]:
    """What this machine lacks to run a private CUPS with a PDF queue ([] when nothing)."""
    missing = []
    if shutil.which("cupsd") is None and not Path("/usr/sbin/cupsd").exists():
        missing.append("cups")
    if not CUPS_PDF_PPD.exists() or not CUPS_PDF_BACKEND.exists():
        missing.append("printer-driver-cups-pdf")
    return missing


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _tool(name: str) -> str:
    found = shutil.which(name) or next(
        (str(p) for p in (Path("/usr/sbin") / name, Path("/usr/bin") / name) if p.exists()), None
    )
    if found is None:
        raise LocalCupsUnavailable(words("找不到 {name}。", name=name), hint="安装 Debian 软件包 cups 和 cups-client。")
    return found


class LocalCups:
    """``with LocalCups() as cups: cups.uri`` → ``ipp://127.0.0.1:PORT/printers/QUEUE``.

    ``preserve_history`` keeps CUPS's own default (job files and history kept), so a test
    proves that the driver purges them itself, as it must on a kiosk whose spooler keeps them.
    """

    def __init__(self, root: Path | None = None, *, queue: str | None = None, preserve_history: bool = True) -> None:
        self._own_root = root is None
        self.root = Path(root or tempfile.mkdtemp(prefix="yimen-cups-"))
        self.queue = queue or f"YIMEN_A4_{secrets.token_hex(4).upper()}"
        self.preserve_history = preserve_history
        self.port = 0
        self.out_dir = self.root / "paper"  # what "comes out" of the printer
        self.spool_dir = self.root / "spool"
        self.socket_path = self.root / "cups.sock"
        self._proc: subprocess.Popen[bytes] | None = None
        self._conf_file = CUPS_PDF_CONF_DIR / f"cups-pdf-{self.queue}.conf"

    @property
    def uri(self) -> str:
        return f"ipp://127.0.0.1:{self.port}/printers/{self.queue}"

    def start(self) -> LocalCups:
        missing = missing_parts()
        if missing:
            raise LocalCupsUnavailable(
                words("本机没有模拟 A4 打印所需的软件包：{missing}。", missing="、".join(missing)),
                hint=f"sudo apt-get install -y {' '.join(missing)}",
            )
        if os.geteuid() != 0:
            raise LocalCupsUnavailable(
                "模拟 A4 打印机（cups-pdf）需要以 root 启动打印服务。",
                hint="以 root 运行，或把 devices.a4 设为 cups 并指向本机已有的 CUPS 队列。",
            )
        # the filters run as user lp and need to reach the spool's tmp: mkdtemp made the root 0700
        # (so must every folder above it be passable: a root under pytest's tmp_path is not)
        self.root.chmod(0o755)
        etc, log_dir = self.root / "etc", self.root / "log"
        for d in (etc, log_dir, self.spool_dir / "tmp", self.root / "cache", self.root / "state", self.out_dir):
            d.mkdir(parents=True, exist_ok=True)
        # cups-pdf writes an anonymous job as user nobody (AnonUser): the paper folder is open
        # like /var/spool/cups-pdf/ANONYMOUS (sticky, world-writable); it is a test printer's paper
        self.out_dir.chmod(0o1777)
        self.port = _free_port()
        (etc / "cups-files.conf").write_text(
            f"ServerRoot {etc}\nRequestRoot {self.spool_dir}\nTempDir {self.spool_dir}/tmp\n"
            f"CacheDir {self.root}/cache\nStateDir {self.root}/state\nErrorLog {log_dir}/error_log\n"
            f"AccessLog {log_dir}/access_log\nPageLog {log_dir}/page_log\nSystemGroup root\nPeerCred on\n",
            encoding="utf-8",
        )
        preserve = "Yes" if self.preserve_history else "No"
        (etc / "cupsd.conf").write_text(
            f"LogLevel info\nListen 127.0.0.1:{self.port}\nListen {self.socket_path}\nBrowsing No\n"
            f"WebInterface No\nDefaultAuthType Basic\nPreserveJobFiles {preserve}\n"
            f"PreserveJobHistory {preserve}\nErrorPolicy stop-printer\nJobRetryLimit 0\n"
            "<Location />\n  Order allow,deny\n  Allow from 127.0.0.1\n  Allow from @LOCAL\n</Location>\n"
            "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n",
            encoding="utf-8",
        )
        self._conf_file.write_text(
            # a job of a user without a system account (the kiosk submits as "yimen") goes to
            # AnonDirName, a known one to Out: both are this printer's "paper" folder
            f"Out {self.out_dir}\nAnonDirName {self.out_dir}\nLog {log_dir}\nLabel 0\nTitlePref 1\n",
            encoding="utf-8"
        )
        self._proc = subprocess.Popen(
            [_tool("cupsd"), "-f", "-c", str(etc / "cupsd.conf"), "-s", str(etc / "cups-files.conf")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        self._wait_listening()
        self.admin(
            "lpadmin", "-p", self.queue, "-v", f"cups-pdf:/{self.queue}", "-E", "-P", str(CUPS_PDF_PPD),
            # keep the text of a PDF through the PostScript filter (see the module doc)
            "-o", "pdftops-renderer-default=pdftocairo",
        )  # fmt: skip
        return self

    def _wait_listening(self, timeout_s: float = 15.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                err = (self._proc.stderr.read() if self._proc.stderr else b"").decode("utf-8", "replace")
                raise LocalCupsUnavailable(words("打印服务 cupsd 启动失败：{text}", text=err.strip()[:300]))
            # the admin tools use the local socket: it must accept, not merely exist (a file
            # bound but not yet listening gave lpadmin "Unable to connect to server")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), 0.2),
                socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as local,
            ):
                local.settimeout(0.2)
                local.connect(str(self.socket_path))
                return
            time.sleep(0.05)
        raise LocalCupsUnavailable(words("打印服务 cupsd 在 {timeout_s:.0f} 秒内没有开始监听。", timeout_s=timeout_s))

    def admin(self, tool: str, *args: str) -> str:
        """Run a CUPS admin tool against this daemon (through its socket: root by peer credentials)."""
        env = dict(os.environ, CUPS_SERVER=str(self.socket_path))
        done = subprocess.run(
            [_tool(tool), *args], env=env, capture_output=True, text=True, timeout=30, check=False
        )
        if done.returncode != 0:
            raise LocalCupsUnavailable(words("{tool} {args} 失败：{text}", tool=tool, args=" ".join(args), text=done.stderr.strip()[:300]))
        return done.stdout

    def disable(self, reason: str = "") -> None:
        """``cupsdisable``: the queue stops, as when the printer runs out of paper."""
        self.admin("cupsdisable", *(["-r", reason] if reason else []), self.queue)

    def enable(self) -> None:
        self.admin("cupsenable", self.queue)

    def cancel_all(self) -> None:
        self.admin("cancel", "-a", self.queue)

    def printed(self) -> list[Path]:
        return sorted(self.out_dir.glob("*.pdf"), key=lambda p: p.stat().st_mtime)

    def wait_printed(self, count: int = 1, *, timeout_s: float = 30.0) -> list[Path]:
        """The PDFs cups-pdf wrote, once ``count`` are complete (it writes, then chmods)."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            done = [p for p in self.printed() if p.stat().st_size > 0 and p.stat().st_mode & 0o600]
            if len(done) >= count and all(_pdf_complete(p) for p in done):
                return done
            time.sleep(0.05)
        raise LocalCupsUnavailable(words("{timeout_s:.0f} 秒内没有打印出 {count} 份 PDF。", timeout_s=timeout_s, count=count))

    def spool_files(self) -> list[Path]:
        """Job control and data files left in the spool (c00001, d00001-001)."""
        return sorted(p for p in self.spool_dir.iterdir() if p.is_file() and p.name[:1] in "cd")

    def stop(self) -> None:
        if self._proc is not None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self._proc.pid, signal.SIGTERM)
            try:
                self._proc.wait(10)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(self._proc.pid, signal.SIGKILL)
                self._proc.wait(5)
            if self._proc.stderr is not None:
                self._proc.stderr.close()
            self._proc = None
        with contextlib.suppress(FileNotFoundError):
            self._conf_file.unlink()
        if self._own_root:
            shutil.rmtree(self.root, ignore_errors=True)

    def __enter__(self) -> LocalCups:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _pdf_complete(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            f.seek(max(0, path.stat().st_size - 64))
            return b"%%EOF" in f.read()
    except OSError:
        return False
