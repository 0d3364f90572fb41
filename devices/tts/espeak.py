"""espeak-ng as an offline Mandarin voice (Debian ``espeak-ng``; voice ``cmn``).

Robotic but always there and never online. Each utterance is one ``espeak-ng`` process,
text fed on stdin as UTF-8, so a text starting with "-" is never taken as an option.
With ``wav_dir`` set the announcer writes one WAV per utterance instead of playing it
(tests, headless machines, and for checking the wording by ear later).
"""

from __future__ import annotations

import itertools
import logging
import shutil
import subprocess
import threading
import wave
from pathlib import Path

from devices.base import Health, HealthState
from devices.errors import DeviceError, DeviceOffline
from devices.tts.announcer import TemplateCalls
from devices.tts.spoken import DEFAULT_TEMPLATE, validate_template
from shared.domain.words import words

log = logging.getLogger(__name__)


def espeak_voices(*, executable: str = "espeak-ng", language: str = "zh") -> list[str]:
    """Voice names espeak-ng has for ``language`` (``espeak-ng --voices=zh``)."""
    exe = shutil.which(executable)
    if exe is None:
        return []
    out = subprocess.run([exe, f"--voices={language}"], capture_output=True, text=True, timeout=10).stdout
    voices = []
    for line in out.splitlines()[1:]:
        cols = line.split()
        if len(cols) >= 2:
            voices.append(cols[1])
    return list(dict.fromkeys(voices))


def wav_seconds(path: str | Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


class EspeakAnnouncer(TemplateCalls):
    name = "tts-espeak"

    def __init__(
        self,
        *,
        voice: str = "cmn",
        words_per_minute: int = 140,  # slower than espeak's 175: a hall is noisy, listeners are old
        template: str = DEFAULT_TEMPLATE,
        wav_dir: str | Path | None = None,
        executable: str = "espeak-ng",
        timeout_s: float = 30.0,
    ) -> None:
        self.voice = voice or "cmn"
        self.words_per_minute = words_per_minute
        self.template = validate_template(template)
        self.wav_dir = Path(wav_dir) if wav_dir is not None else None
        self.executable = executable
        self.timeout_s = timeout_s
        self.written: list[Path] = []
        self._counter = itertools.count(1)
        self._health = Health(HealthState.OFFLINE, "未启动")
        self._lock = threading.Lock()

    def _exe(self) -> str:
        exe = shutil.which(self.executable)
        if exe is None:
            self._health = Health(HealthState.OFFLINE, "未安装 espeak-ng")
            raise DeviceOffline(
                "未安装 espeak-ng 语音引擎。", hint="apt-get install espeak-ng", device=self.name
            )
        return exe

    def open(self) -> None:
        self._exe()
        base = self.voice.split("+")[0]  # "cmn+f3": voice plus espeak variant
        known = espeak_voices(executable=self.executable) + espeak_voices(
            executable=self.executable, language=base
        )
        if base not in known:
            self._health = Health(HealthState.OFFLINE, f"espeak-ng 没有语音“{self.voice}”")
            raise DeviceOffline(
                words("espeak-ng 没有语音“{voice}”。", voice=self.voice), hint="用 espeak-ng --voices=zh 查看，配置 tts_voice。"
            )
        if self.wav_dir is not None:
            self.wav_dir.mkdir(parents=True, exist_ok=True)
        self._health = Health.ok()

    def close(self) -> None:
        self._health = Health(HealthState.OFFLINE, "已关闭")

    def health(self) -> Health:
        return self._health

    def synthesize(self, text: str, path: str | Path) -> Path:
        """Write ``text`` spoken as a WAV file; returns the path."""
        path = Path(path)
        self._run(["-w", str(path)], text)
        if not path.is_file() or path.stat().st_size <= 44:  # 44 bytes is an empty WAV header
            raise DeviceError(words("espeak-ng 没有生成语音文件 {path}", path=path), device=self.name)
        return path

    def say(self, text: str) -> Path | None:
        """Speak ``text`` (blocks until finished); in WAV mode returns the file written."""
        if self.wav_dir is not None:
            with self._lock:
                path = self.wav_dir / f"announcement-{next(self._counter):05d}.wav"
            self.synthesize(text, path)
            self.written.append(path)
            return path
        self._run([], text)
        return None

    def _run(self, extra: list[str], text: str) -> None:
        cmd = [self._exe(), "-v", self.voice, "-s", str(self.words_per_minute), "-b", "1", *extra]
        try:
            done = subprocess.run(
                cmd, input=text.encode("utf-8"), capture_output=True, timeout=self.timeout_s
            )
        except subprocess.TimeoutExpired:
            self._health = Health(HealthState.DEGRADED, "语音播报超时")
            raise DeviceError("espeak-ng 播报超时。", hint="检查声卡是否被占用。", device=self.name) from None
        err = done.stderr.decode("utf-8", "replace")
        # espeak-ng exits 0 even when it cannot open the sound device; it says so on stderr
        if done.returncode != 0 or "error:" in err.lower():
            reason = err.strip().splitlines()[-1] if err.strip() else f"exit {done.returncode}"
            self._health = Health(HealthState.DEGRADED, f"语音无法播放：{reason}")
            raise DeviceError(
                words("语音无法播放：{reason}", reason=reason), hint="检查音箱和声卡（或配置 WAV 输出目录）。", device=self.name
            )
        self._health = Health.ok()
