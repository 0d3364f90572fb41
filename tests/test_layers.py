"""The layer contract is enforced: a Qt import in a driver makes `lint-imports` fail."""

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
            shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "data"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run([str(LINT), "--no-cache"], cwd=tree, env=env, capture_output=True, text=True, timeout=120)


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
