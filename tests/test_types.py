"""mypy runs in `make lint` over the whole tree, strict where docs/architecture.md says."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
MYPY = CONFIG["tool"]["mypy"]
STRICT_MODULES = {"shared.domain.*", "shared.protocol.*", "shared.services.*"}
STRICT_FLAGS = (
    "disallow_any_generics",
    "disallow_untyped_defs",
    "disallow_incomplete_defs",
    "disallow_untyped_calls",
    "check_untyped_defs",
    "warn_return_any",
)


def _override(module: str) -> dict[str, object]:
    merged: dict[str, object] = {}
    for section in MYPY.get("overrides", []):
        names = section["module"] if isinstance(section["module"], list) else [section["module"]]
        if module in names:
            merged.update(section)
    return merged


def test_every_package_of_the_tree_is_checked() -> None:
    packages = set(CONFIG["tool"]["importlinter"]["root_packages"])
    assert packages <= set(MYPY["files"]), packages - set(MYPY["files"])
    assert "installers/debian/build_deb.py" in MYPY["files"]


def test_the_domain_the_protocol_and_the_use_cases_are_strict() -> None:
    for module in STRICT_MODULES:
        section = _override(module)
        missing = [flag for flag in STRICT_FLAGS if section.get(flag) is not True]
        assert not missing, f"{module} lacks {missing}"


def test_ignored_imports_are_libraries_without_types() -> None:
    """A library named here must ship no types and have no stub package installed; one that
    gains them must leave the list (and be checked)."""
    for section in MYPY.get("overrides", []):
        if not section.get("ignore_missing_imports"):
            continue
        for pattern in section["module"]:
            top = pattern.removesuffix(".*")
            spec = importlib.util.find_spec(top)
            assert spec is not None and spec.origin is not None, f"{top} is not installed"
            package = Path(spec.origin).parent
            assert not (package / "py.typed").exists(), f"{top} ships types now"
            assert not (package.parent / f"{top}-stubs").exists(), f"{top} has a stub package now"


def test_make_lint_runs_mypy() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lint = re.search(r"^lint:.*\n((?:\t.*\n)+)", makefile, re.MULTILINE)
    assert lint is not None
    assert "$(VENV)/bin/mypy" in lint.group(1)
