"""Draining the real outbox to the real reference platform: order, duplicates, quarantine, retry."""

from __future__ import annotations

import threading

import pytest

from offline_store.store import Store
from offline_store.sync.status import Light
from offline_store.sync.worker import THREAD_NAME, SyncConfig, SyncWorker
from reference_platform.server import ReferencePlatform
from tests.support.sync import ITEM_CODES, catalog_documents, new_case


def _outbox_counts(store: Store) -> dict[str, int]:
    with store.unit_of_work(read_only=True) as uow:
        return uow.outbox.counts()


def _assert_in_order_once(platform: ReferencePlatform, case_nos: list[str]) -> None:
    for no in case_nos:
        seqs = [e["case_seq"] for e in platform.store.events(no)]  # in the order the platform stored them
        assert seqs == list(range(1, len(seqs) + 1)), (no, seqs)


def test_drain_delivers_every_event_once_in_case_order(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    cases = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i, extra_events=2) for i in range(30)]
    report = worker.run_once(reference_data=False)
    assert report.ok, report.error
    assert report.sent == 30 * 4 and report.duplicates == 0
    assert platform.store.event_count() == 120
    _assert_in_order_once(platform, cases)
    assert _outbox_counts(store) == {"pending": 0, "sent": 120, "quarantined": 0}
    # each batch holds at most one event per case: n+1 only after n was acknowledged
    assert report.batches >= 4


def test_personal_data_travels_from_the_encrypted_pii_field(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    no = new_case(store, terminal_id="T-0001", terminal_no=1, n=7)
    worker.run_once(reference_data=False)
    created = platform.store.events(no)[0]
    assert created["kind"] == "created"
    assert created["payload"]["applicant_name"] == "岩温"
    assert len(created["payload"]["applicant_id"]) == 18


def test_answer_lost_after_commit_is_resent_and_counted_as_duplicate(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    cases = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i) for i in range(5)]
    platform.set_faults(drop_after_commit_rate=1.0)
    first = worker.run_once(reference_data=False)
    assert first.error_kind == "unavailable"
    assert platform.dropped_after_commit >= 1
    stored_upstream = platform.store.event_count()
    assert stored_upstream == 5  # the platform did commit the first batch
    assert _outbox_counts(store)["pending"] == 10  # ... but we could not know
    platform.set_faults(drop_after_commit_rate=0.0)
    second = worker.run_once(reference_data=False)
    assert second.ok and second.duplicates == 5 and second.sent == 5
    assert platform.store.event_count() == 10
    _assert_in_order_once(platform, cases)
    with store.unit_of_work(read_only=True) as uow:
        assert all(e.attempts >= 1 for e in uow.outbox.events_for_case(cases[0]) if e.case_seq == 1)


def test_rejected_event_is_quarantined_while_other_cases_flow(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    good = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i, extra_events=1) for i in range(10)]
    bad = new_case(store, terminal_id="T-0001", terminal_no=1, n=99, item_code="532822009999", extra_events=1)
    report = worker.run_once(reference_data=False)
    assert report.ok
    assert report.quarantined == 1
    assert platform.store.event_count() == 30
    assert platform.store.events(bad) == []
    with store.unit_of_work(read_only=True) as uow:
        events = uow.outbox.events_for_case(bad)
    assert [e.state for e in events] == ["quarantined", "pending", "pending"]
    assert events[0].last_error.startswith("unknown_item")
    status = worker.status()
    assert (status.quarantined, status.blocked, status.pending) == (1, 2, 2)
    assert status.light is Light.RED and "退回" in status.words
    # a second run does not retry it (never retried forever) nor send what waits behind it
    again = worker.run_once(reference_data=False)
    assert again.ok and again.sent == 0 and again.quarantined == 0
    # the platform publishes the item; the technician retries; the case goes through in order
    platform.publish_catalog(
        [*catalog_documents(), {"kind": "item", "code": "532822009999", "body": {"name": "新事项"}}]
    )
    assert worker.retry_quarantined([events[0].id]) == 1
    after = worker.run_once(reference_data=False)
    assert after.sent == 3
    _assert_in_order_once(platform, [*good, bad])
    assert _outbox_counts(store)["quarantined"] == 0


