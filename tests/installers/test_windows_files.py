"""The Windows installer's inputs (installers/windows/), checked where Linux can check them:
the default configuration is valid settings, the installation marker is the one the program
reads, the Inno Setup script names files that exist and sets what docs/install.md promises,
and the PyInstaller spec is valid Python naming the entry point that exists. Building the
setup program itself needs Windows (docs/install.md, Windows: what was not run)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

from shared.domain.installation import find_installation
from shared.domain.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
WIN = ROOT / "installers" / "windows"


def test_the_default_windows_configuration_is_valid_and_names_real_devices() -> None:
    settings = Settings(**tomllib.loads((WIN / "yimen.toml").read_text(encoding="utf-8")))
    assert settings.devices.printer == "win32" and settings.devices.tts == "qt"
    assert settings.devices.simulated_devices() == []  # a fresh install never pretends
    assert settings.store.url.startswith("sqlite:///C:/ProgramData/Yimen/")


def test_the_marker_makes_a_system_install_under_programdata(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "yimen-installation.toml").write_bytes((WIN / "yimen-installation.toml").read_bytes())
    monkeypatch.setenv("ProgramData", "/srv/ProgramData")
    inst = find_installation(tmp_path)
    assert inst.kind == "windows" and inst.is_system
    # expandvars expands %VAR% only on Windows (ntpath); here the text must at least name it
    assert "ProgramData" in str(inst.config_file) and str(inst.config_file).endswith("yimen.toml")


def _iss_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            sections.setdefault(current, [])
        elif current:
            sections[current].append(line)
    return sections


def test_the_inno_setup_script_installs_what_the_docs_promise() -> None:
    sections = _iss_sections((WIN / "yimen.iss").read_text(encoding="utf-8"))
    files = sections["Files"]
    for name in ("yimen-installation.toml", "yimen.toml"):
        assert any(f'Source: "{name}"' in line for line in files), name
        assert (WIN / name).is_file()
    config = next(line for line in files if 'Source: "yimen.toml"' in line)
    assert "onlyifdoesntexist" in config and "uninsneveruninstall" in config  # a conffile
    run = "\n".join(sections["Run"])
    assert "localgroup Yimen /add" in run and "db upgrade" in run
    assert run.index("localgroup Yimen") < run.index("db upgrade")  # the key's ACL names the group
    assert "sync run --every 60" in run and "jobs serve" in run
    assert any(line == "PrivilegesRequired=admin" for line in sections["Setup"])
    assert sections["UninstallRun"], "scheduled tasks removed on uninstall"


def test_the_pyinstaller_spec_is_python_with_two_programs_over_one_folder() -> None:
    tree = ast.parse((WIN / "yimen.spec").read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
    exes = [c for c in calls if c.func.id == "EXE"]
    names = {kw.value.value for c in exes for kw in c.keywords if kw.arg == "name"}
    consoles = {kw.value.value for c in exes for kw in c.keywords if kw.arg == "console"}
    assert names == {"yimen", "yimen-gui"} and consoles == {True, False}
    assert [c for c in calls if c.func.id == "COLLECT"]
    assert (ROOT / "yimen" / "__main__.py").is_file()
