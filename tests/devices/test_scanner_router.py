"""A screen gets only the kinds it subscribed to; a failing screen does not stop others."""

from __future__ import annotations

import threading

from devices.scanner.router import ScanRouter
from shared.domain.payloads import Payload, PayloadKind, classify


def test_subscribers_receive_only_their_kinds_and_unhandled_goes_to_the_fallback() -> None:
    unhandled: list[Payload] = []
    router = ScanRouter(on_unhandled=unhandled.append)
    queue_screen: list[Payload] = []
    eval_screen: list[Payload] = []
    everything: list[Payload] = []
    router.subscribe([PayloadKind.TICKET, PayloadKind.APPOINTMENT], queue_screen.append)
    router.subscribe(PayloadKind.EVALUATION, eval_screen.append)

    assert router.route(classify("yimen://appt/AB12CD34")) == 1
    assert router.route(classify("yimen://eval/ticket/A023/q8Zr4kT1bX")) == 1
    assert router.route(classify("普通文字")) == 0
    assert [p.kind for p in queue_screen] == [PayloadKind.APPOINTMENT]
    assert [p.kind for p in eval_screen] == [PayloadKind.EVALUATION]
    assert [p.kind for p in unhandled] == [PayloadKind.TEXT]

    sub = router.subscribe("*", everything.append)
    router(classify("普通文字"))
    assert len(everything) == 1 and len(unhandled) == 1
    sub.unsubscribe()
    sub.unsubscribe()  # twice is harmless
    router(classify("普通文字"))
    assert len(everything) == 1 and len(unhandled) == 2


def test_a_raising_subscriber_is_isolated() -> None:
    router = ScanRouter()
    got: list[Payload] = []

    def broken(p: Payload) -> None:
        raise RuntimeError("screen bug")

    router.subscribe(PayloadKind.TEXT, broken)
    router.subscribe(PayloadKind.TEXT, got.append)
    assert router.route(classify("x")) == 2
    assert len(got) == 1


def test_subscription_as_context_manager_and_concurrent_routing() -> None:
    router = ScanRouter()
    got: list[Payload] = []
    lock = threading.Lock()

    def collect(p: Payload) -> None:
        with lock:
            got.append(p)

    with router.subscribe(PayloadKind.CASE, collect):
        threads = [
            threading.Thread(
                target=lambda: [
                    router.route(classify("yimen://case/53282225010200100120")) for _ in range(50)
                ]
            )
            for _ in range(4)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert len(got) == 200
    router.route(classify("yimen://case/53282225010200100120"))
    assert len(got) == 200
