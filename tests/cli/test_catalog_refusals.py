"""``yimen catalog import`` refuses what a careful reader must (issue 15, point 8): nesting
past a sane depth, a key written twice, a field over its length, and a changed catalog under
an unchanged version label; each names file, line and field, and the current catalog stays."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from shared.domain.catalog.loader import DEMO_CATALOG_DIR, MAX_DEPTH
from yimen.cli import main

FIRST_ITEM = "  - name: 城乡居民基本养老保险参保登记\n"


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cfg = tmp_path / "yimen.toml"
    cfg.write_text(
        f'[store]\nurl = "sqlite:///{tmp_path / "yimen.db"}"\nkey_file = "{tmp_path / "keys/pii.key"}"\n'
        f'backup_dir = "{tmp_path / "backups"}"\n',
        encoding="utf-8",
    )
    monkeypatch.delenv("YIMEN_CONFIG", raising=False)
    assert main(["--config", str(cfg), "db", "upgrade"]) == 0
    assert main(["--config", str(cfg), "catalog", "import", str(DEMO_CATALOG_DIR)]) == 0
    return cfg


@pytest.fixture
def catalog(tmp_path: Path) -> Path:
    copy = tmp_path / "catalog"
    shutil.copytree(DEMO_CATALOG_DIR, copy)
    return copy


def _refused(config: Path, path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert main(["--config", str(config), "catalog", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    # the current catalog stays: same version, same first item's name
    assert main(["--config", str(config), "catalog", "search", "养老保险参保登记", "--json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert results and results[0]["name"] == "城乡居民基本养老保险参保登记"
    return err


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_deep_nesting_is_refused_with_file_and_line(config, catalog, capsys, suffix) -> None:
    deep = catalog / f"deep{suffix}"
    if suffix == ".yaml":
        deep.write_text("items:\n  - " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    else:
        deep.write_text('{"items": [' + "[" * 20_000 + "]" * 20_000 + "]}", encoding="utf-8")
    err = _refused(config, catalog, capsys)
    assert f"deep{suffix}" in err and "嵌套" in err
    if suffix == ".yaml":
        assert "第 2 行" in err and f"{MAX_DEPTH} 层" in err


def test_a_key_written_twice_is_refused_with_both_lines(config, catalog, capsys) -> None:
    path = catalog / "items-social.yaml"
    _edit(path, FIRST_ITEM, FIRST_ITEM + "    name: 被改掉的名称\n")
    err = _refused(config, catalog, capsys)
    assert "items-social.yaml: 第 22 行：name: 同一层里重复的键（第 21 行已写过）" in err


def test_a_json_key_written_twice_is_refused(config, catalog, capsys) -> None:
    (catalog / "extra.json").write_text('{\n  "defaults": {},\n  "defaults": {}\n}\n', encoding="utf-8")
    err = _refused(config, catalog, capsys)
    assert "extra.json: 第 3 行：defaults: 同一层里重复的键" in err


def test_a_100000_character_name_is_refused_naming_the_field(config, catalog, capsys) -> None:
    path = catalog / "items-social.yaml"
    _edit(path, FIRST_ITEM, f"  - name: {'长' * 100_000}\n")
    err = _refused(config, catalog, capsys)
    assert "items-social.yaml:21: name: 文本有 100000 个字符，超过上限 4000" in err


def test_a_name_past_the_receipt_limit_is_refused(config, catalog, capsys) -> None:
    path = catalog / "items-social.yaml"
    _edit(path, FIRST_ITEM, f"  - name: {'长' * 201}\n")
    err = _refused(config, catalog, capsys)
    assert "items-social.yaml:21:" in err and "name: 太长（最多 200 个字符）" in err


def test_a_changed_catalog_under_the_same_version_is_refused(config, catalog, capsys) -> None:
    _edit(catalog / "items-social.yaml", FIRST_ITEM, "  - name: 城乡居民基本养老保险参保登记（改）\n")
    err = _refused(config, catalog, capsys)
    assert "catalog.yaml:12: version: 内容已改变而版本号仍是 2024.06-demo.1" in err
    assert "内容改变" in err and "新的版本号" in err
    # the same content again is a repeated import, not a change
    capsys.readouterr()
    assert main(["--config", str(config), "catalog", "import", str(DEMO_CATALOG_DIR)]) == 0
    # and the change under a new label goes in
    _edit(catalog / "catalog.yaml", 'version: "2024.06-demo.1"', 'version: "2024.06-demo.2"')
    assert main(["--config", str(config), "catalog", "import", str(catalog)]) == 0