def test_retry_of_an_unknown_or_delivered_event_is_refused(store: Store, worker: SyncWorker) -> None:
    from shared.domain.errors import NotFound

    no = new_case(store, terminal_id="T-0001", terminal_no=1)
    worker.run_once(reference_data=False)
    with store.unit_of_work(read_only=True) as uow:
        sent_id = uow.outbox.events_for_case(no)[0].id
    with pytest.raises(NotFound, match="不在隔离区"):
        worker.retry_quarantined([sent_id])
    with pytest.raises(NotFound):
        worker.retry_quarantined(["00000000-0000-0000-0000-000000000000"])


def test_event_that_fails_local_validation_is_quarantined_without_sending(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    with store.unit_of_work() as uow:
        uow.outbox.add(kind="teleport", payload={"x": 1})
        uow.outbox.add(kind="evaluation", payload={"level": 1})  # 差评 without a reason
        uow.outbox.add(kind="complaint", payload={"category": "服务态度", "text": "窗口午休无人"})
    report = worker.run_once(reference_data=False)
    assert report.quarantined_locally == 2 and report.sent == 1
    assert [e["kind"] for e in platform.store.events()] == ["complaint"]
    with store.unit_of_work(read_only=True) as uow:
        reasons = sorted(e.last_error for e in uow.outbox.quarantined())
    assert any("未知的事件类型" in r for r in reasons) and any("差评须说明理由" in r for r in reasons)


def test_offline_then_back(platform: ReferencePlatform, store: Store, worker: SyncWorker) -> None:
    cases = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i) for i in range(3)]
    platform.stop(close_store=False)
    report = worker.run_once(reference_data=False)
    assert report.error_kind == "unavailable"
    status = worker.status()
    assert status.online is False and status.light is Light.AMBER and "离线" in status.words
    assert status.backlog == 6 and status.oldest_pending_age_s is not None
    platform.store.close()
    platform.restart()
    assert worker.run_once(reference_data=False).ok
    _assert_in_order_once(platform, cases)
    assert worker.status().light is Light.GREEN


def test_random_5xx_never_loses_or_doubles_events(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    cases = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i, extra_events=1) for i in range(20)]
    platform.set_faults(error_5xx_rate=0.5, drop_after_commit_rate=0.3, seed=3)
    for _ in range(200):
        worker.run_once(reference_data=False)
        if _outbox_counts(store)["pending"] == 0:
            break
    assert _outbox_counts(store) == {"pending": 0, "sent": 60, "quarantined": 0}
    assert platform.store.event_count() == 60
    _assert_in_order_once(platform, cases)


def test_worker_thread_drains_on_its_own_and_stops(platform: ReferencePlatform, store: Store, client) -> None:  # type: ignore[no-untyped-def]
    seen = threading.Event()
    worker = SyncWorker(
        store=store,
        client=client,
        config=SyncConfig(
            idle_interval_s=0.05, backoff_base_s=0.01, backoff_max_s=0.05, pull_reference_data=False
        ),
        on_status=lambda st: seen.set() if st.backlog == 0 else None,
    )
    new_case(store, terminal_id="T-0001", terminal_no=1)
    worker.start()
    try:
        assert THREAD_NAME in {t.name for t in threading.enumerate()}
        assert seen.wait(10)
    finally:
        worker.stop()
    assert not worker.running
    assert platform.store.event_count() == 2


def test_two_events_of_one_case_never_share_a_batch(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    no = new_case(store, terminal_id="T-0001", terminal_no=1, extra_events=5, item_code=ITEM_CODES[1])
    report = worker.run_once(reference_data=False)
    assert report.batches == 7 and report.sent == 7
    _assert_in_order_once(platform, [no])
