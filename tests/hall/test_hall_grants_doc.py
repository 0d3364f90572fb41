"""The grants are what docs/hall-mode.md says (issue 15, point 7): the doc's table of roles ×
tables × actions is parsed and held against the privileges a real PostgreSQL reports after
`yimen hall init`, and every cell is then tried with a statement as a terminal of that role:
what the doc allows runs, what it does not is refused with `permission denied`."""

from __future__ import annotations

import re
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from offline_store.hall import grants
from offline_store.hall.roles import group_role
from tests.support.hall import connect_as

DOC = Path(__file__).resolve().parents[2] / "docs" / "hall-mode.md"
ACTIONS = {"S": "SELECT", "I": "INSERT", "U": "UPDATE", "D": "DELETE"}
# one terminal of each role in the `hall` fixture
TERMINAL_OF = {
    "kiosk": "T-0101",
    "display": "T-0201",
    "counter": "T-0001",
    "sync": "T-0301",
    "manager": "T-0401",
}


def doc_grants() -> dict[str, dict[str, dict[str, str]]]:
    """table -> role -> action -> "all" | "some columns", from the doc's grants table."""
    text = DOC.read_text(encoding="utf-8")
    start = text.index("<!-- grants table")
    block = text[start : text.index("<!-- end of grants table -->", start)]
    lines = [ln for ln in block.splitlines() if ln.startswith("|")]
    header = [c.strip() for c in lines[0].strip("|").split("|")]
    assert header[0] == "table" and set(header[1:]) == set(grants.GROUPS), header
    out: dict[str, dict[str, dict[str, str]]] = {}
    for line in lines[2:]:
        cells = [c.strip() for c in line.strip("|").split("|")]
        table = cells[0].strip("`")
        assert table not in out, f"{table} twice in the doc's table"
        out[table] = {}
        for role, cell in zip(header[1:], cells[1:], strict=True):
            actions: dict[str, str] = {}
            if cell != "—":
                for token in cell.split():
                    m = re.fullmatch(r"([SIUD])(\*?)", token)
                    assert m, f"{table}/{role}: cannot read {token!r}"
                    actions[ACTIONS[m.group(1)]] = "some columns" if m.group(2) else "all"
            out[table][role] = actions
    return out


def test_the_doc_table_names_every_table_of_the_code() -> None:
    assert set(doc_grants()) == set(grants.TABLE_GRANTS)


def _actual(conn: sa.Connection, role: str, table: str) -> dict[str, str]:
    got: dict[str, str] = {}
    for action in ACTIONS.values():
        full = conn.execute(
            sa.text("SELECT has_table_privilege(:r, :t, :a)"),
            {"r": role, "t": f"public.{table}", "a": action},
        ).scalar_one()
        # DELETE has no column form
        some = (
            action != "DELETE"
            and conn.execute(
                sa.text("SELECT has_any_column_privilege(:r, :t, :a)"),
                {"r": role, "t": f"public.{table}", "a": action},
            ).scalar_one()
        )
        if full:
            got[action] = "all"
        elif some:
            got[action] = "some columns"
    return got


@pytest.mark.pg
def test_database_privileges_match_the_doc_exactly(hall) -> None:
    expected = doc_grants()
    with sa.create_engine(hall.admin_url).connect() as conn:
        tables = set(
            conn.execute(sa.text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars()
        )
        assert tables == set(expected), "the doc's table and the database's tables differ"
        wrong = []
        for table in sorted(tables):
            for kind in grants.GROUPS:
                for role in (group_role(hall.prefix, kind), _login_role(conn, hall, kind)):
                    got = _actual(conn, role, table)
                    if got != expected[table][kind]:
                        wrong.append(f"{table} / {role}: doc {expected[table][kind]}, database {got}")
                    for extra in ("TRUNCATE", "REFERENCES", "TRIGGER"):
                        if conn.execute(
                            sa.text("SELECT has_table_privilege(:r, :t, :a)"),
                            {"r": role, "t": f"public.{table}", "a": extra},
                        ).scalar_one():
                            wrong.append(f"{table} / {role}: {extra} granted")
        # the two findings of issue 15, by name
        sync, manager = group_role(hall.prefix, "sync"), group_role(hall.prefix, "manager")
        assert "SELECT" not in _actual(conn, sync, "tickets")
        assert "UPDATE" not in _actual(conn, manager, "tickets")
    assert wrong == []


def _login_role(conn: sa.Connection, hall, kind: str) -> str:
    return conn.execute(
        sa.text("SELECT role_name FROM hall_terminals WHERE terminal_id = :t"), {"t": TERMINAL_OF[kind]}
    ).scalar_one()


def _probe(conn: psycopg.Connection, sql: str) -> str:
    try:
        conn.execute(sql)
    except psycopg.errors.InsufficientPrivilege as e:
        return f"denied: {str(e).splitlines()[0]}"
    return "ok"


@pytest.mark.pg
def test_one_statement_per_role_table_and_action(hall) -> None:
    """Each cell of the doc's table, tried as a terminal of that role. The statements touch no
    row (`WHERE false`), so they test the privilege itself: row rules have their own probes
    in test_hall_impersonation.py."""
    expected = doc_grants()
    with sa.create_engine(hall.admin_url).connect() as admin:
        columns = {
            t: list(
                admin.execute(
                    sa.text(
                        "SELECT column_name FROM information_schema.columns "
                        "WHERE table_schema = 'public' AND table_name = :t ORDER BY ordinal_position"
                    ),
                    {"t": t},
                ).scalars()
            )
            for t in expected
        }
    failures: list[str] = []
    probes = 0
    for kind, terminal in TERMINAL_OF.items():
        with connect_as(hall.settings(terminal)) as conn:
            for table, roles in sorted(expected.items()):
                allowed = roles[kind]
                q = f'"{table}"'
                for action in ACTIONS.values():
                    cols = columns[table]
                    if action == "SELECT" and allowed.get(action) == "some columns":
                        granted = [
                            c
                            for c in cols
                            if conn.execute(
                                "SELECT has_column_privilege(%s, %s, 'SELECT')", (f"public.{table}", c)
                            ).fetchone()[0]
                        ]
                        hidden = [c for c in cols if c not in granted]
                        assert granted and hidden, (table, kind)
                        tries = [(f"SELECT {', '.join(granted)} FROM {q} LIMIT 1", True)]
                        tries += [(f"SELECT {c} FROM {q} LIMIT 1", False) for c in hidden]
                        tries.append((f"SELECT * FROM {q} LIMIT 1", False))
                    else:
                        statement = {
                            "SELECT": f"SELECT * FROM {q} LIMIT 1",
                            "INSERT": f'INSERT INTO {q} ("{cols[0]}") SELECT NULL WHERE false',
                            "UPDATE": f'UPDATE {q} SET "{cols[0]}" = NULL WHERE false',
                            "DELETE": f"DELETE FROM {q} WHERE false",
                        }[action]
                        tries = [(statement, action in allowed)]
                    for sql, should_work in tries:
                        probes += 1
                        result = _probe(conn, sql)
                        if (result == "ok") != should_work:
                            failures.append(f"{kind} {table} {action}: {sql} -> {result}")
                        elif not should_work:
                            assert "permission denied" in result, result
    assert failures == []
    assert probes >= len(expected) * len(TERMINAL_OF) * len(ACTIONS)
