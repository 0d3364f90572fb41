"""Where test fixtures live (issue 11, point 5): demo data that the tours, the benchmarks and
the tests share under yimen/demo/, test-only helpers under tests/support/ (a package, not a
conftest), and people, cases and tickets built by hand in one factory,
tests/support/factories.py. A tour is a client of those, never a source of fixtures."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# what a test or a benchmark may take from a tour: the tour itself, as the thing under test
TOUR_ENTRY_POINTS = {"run_tour", "tour_states", "display_states", "watch_ui_thread"}
# and its screen check (issue 16, point 8), under test itself
TOUR_ENTRY_POINTS |= {"ENVIRONMENT", "KnownDefect", "ScreenCheckFailed", "ScreenWatch", "check_screen", "shown", "watch_screens"}
RECORDS = {"CaseRecord", "PersonRecord", "TicketRecord", "StoredCase"}
FACTORY = Path("tests/support/factories.py")


def _python_files(root: Path, *folders: str) -> list[Path]:
    return sorted(
        p for folder in folders for p in (root / folder).rglob("*.py") if "__pycache__" not in p.parts
    )


def _imports(path: Path) -> list[tuple[int, str, list[str]]]:
    """(line, module, names) of each import in ``path``; ``names`` empty for ``import x``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, []) for a in node.names]
    return found


def fixture_breaches(root: Path = ROOT) -> list[str]:
    found = []
    for path in _python_files(root, "tests", "bench", "yimen/demo"):
        where = path.relative_to(root)
        in_demo = where.parts[:2] == ("yimen", "demo")
        for line, module, names in _imports(path):
            if module == "yimen.tour" or module.startswith("yimen.tour."):
                if in_demo:
                    found.append(f"{where}:{line} imports {module} (the demo is below the tours)")
                elif not names or set(names) - TOUR_ENTRY_POINTS:
                    taken = sorted(set(names) - TOUR_ENTRY_POINTS) or [module]
                    found.append(f"{where}:{line} takes {taken} from a tour (move it to yimen/demo/)")
            if module.startswith("tests.") and module.endswith(".conftest"):
                found.append(f"{where}:{line} imports {module} (put shared helpers in tests/support/)")
    return found


def hand_built_records(root: Path = ROOT) -> list[str]:
    found = []
    for path in _python_files(root, "tests", "bench"):
        if path.relative_to(root) == FACTORY:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RECORDS:
                found.append(f"{path.relative_to(root)}:{node.lineno} builds a {node.func.id}")
    return found


def test_no_test_or_benchmark_takes_fixtures_from_a_tour_or_a_conftest() -> None:
    found = fixture_breaches()
    assert not found, "\n".join(found)


def test_cases_are_built_by_hand_only_in_the_factory() -> None:
    found = hand_built_records()
    assert not found, f"use {FACTORY} (case_record, accept_case, issue_ticket):\n" + "\n".join(found)


def test_both_rules_name_what_breaks_them(tmp_path: Path) -> None:
    (tmp_path / "tests" / "kiosk_app").mkdir(parents=True)
    (tmp_path / "bench").mkdir()
    (tmp_path / "yimen" / "demo").mkdir(parents=True)
    (tmp_path / "tests" / "kiosk_app" / "test_x.py").write_text(
        "from yimen.tour.kiosk import tour_states, Driver\n"
        "from tests.kiosk_app.conftest import Resident\n"
        "record = CaseRecord(case_no='1')\n"
    )
    (tmp_path / "bench" / "bench_x.py").write_text(
        "import yimen.tour.kiosk\nfrom yimen.tour.kiosk import run_tour\n"
    )
    (tmp_path / "yimen" / "demo" / "x.py").write_text("from yimen.tour import watch_ui_thread\n")
    assert fixture_breaches(tmp_path) == [
        "bench/bench_x.py:1 takes ['yimen.tour.kiosk'] from a tour (move it to yimen/demo/)",
        "tests/kiosk_app/test_x.py:1 takes ['Driver'] from a tour (move it to yimen/demo/)",
        "tests/kiosk_app/test_x.py:2 imports tests.kiosk_app.conftest (put shared helpers in tests/support/)",
        "yimen/demo/x.py:1 imports yimen.tour (the demo is below the tours)",
    ]
    assert hand_built_records(tmp_path) == ["tests/kiosk_app/test_x.py:3 builds a CaseRecord"]
