"""`yimen hall init | check` through their command-line functions, and the reconnect helper."""

from __future__ import annotations

import argparse
import json
import stat
import threading
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from offline_store import Store
from offline_store.hall import cli
from offline_store.hall.check import hall_check
from offline_store.hall.resilience import Backoff, HallNetworkProblem, retry_through_network_problems
from shared.domain.settings import Settings, load_settings
from tests.support.factories import issue_ticket
from tests.support.hall import FlakyProxy


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="yimen hall")
    cli.add_arguments(parser.add_subparsers(dest="hall_cmd", required=True))
    return parser.parse_args(argv)


def test_check_on_a_station_sqlite_file(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'yimen.db'}"
    Store.for_tests(url, tmp_path / "keys" / "pii.key").close()
    settings = Settings(store={"url": url, "key_file": tmp_path / "keys" / "pii.key"})
    assert cli.run(_parse("check", "--json"), settings) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["ok"] and doc["backend"] == "sqlite"
    assert [i["name"] for i in doc["items"]] == ["connectivity", "migration", "events"]


def test_check_reports_an_unreachable_server_and_an_old_schema(tmp_path: Path, capsys) -> None:
    nowhere = Settings(store={"url": "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"})
    assert cli.run(_parse("check"), nowhere) == 1
    out = capsys.readouterr().out
    assert "✗ connectivity" in out and "pg_hba.conf" in out
    empty = Settings(store={"url": f"sqlite:///{tmp_path / 'new.db'}"})
    report = hall_check(empty)
    assert not report.ok and "yimen db upgrade" in next(i.hint for i in report.items if i.name == "migration")


@pytest.mark.pg
def test_init_and_check_from_the_command_line(
    role_prefix: str, pg_database: str, tmp_path: Path, capsys
) -> None:
    key = tmp_path / "keys" / "pii.key"
    admin = Settings(store={"url": pg_database, "key_file": key, "backup_dir": tmp_path / "b"})
    Store.for_tests(pg_database, key).close()
    plan = tmp_path / "plan.toml"
    plan.write_text(
        '[[terminal]]\nid = "T-0007"\nkind = "counter"\nname = "7号窗口"\nwindow_no = 7\n'
        '[[terminal]]\nid = "T-0105"\nkind = "kiosk"\n',
        encoding="utf-8",
    )
    args = _parse(
        "init", "--plan", str(plan), "--out", str(tmp_path / "t"), "--prefix", role_prefix, "--json"
    )
    assert cli.run(args, admin) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [t["terminal_id"] for t in doc["terminals"]] == ["T-0007", "T-0105"]
    assert all(t["created"] and t["written"] for t in doc["terminals"])
    kiosk_file = tmp_path / "t" / "T-0105.toml"
    assert stat.S_IMODE(kiosk_file.stat().st_mode) == 0o600

    kiosk = load_settings(kiosk_file)
    assert cli.run(_parse("check"), kiosk) == 0
    out = capsys.readouterr().out
    assert f"✓ role: {role_prefix}_kiosk_t_0105" in out and "登记为终端 T-0105" in out
    assert "✓ security" in out and "✓ clock" in out and "结论：可以工作。" in out

    # a config whose terminal id does not match the role's registration is caught
    wrong = load_settings(kiosk_file, terminal={"id": "T-0106", "kind": "kiosk"})
    report = hall_check(wrong)
    role = next(i for i in report.items if i.name == "role")
    assert not role.ok and "T-0105" in role.detail and "T-0106" in role.detail
    # a terminal running as the superuser is told that least privilege is off
    report = hall_check(admin)
    assert not report.ok and "超级用户" in next(i.detail for i in report.items if i.name == "role")
    assert abs(report.clock_offset_s) < 1.0


@pytest.mark.pg
def test_retry_waits_through_an_outage(pg_database: str, tmp_path: Path) -> None:
    key = tmp_path / "keys" / "pii.key"
    Store.for_tests(pg_database, key).close()
    upstream = make_url(pg_database)
    proxy = FlakyProxy(upstream.host or "127.0.0.1", upstream.port or 5432)
    url = upstream.set(port=proxy.port).render_as_string(hide_password=False)
    store = Store.for_tests(url, key)
    problems: list[tuple[str, int]] = []
    try:
        with store.unit_of_work() as uow:  # the pool now holds a connection through the proxy
            issue_ticket(uow, day=_day())
        outage = threading.Thread(target=proxy.outage, args=(1.5,))
        outage.start()
        assert proxy.down.wait(10), "the outage did not begin"

        def issue():
            with store.unit_of_work() as uow:
                return issue_ticket(uow, day=_day())

        ticket = retry_through_network_problems(
            issue,
            backoff=Backoff(first_s=0.1, max_s=0.4),
            on_problem=lambda e, n: problems.append((e.message, n)),
        )
        outage.join()
        assert ticket.number == "A002"
        assert problems and all("大厅网络故障" in m for m, _ in problems)
        assert [n for _, n in problems] == list(range(len(problems)))
        # a deadline shorter than the outage gives up with the same clear error
        outage = threading.Thread(target=proxy.outage, args=(1.5,))
        outage.start()
        assert proxy.down.wait(10), "the outage did not begin"
        with pytest.raises(HallNetworkProblem, match="大厅网络故障") as err:
            retry_through_network_problems(issue, deadline_s=0.5, backoff=Backoff(first_s=0.1, max_s=0.2))
        assert "自动重连" in err.value.hint
        outage.join()
    finally:
        store.close()
        proxy.close()


def _day():
    from datetime import date

    return date(2026, 11, 17)


def test_backoff_grows_to_its_cap_with_jitter() -> None:
    import random

    b = Backoff(first_s=0.2, factor=2.0, max_s=5.0, jitter=0.25)
    rng = random.Random(7)
    delays = [b.delay(n, rng=rng) for n in range(8)]
    for n, d in enumerate(delays):
        base = min(5.0, 0.2 * 2**n)
        assert base * 0.75 <= d <= base * 1.25
    assert Backoff(jitter=0).delay(20) == 5.0
