"""The announcement queue: order, no overlap, repeats, a stalled or failing engine."""

from __future__ import annotations

import itertools
import threading

import pytest

from devices.base import Health, HealthState
from devices.errors import DeviceError
from devices.tts.announcement_queue import Announcement, AnnouncementQueue
from devices.tts.announcer import Announcer, NullAnnouncer
from devices.tts.spoken import DEFAULT_TEMPLATE, format_call


def test_calls_are_spoken_in_order_with_repeats_and_never_overlap() -> None:
    engine = NullAnnouncer(seconds_per_char=0.002)
    queue = AnnouncementQueue(engine, repeats=2, gap_s=0.01)
    handles = [queue.announce_call(f"A{n:03d}", n) for n in range(1, 6)]
    assert all(h.wait(10) for h in handles)
    queue.close()
    expected = [f"请A{'零零' + '一二三四五'[n - 1]}号到{'一二三四五'[n - 1]}号窗口办理" for n in range(1, 6)]
    assert engine.spoken == [t for t in expected for _ in range(2)]
    spans = engine.utterances
    assert all(a.finished <= b.started for a, b in itertools.pairwise(spans))
    assert queue.spoken_count == 5 and queue.skipped_count == 0
    assert engine.closed


def test_announcements_from_many_threads_never_overlap() -> None:
    engine = NullAnnouncer(seconds_per_char=0.001)
    queue = AnnouncementQueue(engine, repeats=1, gap_s=0, max_pending=100)
    handles: list[Announcement] = []
    lock = threading.Lock()

    def clerk(window: int) -> None:
        for n in range(5):
            h = queue.announce_call(f"B{window}{n:02d}", window)
            with lock:
                handles.append(h)

    threads = [threading.Thread(target=clerk, args=(w,)) for w in range(1, 5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(h.wait(10) for h in handles)
    queue.close()
    spans = sorted(engine.utterances, key=lambda u: u.started)
    assert len(spans) == 20
    assert all(a.finished <= b.started for a, b in itertools.pairwise(spans))
    # each clerk's own calls keep their order
    for w in range(1, 5):
        mine = [u.text for u in spans if f"到{'一二三四'[w - 1]}号" in u.text]
        assert mine == [format_call(DEFAULT_TEMPLATE, number=f"B{w}{n:02d}", window=w) for n in range(5)]


class BlockingEngine:
    """Speaks only when released: a sound device that hangs."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.started = threading.Event()
        self.spoken: list[str] = []

    def say(self, text: str) -> None:
        self.started.set()
        self.release.wait(10)
        self.spoken.append(text)

    def announce_call(self, number: str, window: int | str) -> None:
        self.say(number)

    def open(self) -> None:
        pass

    def close(self) -> None:
        self.release.set()

    def health(self) -> Health:
        return Health(HealthState.OK)


def test_a_stalled_engine_skips_the_oldest_waiting_calls() -> None:
    engine = BlockingEngine()
    assert isinstance(engine, Announcer)
    queue = AnnouncementQueue(engine, repeats=1, max_pending=3)
    first = queue.say("一")
    assert engine.started.wait(5)
    later = [queue.say(t) for t in ("二", "三", "四", "五", "六")]
    assert [h.skipped for h in later] == [True, True, False, False, False]
    assert "跳过" in later[0].error
    engine.release.set()
    assert all(h.wait(5) for h in [first, *later])
    queue.close()
    assert engine.spoken == ["一", "四", "五", "六"]
    assert queue.skipped_count == 2


class FlakyEngine(NullAnnouncer):
    def say(self, text: str) -> None:
        if "坏" in text:
            raise DeviceError("语音无法播放: no sound card")
        super().say(text)


def test_an_engine_failure_is_reported_and_the_next_call_still_spoken() -> None:
    engine = FlakyEngine()
    done: list[Announcement] = []
    queue = AnnouncementQueue(engine, repeats=2, gap_s=0, on_done=done.append)
    bad = queue.say("坏", repeats=2)
    assert bad.wait(5)
    assert "no sound card" in bad.error
    assert queue.health().state == HealthState.DEGRADED
    good = queue.say("好")
    assert good.wait(5) and good.error == ""
    queue.close()
    assert engine.spoken == ["好"]
    assert queue.health().state == HealthState.OK
    assert [a.text for a in done] == ["坏", "好"]


def test_close_skips_or_drains_what_is_queued() -> None:
    engine = BlockingEngine()
    queue = AnnouncementQueue(engine, repeats=1)
    queue.say("一")
    assert engine.started.wait(5)
    waiting = queue.say("二")
    closer = threading.Thread(target=queue.close)
    closer.start()  # close while "一" is still being spoken
    assert waiting.wait(5) and waiting.skipped
    engine.release.set()
    closer.join(5)
    assert engine.spoken == ["一"]
    assert queue.say("三").skipped  # after close nothing is spoken

    engine2 = NullAnnouncer(seconds_per_char=0.001)
    queue2 = AnnouncementQueue(engine2, repeats=1)
    handles = [queue2.say(t) for t in ("甲", "乙", "丙")]
    queue2.close(drain=True)
    assert engine2.spoken == ["甲", "乙", "丙"]
    assert all(h.done.is_set() and not h.skipped for h in handles)
    queue2.open()  # reopened after close
    assert queue2.say("丁").wait(5)
    queue2.close()


def test_queue_refuses_nonsense_settings() -> None:
    with pytest.raises(ValueError):
        AnnouncementQueue(NullAnnouncer(), repeats=0)
