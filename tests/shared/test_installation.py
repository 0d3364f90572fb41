"""Where settings and data live: an installed package's marker, or the user's XDG folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared.domain.errors import ConfigError
from shared.domain.installation import (
    MARKER_NAME,
    default_config_file,
    default_data_dir,
    find_installation,
)
from shared.domain.settings import load_settings, resolve_config_file


def marker(prefix: Path, text: str) -> Path:
    prefix.mkdir(parents=True, exist_ok=True)
    (prefix / MARKER_NAME).write_text(text, encoding="utf-8")
    return prefix


SYSTEM = 'kind = "debian"\nconfig_file = "{etc}/yimen.toml"\ndata_dir = "{var}"\n'


def test_a_prefix_without_a_marker_is_a_user_install_in_xdg_folders(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    inst = find_installation(tmp_path / "venv")
    assert inst.kind == "user" and not inst.is_system
    assert inst.data_dir == tmp_path / "data" / "yimen"
    assert default_config_file(inst) == (None, "built-in defaults")
    user_file = tmp_path / "config" / "yimen" / "yimen.toml"
    user_file.parent.mkdir(parents=True)
    user_file.write_text("[terminal]\nid = 'T-9'\n", encoding="utf-8")
    assert default_config_file(inst) == (user_file, "user")


def test_the_package_marker_names_etc_and_var_lib(tmp_path, monkeypatch):
    monkeypatch.delenv("YIMEN_HOME", raising=False)
    prefix = marker(tmp_path / "opt", SYSTEM.format(etc=tmp_path / "etc", var=tmp_path / "var"))
    inst = find_installation(prefix)
    assert inst.is_system and inst.kind == "debian"
    assert default_config_file(inst) == (tmp_path / "etc" / "yimen.toml", "system")
    assert default_data_dir(inst) == tmp_path / "var"
    monkeypatch.setenv("YIMEN_HOME", str(tmp_path / "elsewhere"))
    assert default_data_dir(inst) == tmp_path / "elsewhere"


def test_windows_marker_expands_program_data(tmp_path, monkeypatch):
    monkeypatch.setenv("PROGRAMDATA", str(tmp_path / "ProgramData"))
    prefix = marker(
        tmp_path / "app",
        'kind = "windows"\nconfig_file = "$PROGRAMDATA/Yimen/yimen.toml"\ndata_dir = "$PROGRAMDATA/Yimen"\n',
    )
    inst = find_installation(prefix)
    assert inst.config_file == tmp_path / "ProgramData" / "Yimen" / "yimen.toml"


def test_a_broken_marker_stops_with_a_reinstall_hint(tmp_path):
    prefix = marker(tmp_path / "opt", 'kind = "debian"\n')
    with pytest.raises(ConfigError) as e:
        find_installation(prefix)
    assert "安装标记文件" in e.value.message and "--reinstall" in e.value.hint


def test_config_file_precedence(tmp_path, monkeypatch):
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    assert resolve_config_file(tmp_path / "a.toml") == (tmp_path / "a.toml", "--config")
    monkeypatch.setenv("YIMEN_CONFIG", str(tmp_path / "b.toml"))
    assert resolve_config_file(None) == (tmp_path / "b.toml", "YIMEN_CONFIG")
    assert resolve_config_file(tmp_path / "a.toml")[1] == "--config"


def test_a_deleted_system_conffile_says_how_to_restore_it(tmp_path, monkeypatch):
    from shared.domain.settings import load_settings_from

    with pytest.raises(ConfigError) as e:
        load_settings_from(tmp_path / "etc" / "yimen.toml", "system")
    assert "配置文件不存在" in e.value.message and "force-confmiss" in e.value.hint


def test_an_invalid_value_names_the_file_and_field(tmp_path, monkeypatch):
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    cfg = tmp_path / "yimen.toml"
    cfg.write_text('[devices]\nprinter = "laser"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_settings(cfg)
    assert str(cfg) in e.value.message and "devices.printer" in e.value.message
