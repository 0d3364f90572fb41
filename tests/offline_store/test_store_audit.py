from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from offline_store import Store
from offline_store.models import AuditRow
from shared.domain.errors import AuditChainBroken, StoreError

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def _fill(store: Store, n: int = 5) -> None:
    with store.unit_of_work() as uow:
        for i in range(1, n + 1):
            uow.audit.append(
                actor=f"clerk{i:02d}",
                terminal_id="C-03",
                action="case.accept",
                target=f"5328222603020010{i:03d}0",
                detail={"item": "个体工商户设立登记", "materials": 3, "ok": True, "ratio": 0.5},
                at=T0 + timedelta(minutes=i),
            )


def _raw(store: Store, sql: str, **params) -> None:
    with store.engine.begin() as conn:
        conn.execute(sa.text(sql), params)


def _verify(store: Store):
    with store.unit_of_work(read_only=True) as uow:
        return uow.audit.verify()


def test_intact_chain_verifies(store: Store) -> None:
    _fill(store)
    report = _verify(store)
    assert report.ok and report.rows_checked == 5 and report.first_bad_seq is None
    report.raise_if_broken()
    with store.unit_of_work() as uow:
        entries = uow.audit.entries()
        assert [e.seq for e in entries] == [5, 4, 3, 2, 1]
        assert entries[-1].prev_hash == "0" * 64 and entries[-2].prev_hash == entries[-1].hash
        assert [e.seq for e in uow.audit.entries(actor="clerk02")] == [2]
        assert [e.seq for e in uow.audit.entries(since=T0 + timedelta(minutes=4))] == [5, 4]


def test_empty_chain_verifies(store: Store) -> None:
    assert _verify(store).ok


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'someone_else' WHERE seq = 3",
        "UPDATE audit_log SET result = 'denied' WHERE seq = 3",
        "UPDATE audit_log SET target = '53282226030200100990' WHERE seq = 3",
        "UPDATE audit_log SET hash = '" + "a" * 64 + "' WHERE seq = 3",
    ],
)
def test_edited_field_names_the_row(store: Store, sql: str) -> None:
    _fill(store)
    _raw(store, sql)
    report = _verify(store)
    assert not report.ok and report.first_bad_seq == 3
    with pytest.raises(AuditChainBroken, match="审计日志（终端 C-03）第3条被修改或删除"):
        report.raise_if_broken()


def test_edited_detail_and_time_are_detected(store: Store) -> None:
    _fill(store)
    with store.engine.begin() as conn:
        conn.execute(
            sa.update(AuditRow.__table__).where(AuditRow.seq == 2).values(detail={"item": "别的事项"})
        )
    assert _verify(store).first_bad_seq == 2
    with store.engine.begin() as conn:
        conn.execute(sa.update(AuditRow.__table__).where(AuditRow.seq == 1).values(at=T0 - timedelta(days=1)))
    assert _verify(store).first_bad_seq == 1


def test_deleted_row_is_named(store: Store) -> None:
    _fill(store)
    _raw(store, "DELETE FROM audit_log WHERE seq = 2")
    report = _verify(store)
    assert (report.ok, report.first_bad_seq) == (False, 2)
    assert "第2条被修改或删除" in report.problem


def test_deleted_last_row_is_named(store: Store) -> None:
    _fill(store)
    _raw(store, "DELETE FROM audit_log WHERE seq = 5")
    assert _verify(store).first_bad_seq == 5


def test_inserted_row_is_detected(store: Store) -> None:
    _fill(store)
    _raw(
        store,
        "INSERT INTO audit_log (chain, seq, at, actor, terminal_id, action, target, result, detail, prev_hash, hash) "
        "VALUES ('C-03', 6, :at, 'ghost', 'C-03', 'case.delete', 'x', 'ok', '{}', :prev, :h)",
        at=T0 + timedelta(hours=1),
        prev="b" * 64,
        h="c" * 64,
    )
    report = _verify(store)
    assert not report.ok and report.first_bad_seq == 6


def test_renumbered_rows_are_detected(store: Store) -> None:
    """Reordering: swap the content of rows 2 and 4 (all columns but seq)."""
    _fill(store)
    t = AuditRow.__table__
    cols = [c for c in t.c if c.name != "seq"]
    with store.engine.begin() as conn:
        r2 = conn.execute(sa.select(*cols).where(t.c.seq == 2)).mappings().one()
        r4 = conn.execute(sa.select(*cols).where(t.c.seq == 4)).mappings().one()
        conn.execute(sa.update(t).where(t.c.seq == 2).values(**r4))
        conn.execute(sa.update(t).where(t.c.seq == 4).values(**r2))
    assert _verify(store).first_bad_seq == 2


