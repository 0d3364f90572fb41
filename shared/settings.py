"""One typed settings model, read from a TOML file and the environment.

Machine-local settings only (which database, which devices, which window);
business data (catalog, calendar) arrives through sync and lives in the store.
Environment variables override the file: ``YIMEN_STORE__URL=...``.
"""

from __future__ import annotations

import os
import tomllib
from datetime import time
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from shared.errors import ConfigError

DEFAULT_HOME = Path(os.environ.get("YIMEN_HOME", Path.home() / ".local/share/yimen"))


class StoreSettings(BaseModel):
    # SQLite file for one station; postgresql+psycopg://… for a hall of many terminals
    url: str = f"sqlite:///{DEFAULT_HOME / 'yimen.db'}"
    key_file: Path = DEFAULT_HOME / "keys" / "pii.key"
    backup_dir: Path = DEFAULT_HOME / "backups"
    busy_timeout_ms: int = 5000


class HallSettings(BaseModel):
    code: str = "532822-ZWFW"  # the hall's own code, used in ticket and case numbers
    name: str = "勐海县政务服务中心"
    region_code: str = "532822"
    opens: time = time(9, 0)
    closes: time = time(17, 0)
    open_weekdays: list[int] = Field(default_factory=lambda: [0, 1, 2, 3, 4])  # Monday = 0
    timezone: str = "Asia/Shanghai"
    # where phones can follow the queue and a case (the hall's public web page); without it the
    # slips carry yimen:// codes that only the hall's own kiosks read
    public_url: str = ""


class TicketSettings(BaseModel):
    green_channel_age: int = 60
    max_recalls: int = 2  # a ticket not answered after this many recalls is marked 过号
    # category code -> (letter prefix, display name)
    categories: dict[str, tuple[str, str]] = Field(
        default_factory=lambda: {
            "general": ("A", "综合业务"),
            "social": ("B", "社保医保"),
            "civil": ("C", "民政残联"),
            "household": ("D", "户籍办理"),
            "market": ("E", "企业开办"),
            "realty": ("F", "不动产登记"),
            "cross": ("G", "跨省通办"),
            "help": ("H", "帮办代办"),
        }
    )


class EvaluationSettings(BaseModel):
    default_after_working_days: int = 5  # no review within 5 working days -> 基本满意
    followup_working_days: int = 15  # a bad review is followed up and fixed within 15


class TerminalSettings(BaseModel):
    id: str = "T-0001"
    name: str = "1号自助机"
    kind: Literal["kiosk", "counter", "display", "server"] = "kiosk"
    window_no: int | None = None


class DeviceSettings(BaseModel):
    idcard: Literal["real", "simulated", "null"] = "simulated"
    idcard_port: str = "/dev/ttyUSB0"
    idcard_baud: int = 115200
    printer: Literal["network", "serial", "usb", "file", "simulated", "null"] = "simulated"
    printer_host: str = "127.0.0.1"
    printer_port: int = 9100
    printer_serial: str = "/dev/ttyS0"
    printer_file: Path | None = None
    printer_usb: str = ""  # vendor:product in hex, e.g. "0416:5011"
    paper_width_mm: Literal[58, 80] = 80
    scanner: Literal["camera", "wedge", "serial", "file", "simulated", "null"] = "simulated"
    camera_index: int = 0
    scanner_port: str = "/dev/ttyACM0"
    scanner_baud: int = 9600
    scanner_file: Path | None = None  # an image or video played as a camera (demos, tests)
    tts: Literal["qt", "espeak", "null"] = "null"
    tts_voice: str = ""
    announcement: str = "请{number}号到{window}号窗口办理"
    announcement_repeats: int = 2


class PlatformSettings(BaseModel):
    base_url: str = "http://127.0.0.1:8700"
    credentials_file: Path = DEFAULT_HOME / "keys" / "platform.toml"
    ca_bundle: Path | None = None
    connect_timeout_s: float = 3.0
    read_timeout_s: float = 10.0
    max_backlog: int = 500  # refuse self-service submissions past this many unsent events
    max_days_since_sync: int = 7
    adapter: str = "yimen-v1"  # or "package.module:factory" mapping onto the province's own interface


class KioskSettings(BaseModel):
    idle_seconds: int = 60
    idle_warning_seconds: int = 30  # FACTS: at least 20 s to extend
    technician_pin_hash: str = ""
    portrait: bool = True
    # the kiosk's own copy of the catalog, for guides while the hall database is away;
    # None: "cache/catalog.json" beside the backup directory
    catalog_cache: Path | None = None

    def catalog_cache_path(self, store: StoreSettings) -> Path:
        return self.catalog_cache or store.backup_dir.parent / "cache" / "catalog.json"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="YIMEN_", env_nested_delimiter="__", extra="forbid")

    store: StoreSettings = StoreSettings()
    hall: HallSettings = HallSettings()
    tickets: TicketSettings = TicketSettings()
    evaluation: EvaluationSettings = EvaluationSettings()
    terminal: TerminalSettings = TerminalSettings()
    devices: DeviceSettings = DeviceSettings()
    platform: PlatformSettings = PlatformSettings()
    kiosk: KioskSettings = KioskSettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # environment beats the file (passed as init values), so a technician can override one value
        return env_settings, init_settings


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Read settings from ``path`` (or ``$YIMEN_CONFIG``), then the environment.

    A missing or malformed file raises :class:`ConfigError` naming the file and the field.
    """
    path = path or os.environ.get("YIMEN_CONFIG")
    data: dict[str, Any] = {}
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"配置文件不存在: {p}", hint="检查 --config 参数或 YIMEN_CONFIG 环境变量。"
            ) from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"配置文件 {p} 不是有效的 TOML: {e}", hint="修正该行后重试。") from None
    data.update(overrides)
    try:
        return Settings(**data)
    except ValidationError as e:
        where = f"配置文件 {path}" if path else "配置"
        fields = "; ".join(f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}" for err in e.errors())
        raise ConfigError(f"{where}有误: {fields}", hint="按 docs/ 中的配置说明修正后重试。") from None
