"""Turn pydantic validation errors into catalog problems a data editor can act on.

Each problem reads ``<file>: <record>: <field>: <message>``, e.g.
``items-social.yaml: 11532822…: promised_limit_days: 承诺时限(30)不能超过法定时限(20)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError as PydanticValidationError

_MESSAGES: dict[str, str] = {
    "missing": "缺少必填字段",
    "extra_forbidden": "未知字段（是否拼写有误？）",
    "string_too_short": "不能为空",
    "string_too_long": "太长（最多 {max_length} 个字符）",
    "too_short": "至少需要 {min_length} 项",
    "string_type": "应为文本（纯数字的编码请加引号）",
    "int_type": "应为整数",
    "int_parsing": "应为整数",
    "int_from_float": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "tuple_type": "应为列表",
    "list_type": "应为列表",
    "dict_type": "应为映射（键: 值）",  # words-ok: YAML's 键: 值
    "model_type": "应为映射（键: 值）",  # words-ok: YAML's 键: 值
    "model_attributes_type": "应为映射（键: 值）",  # words-ok: YAML's 键: 值
    "greater_than_equal": "不能小于 {ge}",
    "less_than_equal": "不能大于 {le}",
    "decimal_parsing": "金额格式无效",
    "decimal_type": "金额格式无效",
    "decimal_max_places": "金额最多两位小数",
    "enum": "取值无效，可选：{expected}",
}


def problem(origin: str, record: str, field: str, message: str) -> str:
    return f"{origin}: {record}: {field}: {message}" if field else f"{origin}: {record}: {message}"


def _field_path(loc: Sequence[Any], data: Any) -> str:
    """``('materials', 2, 'copies')`` -> ``materials[SFZ].copies`` (material code when known)."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int):
            label = str(key)
            try:
                node = node[key]
                code = node.get("code") if isinstance(node, dict) else None
                if isinstance(code, str) and code.strip():
                    label = code.strip()
            except (IndexError, KeyError, TypeError):
                node = None
            parts.append(f"[{label}]")
        else:
            parts.append(f".{key}" if parts else str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return "".join(parts)


def _message(err: Any) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        return str(ctx["error"])
    template = _MESSAGES.get(kind)
    if template is None:
        return str(err["msg"])
    try:
        text = template.format(**ctx)
    except (KeyError, IndexError):
        text = template
    if kind == "enum":
        text = f"{err.get('input')!r} {text}"
    return text


def problems_from_validation(
    exc: PydanticValidationError, *, origin: str, record: str, data: Any
) -> list[str]:
    out: list[str] = []
    for err in exc.errors():
        loc = list(err["loc"])
        out.append(problem(origin, record, _field_path(loc, data), _message(err)))
    return out
