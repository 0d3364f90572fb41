"""The layer contract is enforced and sees the whole tree (docs/architecture.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ["shared", "devices", "offline_store", "reference_platform", "kiosk_app", "counter_app", "yimen"]
LINT = Path(sys.executable).with_name("lint-imports")


def _tree(tmp_path: Path) -> Path:
    for name in PACKAGES:
        if (ROOT / name).exists():
            shutil.copytree(
                ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "data")
            )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.mark.skipif(not LINT.exists(), reason="import-linter is a dev dependency")
def test_contract_holds_and_catches_a_qt_import_in_a_driver(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    assert _lint(tree).returncode == 0
    (tree / "devices" / "sneaky_widget.py").write_text("from PySide6.QtWidgets import QLabel\n")
    broken = _lint(tree)
    assert broken.returncode != 0
    assert "devices.sneaky_widget" in broken.stdout and "BROKEN" in broken.stdout


@pytest.mark.skipif(not LINT.exists(), reason="import-linter is a dev dependency")
def test_the_store_may_not_reach_up_into_the_use_cases(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "offline_store" / "shortcut.py").write_text("import shared.services.tickets\n")
    assert _lint(tree).returncode != 0


@pytest.mark.skipif(not LINT.exists(), reason="import-linter is a dev dependency")
def test_an_app_view_importing_the_other_app_breaks_the_contract(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    view = tree / "kiosk_app" / "views" / "home_view.py"
    view.write_text(view.read_text() + "\nfrom counter_app.style import *  # noqa\n")
    broken = _lint(tree)
    assert broken.returncode != 0
    assert "kiosk_app.views.home_view -> counter_app.style" in broken.stdout


@pytest.mark.skipif(not LINT.exists(), reason="import-linter is a dev dependency")
def test_the_reference_platform_may_not_use_the_terminals_store(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "reference_platform" / "shortcut.py").write_text("import offline_store.repositories\n")
    broken = _lint(tree)
    assert broken.returncode != 0 and "reference_platform.shortcut" in broken.stdout


def test_the_contract_sees_every_python_file_of_the_tree() -> None:
    """A folder without ``__init__.py`` is invisible to import-linter: its imports go unchecked."""
    import grimp

    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    files = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for name in PACKAGES
        for path in (ROOT / name).rglob("*.py")
        if "__pycache__" not in path.parts
    }
    unseen = sorted(files - set(graph.modules))
    assert not unseen, f"add __init__.py so the layer contract sees: {unseen}"


# ---------------------------------------------------------------------- use cases (issue 11, point 3)
# The layers contract lets an app import anything below it, the store included. Two rules on
# top: the apps and the command line reach the store only through the use cases (which check
# permissions), and the use cases leave every query to the repositories.
APPS = ("kiosk_app", "counter_app", "yimen.commands")
SERVICES = "shared.services"


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def _forbidden_for(importer: str, imported: str) -> str | None:
    """Why ``importer`` may not import ``imported`` directly, or None if it may."""
    if any(_within(importer, app) for app in APPS):
        if _within(imported, "offline_store.repositories"):
            return "apps and the CLI go through a use case in shared/services, not a repository"
        if _within(imported, "sqlalchemy"):
            return "apps and the CLI go through a use case in shared/services, never SQL"
    if _within(importer, SERVICES):
        if _within(imported, "sqlalchemy"):
            return "a use case asks a repository (offline_store/repositories) instead of building SQL"
        if _within(imported, "offline_store") and imported.rsplit(".", 1)[-1].startswith("model"):
            return "a use case asks a repository instead of querying the ORM tables"
    return None


def use_case_breaches() -> list[str]:
    """Every direct import that breaks the two rules, as ``importer:line -> imported (why)``."""
    import grimp

    graph = grimp.build_graph(*PACKAGES, cache_dir=None, include_external_packages=True)
    found = []
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            why = _forbidden_for(importer, imported)
            if why is None:
                continue
            for detail in graph.get_import_details(importer=importer, imported=imported):
                found.append(f"{importer}:{detail['line_number']} -> {imported} ({why})")
    return found


def test_apps_reach_the_store_only_through_use_cases_and_use_cases_build_no_sql() -> None:
    breaches = use_case_breaches()
    assert not breaches, "imports that skip a layer's job:\n" + "\n".join(breaches)


def _breaches_in(tree: Path) -> list[str]:
    # a fresh interpreter whose import path starts at the copy: grimp then reads the copy
    code = f"import runpy; print('\\n'.join(runpy.run_path({str(Path(__file__))!r})['use_case_breaches']()))"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tree, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return [line for line in done.stdout.splitlines() if line]


def test_the_use_case_rules_name_each_bad_import(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    (tree / "counter_app" / "shortcut.py").write_text(
        "from offline_store.repositories.cases import CaseRepository  # noqa\n"
    )
    view = tree / "kiosk_app" / "views" / "home_view.py"
    view.write_text(view.read_text() + "\nimport sqlalchemy  # noqa\n")
    (tree / "yimen" / "commands" / "shortcut.py").write_text("import offline_store.repositories  # noqa\n")
    (tree / "shared" / "services" / "shortcut.py").write_text(
        "import sqlalchemy as sa  # noqa\nfrom offline_store.models_accounts import Account  # noqa\n"
    )
    breaches = _breaches_in(tree)
    assert any(b.startswith("counter_app.shortcut:1 -> offline_store.repositories.cases (") for b in breaches)
    assert any(b.startswith("kiosk_app.views.home_view:") and "-> sqlalchemy (" in b for b in breaches)
    assert any(b.startswith("yimen.commands.shortcut:1 -> offline_store.repositories (") for b in breaches)
    assert any(b.startswith("shared.services.shortcut:1 -> sqlalchemy (") for b in breaches)
    assert any(
        b.startswith("shared.services.shortcut:2 -> offline_store.models_accounts (") for b in breaches
    )
    assert len(breaches) == 5, breaches


# An import is not the only way round: an app holding the hall context could open a unit of
# work and read the repositories off it, and a use case could hand the unit of work's session
# to a helper that queries. Neither happens.
def store_shortcuts(root: Path = ROOT) -> list[str]:
    """``module:line (what)`` of every ``….unit_of_work`` an app or the CLI touches and every
    ``uow.session`` a use case reads."""
    import ast

    def modules(package: str) -> list[tuple[str, ast.Module]]:
        out = []
        for path in sorted((root / package.replace(".", "/")).rglob("*.py")):
            name = ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
            out.append((name, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))))
        return out

    found = []
    for app in APPS:
        for module, tree in modules(app):
            found += [
                f"{module}:{node.lineno} (opens a unit of work: call a use case in shared/services)"
                for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and node.attr == "unit_of_work"
            ]
    for module, tree in modules(SERVICES):
        found += [
            f"{module}:{node.lineno} (reads uow.session: add a repository method instead)"
            for node in ast.walk(tree)
            if isinstance(node, ast.Attribute)
            and node.attr == "session"
            and isinstance(node.value, ast.Name)
            and node.value.id == "uow"
        ]
    return found


def test_no_app_opens_a_unit_of_work_and_no_use_case_reads_its_session() -> None:
    found = store_shortcuts()
    assert not found, "\n".join(found)


def test_a_screen_opening_a_unit_of_work_and_a_use_case_reading_its_session_are_named(tmp_path: Path) -> None:
    tree = _tree(tmp_path)
    vm = tree / "counter_app" / "viewmodels" / "queue.py"
    vm.write_text(
        vm.read_text() + "\n\ndef peek(ctx):\n    with ctx.unit_of_work() as uow:\n        return uow\n"
    )
    vm_line = len(vm.read_text().splitlines()) - 1
    svc = tree / "shared" / "services" / "results.py"
    svc.write_text(
        svc.read_text()
        + "\n\ndef peek(ctx):\n    with ctx.unit_of_work() as uow:\n        return uow.session\n"
    )
    svc_line = len(svc.read_text().splitlines())
    assert [f.split(" ")[0] for f in store_shortcuts(tree)] == [
        f"counter_app.viewmodels.queue:{vm_line}",
        f"shared.services.results:{svc_line}",
    ]
