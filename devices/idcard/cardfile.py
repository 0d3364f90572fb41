"""Loading test cards for the simulator from YAML (see sample_cards.yaml for the format)."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from devices.idcard.errors import IdCardError
from devices.idcard.nations import NATIONS
from devices.idcard.protocol import PHOTO_SIZE
from devices.idcard.textblock import (
    LONG_TERM,
    CardType,
    IdCardData,
    Sex,
    encode_text_block,
    parse_text_block,
)
from shared.domain.errors import ConfigError
from shared.domain.words import words

SAMPLE_CARDS_FILE = Path(__file__).with_name("sample_cards.yaml")


def placeholder_photo(key: str) -> bytes:
    """1024 stable bytes standing in for a WLT photo (real WLT needs the vendor's encoder)."""
    return hashlib.shake_256(f"yimen-sample-photo:{key}".encode()).digest(PHOTO_SIZE)


def _as_date(value: Any, field: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{field} must be a date like 1956-03-12")


def card_from_mapping(key: str, raw: dict[str, Any]) -> IdCardData:
    """Build and validate one card: it must survive encoding and the real parser."""
    try:
        card_type = CardType(raw["card_type"])
        nation_code = str(raw["nation"]) if "nation" in raw else None
        valid_to_raw = raw["valid_to"]
        card = IdCardData(
            card_type=card_type,
            name=str(raw["name"]),
            sex=Sex(str(raw["sex"])),
            birth=_as_date(raw["birth"], "birth"),
            id_number=str(raw["id_number"]),
            authority=str(raw["authority"]),
            valid_from=_as_date(raw["valid_from"], "valid_from"),
            valid_to=None if valid_to_raw == LONG_TERM else _as_date(valid_to_raw, "valid_to"),
            address=str(raw.get("address", "")),
            nation_code=nation_code,
            nation=NATIONS.get(nation_code) if nation_code else None,
            photo_wlt=placeholder_photo(key),
            pass_number=raw.get("pass_number"),
            issue_count=raw.get("issue_count"),
            name_en=raw.get("name_en"),
            nationality_code=raw.get("nationality_code"),
            card_version=str(raw["card_version"]) if "card_version" in raw else None,
        )
        parsed = parse_text_block(encode_text_block(card), photo_wlt=card.photo_wlt)
    except KeyError as exc:
        raise ConfigError(
            words("样例证件 {key} 缺少字段 {args}", key=key, args=exc.args[0]), hint="请对照 sample_cards.yaml 补全"
        ) from None
    except (ValueError, TypeError) as exc:
        raise ConfigError(words("样例证件 {key} 的字段无效：{exc}", key=key, exc=exc), hint="请对照 sample_cards.yaml 修改") from None
    except IdCardError as exc:
        raise ConfigError(
            words("样例证件 {key} 无法通过校验：{message}", key=key, message=exc.message), hint="请检查证件号码和日期"
        ) from None
    if parsed != card:
        raise ConfigError(words("样例证件 {key} 编码后与原数据不一致", key=key), hint="请检查字段长度和空格")
    return card


def load_cards(path: Path | str = SAMPLE_CARDS_FILE) -> dict[str, IdCardData]:
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(words("无法读取样例证件文件 {path}：{strerror}", path=path, strerror=exc.strerror), hint="请检查路径") from None
    except yaml.YAMLError as exc:
        raise ConfigError(words("样例证件文件 {path} 不是有效的 YAML：{exc}", path=path, exc=exc), hint="请检查缩进和引号") from None
    cards = document.get("cards") if isinstance(document, dict) else None
    if not isinstance(cards, dict) or not cards:
        raise ConfigError(words("样例证件文件 {path} 中没有 cards 列表", path=path), hint="顶层应为 cards: 名称 → 证件字段")
    result: dict[str, IdCardData] = {}
    for key, raw in cards.items():
        if not isinstance(raw, dict):
            raise ConfigError(words("样例证件 {key} 应是字段表", key=key), hint="请对照 sample_cards.yaml 修改")
        result[str(key)] = card_from_mapping(str(key), raw)
    return result
