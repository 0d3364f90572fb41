"""espeak-ng for real: Mandarin WAV files measured with the wave module."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from devices.base import HealthState
from devices.errors import DeviceError, DeviceOffline
from devices.tts.announcement_queue import AnnouncementQueue
from devices.tts.espeak import EspeakAnnouncer, espeak_voices, wav_seconds

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="Debian espeak-ng not installed")


def test_mandarin_voice_is_available() -> None:
    assert "cmn" in espeak_voices()


def test_a_call_is_written_as_a_non_empty_wav_of_plausible_length(tmp_path: Path) -> None:
    tts = EspeakAnnouncer(wav_dir=tmp_path)
    tts.open()
    assert tts.health().state == HealthState.OK
    path = tts.announce_call("A023", 3)
    assert isinstance(path, Path) and path.stat().st_size > 10_000
    seconds = wav_seconds(path)
    # "请A零二三号到三号窗口办理": 12 syllables at 140 words a minute
    assert 2.0 < seconds < 12.0
    short = tts.synthesize("好", tmp_path / "short.wav")
    assert wav_seconds(short) < seconds


def test_slower_speech_gives_a_longer_file(tmp_path: Path) -> None:
    fast = EspeakAnnouncer(words_per_minute=220).synthesize("请到三号窗口办理", tmp_path / "fast.wav")
    slow = EspeakAnnouncer(words_per_minute=100).synthesize("请到三号窗口办理", tmp_path / "slow.wav")
    assert wav_seconds(slow) > wav_seconds(fast) * 1.3


def test_the_queue_over_espeak_writes_each_repeat_in_order(tmp_path: Path) -> None:
    tts = EspeakAnnouncer(wav_dir=tmp_path / "calls")
    tts.open()
    queue = AnnouncementQueue(tts, repeats=2, gap_s=0)
    a = queue.announce_call("A001", 1)
    b = queue.announce_call("B002", 2)
    assert a.wait(30) and b.wait(30) and not a.error and not b.error
    queue.close()
    assert [p.name for p in tts.written] == [f"announcement-{i:05d}.wav" for i in range(1, 5)]
    assert all(wav_seconds(p) > 1.0 for p in tts.written)


def test_text_starting_with_a_dash_is_spoken_not_parsed_as_an_option(tmp_path: Path) -> None:
    path = EspeakAnnouncer().synthesize("-h 号", tmp_path / "dash.wav")
    assert wav_seconds(path) > 0.2


def test_missing_engine_or_voice_is_offline_with_a_hint() -> None:
    with pytest.raises(DeviceOffline) as err:
        EspeakAnnouncer(executable="espeak-ng-not-installed").open()
    assert "apt-get" in err.value.hint
    with pytest.raises(DeviceOffline, match="没有语音"):
        EspeakAnnouncer(voice="xx-nonexistent").open()


def test_playback_outcome_and_health_agree() -> None:
    # without a sound card espeak-ng exits 0 and complains on stderr: that must be an error
    tts = EspeakAnnouncer()
    tts.open()
    try:
        tts.say("测试")
    except DeviceError as e:
        assert "语音无法播放" in str(e)
        assert tts.health().state == HealthState.DEGRADED
    else:
        assert tts.health().state == HealthState.OK
