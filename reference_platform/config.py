"""Configuration of the reference platform: where it listens, who may call, how its back
office decides, and which faults it injects (all changeable while it runs)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from shared.domain.errors import ConfigError

LOOPBACK = "127.0.0.1"
DEFAULT_PORT = 8700


@dataclass(frozen=True, slots=True)
class FaultConfig:
    """Faults injected on purpose, so the client's handling of each is exercised for real."""

    latency_ms: tuple[float, float] = (0.0, 0.0)  # uniform extra delay before every answer
    error_5xx_rate: float = 0.0  # answer 503 before doing anything
    drop_after_commit_rate: float = 0.0  # store the events, then close the socket without answering
    duplicate_feed_page_rate: float = 0.0  # hand out a feed page again (cursor not advanced)
    out_of_order_feed_rate: float = 0.0  # shuffle a feed page and mix in stale older updates
    clock_skew_s: float = 0.0  # the platform's clock runs this far ahead of real time
    drop_catalog_page_at_offset: int | None = (
        None  # cut the connection on the catalog page from this offset on
    )
    # hold the answer to the catalog page from this offset on until the fault is lifted (at
    # most a minute): a terminal is then mid-download for as long as a test needs (issue 13)
    stall_catalog_page_at_offset: int | None = None
    seed: int | None = None  # fix the random faults for a reproducible test

    def any_active(self) -> bool:
        return any(
            (
                self.latency_ms[1] > 0,
                self.error_5xx_rate,
                self.drop_after_commit_rate,
                self.duplicate_feed_page_rate,
                self.out_of_order_feed_rate,
                self.clock_skew_s,
                self.drop_catalog_page_at_offset is not None,
                self.stall_catalog_page_at_offset is not None,
            )
        )


@dataclass(frozen=True, slots=True)
class BackOfficeConfig:
    """How the simulated back office (后台分类审批) moves accepted cases."""

    review_after_s: float = 0.0  # accepted -> in_review
    decide_after_s: float = 30.0  # in_review -> completed / rejected / supplement_requested
    reject_fraction: float = 0.1
    supplement_fraction: float = 0.1  # asked once per case; after the materials event it is decided
    seed: int = 7


@dataclass(frozen=True, slots=True)
class TerminalKey:
    app_key: str
    secret: str
    terminal_id: str


@dataclass(frozen=True, slots=True)
class PlatformConfig:
    db_path: Path
    host: str = LOOPBACK
    port: int = 0  # 0: any free port (tests); the CLI defaults to 8700
    platform_name: str = "云南省一体化政务服务平台（参考实现）"
    terminals: tuple[TerminalKey, ...] = ()
    backoffice: BackOfficeConfig = field(default_factory=BackOfficeConfig)
    faults: FaultConfig = field(default_factory=FaultConfig)
    # the first catalog published: None loads shared.domain.catalog's demo catalog
    catalog_documents: tuple[dict[str, Any], ...] | None = None
    catalog_label: str = ""
    licence_issuer_key: str = "yimen-reference-issuer-key-not-for-production"
    hall_codes: tuple[str, ...] = ("532822-ZWFW",)
    max_request_bytes: int = 8 * 1024 * 1024
    tls_cert: Path | None = None
    tls_key: Path | None = None
    allow_non_loopback: bool = False

    def with_faults(self, **changes: Any) -> PlatformConfig:
        return replace(self, faults=replace(self.faults, **changes))


def load_platform_config(path: str | Path, **overrides: Any) -> PlatformConfig:
    """Read a TOML file with sections [platform], [backoffice], [faults] and [[terminals]]."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"参考平台配置文件不存在: {p}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"参考平台配置文件 {p} 不是有效的 TOML: {e}") from None
    try:
        top = dict(data.get("platform", {}))
        if "db_path" in top:
            top["db_path"] = Path(top["db_path"])
        for key in ("tls_cert", "tls_key"):
            if top.get(key):
                top[key] = Path(top[key])
        if "hall_codes" in top:
            top["hall_codes"] = tuple(top["hall_codes"])
        faults = dict(data.get("faults", {}))
        if "latency_ms" in faults:
            faults["latency_ms"] = tuple(faults["latency_ms"])
        top["faults"] = FaultConfig(**faults)
        top["backoffice"] = BackOfficeConfig(**data.get("backoffice", {}))
        top["terminals"] = tuple(TerminalKey(**t) for t in data.get("terminals", []))
        top.update(overrides)
        known = {f.name for f in fields(PlatformConfig)}
        unknown = set(top) - known
        if unknown:
            raise TypeError(f"unknown keys {sorted(unknown)}")
        return PlatformConfig(**top)
    except TypeError as e:
        raise ConfigError(
            f"参考平台配置文件 {p} 有误: {e}", hint="见 docs/upstream-protocol.md 的参考平台一节。"
        ) from None
