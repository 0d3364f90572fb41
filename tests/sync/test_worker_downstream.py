"""What flows back down: back-office decisions, catalog versions (whole or not at all), holiday calendar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from offline_store.store import Store
from offline_store.sync.catalog_sync import refresh_catalog, store_to_wire
from offline_store.sync.errors import PlatformUnavailable
from offline_store.sync.worker import SyncConfig, SyncWorker
from reference_platform.config import BackOfficeConfig
from reference_platform.server import ReferencePlatform
from shared.domain.cases import CaseState
from shared.protocol import messages as p
from tests.support.sync import catalog_documents, client_for, new_case, platform_config


@pytest.fixture
def fast_platform(tmp_path: Path):  # type: ignore[no-untyped-def]
    cfg = platform_config(
        tmp_path,
        backoffice=BackOfficeConfig(
            decide_after_s=0.0, reject_fraction=0.25, supplement_fraction=0.25, seed=11
        ),
    )
    rp = ReferencePlatform(cfg)
    rp.start_in_thread()
    yield rp
    rp.stop()


def _local_state(store: Store, case_no: str):  # type: ignore[no-untyped-def]
    with store.unit_of_work(read_only=True) as uow:
        return uow.cases.get_by_no(case_no)


def test_status_feed_applies_back_office_decisions(fast_platform: ReferencePlatform, store: Store) -> None:
    cases = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i, post=i % 2 == 0) for i in range(24)]
    with client_for(fast_platform) as c:
        worker = SyncWorker(store=store, client=c, config=SyncConfig(pull_reference_data=False))
        first = worker.run_once()
        assert first.feed.applied == 24  # in_review for all
        assert all(_local_state(store, no).state is CaseState.IN_REVIEW for no in cases)
        second = worker.run_once()
        assert second.feed.applied == 24
    outcomes = {}
    for no in cases:
        local = _local_state(store, no)
        upstream = fast_platform.store.case_row(no)
        assert upstream is not None and local.state.value == upstream["state"]
        outcomes.setdefault(local.state, []).append(local)
    assert set(outcomes) == {CaseState.COMPLETED, CaseState.REJECTED, CaseState.SUPPLEMENT_REQUESTED}
    for case in outcomes[CaseState.SUPPLEMENT_REQUESTED]:
        assert case.record.missing and "补交" in case.record.missing[0]
    for case in outcomes[CaseState.REJECTED]:
        assert "不予批准" in case.record.decision_note
    posted = [c for c in outcomes[CaseState.COMPLETED] if c.record.delivery.method.value == "post"]
    assert posted and all(c.record.delivery.tracking_no.endswith("CN") for c in posted)
    with store.unit_of_work(read_only=True) as uow:
        history = uow.cases.history(cases[0])
    assert any(h.actor == "platform" for h in history)


def test_duplicate_and_out_of_order_feed_pages_are_applied_once(
    fast_platform: ReferencePlatform, store: Store
) -> None:
    cases = [new_case(store, terminal_id="T-0001", terminal_no=1, n=i) for i in range(30)]
    fast_platform.set_faults(duplicate_feed_page_rate=0.5, out_of_order_feed_rate=0.7, seed=5)
    with client_for(fast_platform) as c:
        worker = SyncWorker(store=store, client=c, config=SyncConfig(pull_reference_data=False, feed_page=7))
        worker.run_once()
        total = worker.run_once().feed
        for _ in range(5):
            total = worker.run_once().feed
    assert total.conflicts == []
    for no in cases:
        assert _local_state(store, no).state.value == fast_platform.store.case_row(no)["state"]
    with store.unit_of_work(read_only=True) as uow:
        # every back-office step is in the history exactly once despite repeats and stale items
        for no in cases:
            steps = [h.to_state for h in uow.cases.history(no) if h.actor == "platform"]
            assert len(steps) == len(set(steps)), (no, steps)


def test_stale_update_never_moves_a_case_backwards(fast_platform: ReferencePlatform, store: Store) -> None:
    from offline_store.sync.status_feed import FeedReport, apply_update

    no = new_case(store, terminal_id="T-0001", terminal_no=1)
    with client_for(fast_platform) as c:
        worker = SyncWorker(store=store, client=c, config=SyncConfig(pull_reference_data=False))
        worker.run_once()
        worker.run_once()
    final = _local_state(store, no).state
    stale = p.StatusUpdate(update_id="00000000-0000-4000-8000-000000000001", case_no=no, case_version=1, state="in_review",
                           decided_at="2026-03-02T08:00:00+00:00")  # fmt: skip
    report = FeedReport()
    with store.unit_of_work() as uow:
        apply_update(uow, stale, report)
    assert report.skipped_stale == 1 and _local_state(store, no).state is final


def _local_documents(store: Store) -> list[dict]:
    with store.unit_of_work(read_only=True) as uow:
        return [store_to_wire(d.kind, d.code, d.doc) for d in uow.catalog.current_documents()]


def test_catalog_full_then_delta(platform: ReferencePlatform, store: Store) -> None:
    with client_for(platform) as c:
        assert refresh_catalog(c, store) == "1"
        assert p.catalog_digest(_local_documents(store)) == c.catalog_manifest().digest
        assert refresh_catalog(c, store) is None  # nothing new
        docs = catalog_documents("v2", extra=3)
        docs = [d for d in docs if d["code"] != "532822000002"]  # one item withdrawn
        platform.publish_catalog(docs, label="test-2")
        changes = c.catalog_changes(since=1, offset=0, limit=100)
        assert {ch.op.value for ch in changes.changes} == {"upsert", "delete"}
        assert refresh_catalog(c, store) == "2"
    local = _local_documents(store)
    assert p.catalog_digest(local) == p.catalog_digest(docs)
    assert {d["code"] for d in local if d["kind"] == "item"} == {
        d["code"] for d in docs if d["kind"] == "item"
    }


def test_interrupted_catalog_download_leaves_the_old_catalog_whole(tmp_path: Path, store: Store) -> None:
    rp = ReferencePlatform(platform_config(tmp_path))
    rp.start_in_thread()
    try:
        with client_for(rp) as c:
            refresh_catalog(c, store)
            before = _local_documents(store)
            big = catalog_documents("big", extra=2500)
            rp.publish_catalog(big, label="big")
            rp.store.read("DELETE FROM catalog_items WHERE version = 1")  # no delta possible: full download
            rp.set_faults(drop_catalog_page_at_offset=1000)
            with pytest.raises(PlatformUnavailable):
                refresh_catalog(c, store, page_size=500)
            with store.unit_of_work(read_only=True) as uow:
                assert uow.catalog.current_version() == "1"
            assert _local_documents(store) == before
            rp.set_faults(drop_catalog_page_at_offset=None)
            assert refresh_catalog(c, store, page_size=500) == "2"
        assert len(_local_documents(store)) == len(big)
    finally:
        rp.stop()


def test_calendar_years_are_applied_as_overrides(platform: ReferencePlatform, store: Store) -> None:
    from offline_store.sync.catalog_sync import refresh_calendar

    with client_for(platform) as c:
        years = [y.year for y in c.calendar_index().years]
        changed = refresh_calendar(c, store, from_year=min(years))
        assert changed == years
        assert refresh_calendar(c, store, from_year=min(years)) == []
    with store.unit_of_work(read_only=True) as uow:
        assert set(uow.calendar.covered_years()) >= set(years)
        overrides = uow.calendar.overrides(start=date(2026, 1, 1), end=date(2026, 12, 31))
    if 2026 in years:
        assert overrides[date(2026, 10, 1)].is_workday is False  # 国庆节
        assert any(o.is_workday for o in overrides.values())  # 调休 make-up days count as working days


def test_certificate_keys_come_down_with_the_reference_data(
    platform: ReferencePlatform, store: Store, worker: SyncWorker
) -> None:
    from offline_store.sync.certificate_keys import stored_certificate_keys

    assert stored_certificate_keys(store) == []
    worker.run_once(reference_data=True)
    (key,) = stored_certificate_keys(store)
    assert key["kid"] == platform.authority.signer.kid and key["algorithm"] == "Ed25519"
