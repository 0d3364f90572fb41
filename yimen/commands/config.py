"""yimen config check — which settings file applies, is it valid, what are the effective
settings (file, then environment), and does this machine have what they name.

Secrets never reach the screen: a database URL's password, the technician PIN's hash and
any field named like a secret are masked, so the output can be pasted into a support ticket.
"""

from __future__ import annotations

import argparse
import os
import re
from datetime import time
from pathlib import Path
from typing import Any

from yimen.commands._common import add_json
from yimen.output import emit_json, emit_lines

MASK = "******"
_SECRET_NAME = re.compile(r"(secret|password|passwd|token|pin_hash|api_key)", re.IGNORECASE)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("config", help="the settings: validate the file, print the effective values")
    csub = p.add_subparsers(dest="config_cmd", required=True, metavar="ACTION")
    ck = csub.add_parser(
        "check",
        help="validate the settings file and this machine; print the effective settings, secrets masked",
    )
    add_json(ck)
    ck.set_defaults(func=check)


def check(args: argparse.Namespace) -> int:
    """Exit 0: valid, and everything it names is here; 1: valid, with problems listed;
    2 (raised ConfigError): the file cannot be read or a value is invalid."""
    from shared.domain.installation import find_installation
    from shared.domain.settings import load_settings_from, resolve_config_file

    path, source = resolve_config_file(getattr(args, "config", None))
    settings = load_settings_from(path, source)
    installation = find_installation()
    from_env = sorted(k for k in os.environ if k.startswith("YIMEN_") and "__" in k)
    problems = machine_problems(settings)
    if args.json:
        emit_json(
            {
                "file": str(path) if path else None,
                "source": source,
                "installation": installation.kind,
                "environment_overrides": from_env,
                "settings": masked(settings.model_dump(mode="json")),
                "problems": problems,
                "ok": not problems,
            }
        )
    else:
        where = f"{path}（{_SOURCE_WORDS[source]}）" if path else _SOURCE_WORDS[source]
        lines = [f"# 配置文件: {where}", f"# 安装方式: {installation.kind}"]
        if from_env:
            lines.append(f"# 环境变量覆盖: {', '.join(from_env)}")
        lines.append("# 生效的配置（密钥已遮盖）:")
        lines += to_toml(masked(settings.model_dump(mode="python")))
        if problems:
            lines.append("")
            lines.append(f"# 发现 {len(problems)} 个问题:")
            lines += [f"#  - {p}" for p in problems]
        else:
            lines.append("")
            lines.append("# 配置有效，所列文件和设备都在。")
        emit_lines(lines)
    return 1 if problems else 0


_SOURCE_WORDS = {
    "--config": "由 --config 指定",
    "YIMEN_CONFIG": "由环境变量 YIMEN_CONFIG 指定",
    "system": "本机安装的系统配置",
    "user": "当前用户的配置",
    "built-in defaults": "没有配置文件，使用内置默认值",
}


def masked(value: Any, key: str = "") -> Any:
    """``value`` with every secret replaced by ``******`` (a URL keeps all but its password)."""
    if isinstance(value, dict):
        return {k: masked(v, k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [masked(v, key) for v in value]
    if isinstance(value, str) and value and _SECRET_NAME.search(key):
        return MASK
    if key == "url" and isinstance(value, str):
        return mask_url(value)
    return value


def mask_url(url: str) -> str:
    # the store knows how its URLs are written (SQLAlchemy's form, quoting included)
    from offline_store.db import url_without_password

    return url_without_password(url, mask=MASK)


def machine_problems(settings: Any) -> list[str]:
    """What the settings name that this machine lacks, each with what to do."""
    problems: list[str] = []
    store = settings.store
    if store.url.startswith("sqlite:///"):
        db = Path(store.url.removeprefix("sqlite:///"))
        if not db.parent.is_dir():
            problems.append(f"数据库目录 {db.parent} 不存在: 运行 `yimen db upgrade` 创建数据库。")
    from offline_store.crypto import load_key_file
    from shared.domain.errors import KeyFileError

    try:
        load_key_file(store.key_file)
    except KeyFileError as e:
        problems.append(f"{e.message} {e.hint}")
    dev = settings.devices
    ports = []
    if dev.idcard == "real":
        ports.append(("身份证读卡器", "idcard_port", dev.idcard_port))
    if dev.printer == "serial":
        ports.append(("打印机", "printer_serial", dev.printer_serial))
    if dev.printer == "file" and dev.printer_file is not None:
        ports.append(("打印机", "printer_file", str(dev.printer_file)))
    if dev.scanner == "serial":
        ports.append(("扫码器", "scanner_port", dev.scanner_port))
    for what, field, port in ports:
        if not os.path.exists(port):
            problems.append(
                f"{what}的设备 {port}（devices.{field}）不存在: 检查 USB 线和电源，"
                "`ls -l /dev/yimen-*` 看 udev 规则是否认出了它（docs/install.md 硬件检查表）。"
            )
    creds = settings.platform.credentials_file
    if not Path(creds).is_file():
        problems.append(
            f"平台凭据文件 {creds} 不存在: 同步不能进行。向省平台申请 AppKey，写入该文件（权限 0600）。"
        )
    return problems


def to_toml(doc: dict[str, Any]) -> list[str]:
    """The effective settings as TOML a technician can copy into the file."""
    lines: list[str] = []
    for section, values in doc.items():
        lines.append(f"\n[{section}]")
        for key, value in values.items():
            if value is None:
                lines.append(f"# {key} = （未设置）")
            else:
                lines.append(f"{key} = {_toml_value(value)}")
    return lines


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, time):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + " }"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else f'"{key}"'
