"""Property tests run without wall-clock limits (tests/conftest.py's profile): a loaded machine
must not fail them. A test's own ``@settings`` keep the profile's deadline unless they name
one, and none may, nor drop ``too_slow`` from a ``suppress_health_check`` list (speed belongs
in bench/)."""

from __future__ import annotations

import ast
from pathlib import Path

from hypothesis import HealthCheck, settings

TESTS = Path(__file__).resolve().parent


def test_the_suite_profile_has_no_deadline_and_no_too_slow_check() -> None:
    assert settings.default.deadline is None
    assert HealthCheck.too_slow in settings.default.suppress_health_check
    # the checks about the strategies themselves stay on
    assert HealthCheck.filter_too_much not in settings.default.suppress_health_check


def test_a_test_with_its_own_settings_inherits_no_deadline() -> None:
    # what ``@settings(max_examples=…)`` on a test builds
    assert settings(max_examples=5).deadline is None


def _timed_settings(path: Path) -> list[int]:
    """Lines of ``path`` whose Hypothesis settings read the wall clock: a ``deadline`` other
    than None, or a ``suppress_health_check`` list that leaves ``too_slow`` out (the list
    replaces the profile's)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if (getattr(node.func, "id", None) or getattr(node.func, "attr", None)) not in (
            "settings",
            "register_profile",
        ):
            continue
        for kw in node.keywords:
            if kw.arg == "deadline" and not (isinstance(kw.value, ast.Constant) and kw.value.value is None):
                found.append(node.lineno)
            if kw.arg == "suppress_health_check" and "too_slow" not in ast.unparse(kw.value):
                found.append(node.lineno)
    return found


def test_no_property_test_reads_the_wall_clock(tmp_path: Path) -> None:
    timed = [
        f"{path.relative_to(TESTS)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        for line in _timed_settings(path)
    ]
    assert not timed, (
        f"a Hypothesis deadline or too_slow check times a test (measure speed in bench/): {timed}"
    )
    # the check sees them when they are there
    sample = tmp_path / "test_timed.py"
    sample.write_text(
        "deadline = 5.0  # a variable: not Hypothesis'\n"
        "@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])\n"
        "@hypothesis.settings(deadline=timedelta(milliseconds=200))\n"
        "@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])\n"
        "def test_x(): ...\n"
    )
    assert _timed_settings(sample) == [3, 4]