def test_missing_head_is_reported(store: Store) -> None:
    _fill(store, 2)
    _raw(store, "DELETE FROM audit_head")
    report = _verify(store)
    assert not report.ok and "链头" in report.problem


def test_a_terminal_whose_head_was_deleted_is_reported(store: Store) -> None:
    _fill(store, 2)
    _raw(store, "DELETE FROM audit_head WHERE chain = 'C-03'")
    report = _verify(store)
    assert (report.ok, report.first_bad_chain) == (False, "C-03") and "链头缺失" in report.problem
    # the terminal's next append would restart its chain over the old rows: refused instead
    refused = pytest.raises(StoreError, match="审计日志链头缺失或被改动（终端 C-03）")
    with refused, store.unit_of_work() as uow:
        uow.audit.append(actor="clerk01", terminal_id="C-03", action="ticket.call")


def test_a_whole_terminal_chain_deleted_is_reported(store: Store) -> None:
    _fill(store, 3)
    _raw(store, "DELETE FROM audit_log WHERE chain = 'C-03'")
    report = _verify(store)
    assert (report.ok, report.first_bad_chain, report.first_bad_seq) == (False, "C-03", 1)
    assert "链头记录到第3条" in report.problem


def test_each_terminal_has_its_own_dense_chain(store: Store) -> None:
    with store.unit_of_work() as uow:
        for i in range(6):
            uow.audit.append(actor="k", terminal_id=("K-01", "C-07", "")[i % 3], action="ticket.issue")
    with store.unit_of_work(read_only=True) as uow:
        entries = uow.audit.entries()
    by_chain: dict[str, list[int]] = {}
    for e in reversed(entries):
        assert e.chain == e.terminal_id
        by_chain.setdefault(e.chain, []).append(e.seq)
    assert by_chain == {"K-01": [1, 2], "C-07": [1, 2], "": [1, 2]}
    assert _verify(store).ok and _verify(store).rows_checked == 6
    # an edit in one chain names that chain, not the others
    _raw(store, "UPDATE audit_log SET actor = 'x' WHERE chain = 'C-07' AND seq = 2")
    report = _verify(store)
    assert (report.first_bad_chain, report.first_bad_seq) == ("C-07", 2)


def test_detail_never_holds_plain_personal_data(store: Store) -> None:
    with store.unit_of_work() as uow:
        e = uow.audit.append(
            actor="clerk01",
            terminal_id="C-03",
            action="person.lookup",
            target="11010519491231002X",
            detail={"note": "查询 11010519491231002X，电话 13888012345", "nested": ["440524188001010014"]},
        )
    flat = repr(e.detail) + e.target
    for secret in ("11010519491231002X", "13888012345", "440524188001010014"):
        assert secret not in flat
    assert _verify(store).ok


def test_concurrent_appends_keep_one_chain(store: Store) -> None:
    threads_n, per_thread = 5, 12
    errors: list[BaseException] = []
    start = threading.Barrier(threads_n)

    def terminal(i: int) -> None:
        try:
            start.wait()
            for j in range(per_thread):
                with store.unit_of_work() as uow:
                    uow.audit.append(
                        actor=f"clerk{i}", terminal_id=f"C-{i}", action="ticket.call", target=str(j)
                    )
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)

    workers = [threading.Thread(target=terminal, args=(i,)) for i in range(threads_n)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    report = _verify(store)
    assert report.ok and report.rows_checked == threads_n * per_thread


def test_a_row_written_by_another_terminals_role_is_named(store: Store) -> None:
    """Hall mode records the login role that wrote each row (issue 15, point 7); a correctly
    chained row in C-03's chain written by kiosk K-01's role is named, a row written by a role
    that is no terminal (the owner) is not."""
    _fill(store, 3)
    _raw(
        store,
        "INSERT INTO hall_terminals (role_name, terminal_id, kind, name, window_no, created_at) VALUES "
        "('yimen_kiosk_k_01', 'K-01', 'kiosk', '', NULL, :at), ('yimen_counter_c_03', 'C-03', 'counter', '', 3, :at)",
        at=T0,
    )
    _raw(store, "UPDATE audit_log SET written_by = 'yimen_counter_c_03' WHERE seq = 1")
    _raw(store, "UPDATE audit_log SET written_by = 'yimen_owner' WHERE seq = 2")
    assert _verify(store).ok
    _raw(store, "UPDATE audit_log SET written_by = 'yimen_kiosk_k_01' WHERE seq = 3")
    report = _verify(store)
    assert (report.ok, report.first_bad_chain, report.first_bad_seq) == (False, "C-03", 3)
    with pytest.raises(AuditChainBroken, match="审计日志（终端 C-03）第3条不是该终端写入的：写入者是终端 K-01"):
        report.raise_if_broken()
