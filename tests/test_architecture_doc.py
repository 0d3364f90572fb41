"""docs/architecture.md's "Where is…" table points at code that exists (issue 11, point 9).

Each answer is ``path.py:function`` or ``path.py:Class.method``; it is looked up in the file's
syntax tree, so a renamed or moved function fails here instead of leaving the map stale.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "architecture.md"
ENTRY = re.compile(r"^`(?P<path>[\w/]+\.py):(?P<name>[\w.]+)`$")


def _where_is_rows() -> list[tuple[str, str]]:
    text = DOC.read_text(encoding="utf-8")
    section = text.split("## Where is…", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 2 and cells[1].startswith("`"):
            rows.append((cells[0], cells[1]))
    return rows


def _defines(path: Path, qualname: str) -> bool:
    scope: list[ast.stmt] = ast.parse(path.read_text(encoding="utf-8")).body
    for part in qualname.split("."):
        found = next(
            (
                node
                for node in scope
                if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name == part
            ),
            None,
        )
        if found is None:
            return False
        scope = found.body
    return True


def test_the_where_is_table_has_the_questions_the_issue_asks() -> None:
    questions = {q for q, _ in _where_is_rows()}
    for asked in ("a ticket printed at the kiosk", "the green channel decided", "an e-licence verified"):
        assert asked in questions
    assert any("call announced" in q for q in questions)


def test_every_where_is_answer_is_one_function_that_exists() -> None:
    rows = _where_is_rows()
    assert len(rows) >= 10
    missing = []
    for question, answer in rows:
        m = ENTRY.match(answer)
        assert m, f"{question!r}: answer one `file.py:function`, not {answer!r}"
        path = ROOT / m["path"]
        if not path.is_file() or not _defines(path, m["name"]):
            missing.append(f"{question}: {answer}")
    assert not missing, "docs/architecture.md points at code that is not there:\n" + "\n".join(missing)


def test_the_lookup_fails_for_a_function_that_does_not_exist() -> None:
    assert _defines(ROOT / "shared" / "domain" / "tickets.py", "Priority.is_green")
    assert not _defines(ROOT / "shared" / "domain" / "tickets.py", "Priority.is_blue")
    assert not _defines(ROOT / "shared" / "domain" / "tickets.py", "no_such_function")
