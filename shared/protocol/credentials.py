"""The terminal's platform credentials (AppKey and secret) from a TOML file.

The file is issued per terminal by the platform operator::

    app_key = "T-0001-3f9a…"
    secret = "…at least 32 characters…"

It must be readable by its owner only (0600): anyone who reads it can sign
requests in this terminal's name (等保2.0 身份鉴别).
"""

from __future__ import annotations

import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path

from shared.domain.errors import ConfigError
from shared.protocol.signing import MIN_SECRET_LEN


class CredentialsError(ConfigError):
    """The platform credentials file is missing, malformed or readable by others."""


@dataclass(frozen=True, slots=True)
class PlatformCredentials:
    app_key: str
    secret: bytes

    def __repr__(self) -> str:  # the secret never reaches a log line
        return f"PlatformCredentials(app_key={self.app_key!r}, secret=<hidden>)"


def load_credentials(path: str | Path, *, check_permissions: bool = True) -> PlatformCredentials:
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise CredentialsError(
            f"平台凭据文件不存在：{p}",
            hint="向平台管理员申请本终端的 AppKey 和密钥，保存为该文件并执行 chmod 600。",
        ) from None
    if check_permissions and os.name == "posix" and stat.S_IMODE(st.st_mode) & 0o077:
        raise CredentialsError(
            f"平台凭据文件 {p} 的权限为 {stat.S_IMODE(st.st_mode):04o}，其他用户可以读取。",
            hint=f"执行 chmod 600 {p} 后重试。",
        )
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise CredentialsError(
            f"平台凭据文件 {p} 不是有效的 TOML: {e}", hint="文件应包含 app_key 和 secret 两行。"
        ) from None
    app_key, secret = data.get("app_key"), data.get("secret")
    if not isinstance(app_key, str) or not app_key.strip():
        raise CredentialsError(f"平台凭据文件 {p} 缺少 app_key。", hint="按平台管理员提供的内容补全。")
    if not isinstance(secret, str) or len(secret) < MIN_SECRET_LEN:
        raise CredentialsError(
            f"平台凭据文件 {p} 的 secret 缺失或过短（至少 {MIN_SECRET_LEN} 个字符）。",
            hint="按平台管理员提供的内容补全。",
        )
    return PlatformCredentials(app_key=app_key.strip(), secret=secret.encode("utf-8"))


def write_credentials(path: str | Path, credentials: PlatformCredentials) -> Path:
    """Write a credentials file readable by its owner only (used by the reference platform's issuer)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    text = f'app_key = "{credentials.app_key}"\nsecret = "{credentials.secret.decode("utf-8")}"\n'
    # create with 0600 from the start so the secret is never briefly world-readable
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(p, 0o600)
    return p
