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

from shared.domain.errors import ConfigError
from shared.domain.installation import ConfigSource, default_config_file, default_data_dir
from shared.domain.words import words

# /var/lib/yimen under the installed package, ~/.local/share/yimen (XDG) for a user install,
# $YIMEN_HOME over both (shared/domain/installation.py)
DEFAULT_HOME = default_data_dir()


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
            # 婚姻登记 needs its own registry window: both parties in person, the 离婚冷静期
            "marriage": ("J", "婚姻登记"),
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
    # the service point this terminal stands at, as the catalog's points name it: a township
    # centre or village station of the hall (帮办代办, issue 12); "" = the hall itself (hall.code)
    point: str = ""


# device name -> the words a technician reads on the kiosk's 暂停服务 sign
DEVICE_WORDS = {"idcard": "身份证读卡器", "printer": "凭条打印机", "scanner": "扫码设备"}


class DeviceSettings(BaseModel):
    """Which driver each device uses. The defaults are the simulators, and a simulator is
    used only where ``allow_simulated`` is true (``yimen demo``, ``yimen tour``, the tests,
    or a technician who writes it): a kiosk whose [devices] section is missing or names a
    simulator refuses to pretend (issue 13) and shows 暂停服务 with :meth:`simulation_refusal`."""

    allow_simulated: bool = False
    idcard: Literal["real", "simulated", "null"] = "simulated"
    idcard_port: str = "/dev/ttyUSB0"
    idcard_baud: int = 115200
    printer: Literal["network", "serial", "usb", "file", "win32", "simulated", "null"] = "simulated"
    printer_host: str = "127.0.0.1"
    printer_port: int = 9100
    printer_serial: str = "/dev/ttyS0"
    printer_file: Path | None = None
    printer_usb: str = ""  # vendor:product in hex, e.g. "0416:5011"
    printer_name: str = ""  # printer = "win32": the name in Windows' 设备和打印机 ("" = the default printer)
    paper_width_mm: Literal[58, 80] = 80
    # the A4 printer for 查询打印 (issue 17): a CUPS/IPP queue, a private cupsd with a PDF
    # queue ("simulated", needs root and printer-driver-cups-pdf), or none
    a4: Literal["cups", "simulated", "null"] = "null"
    a4_uri: str = "ipp://127.0.0.1:631/printers/A4PDF"
    a4_job_timeout_s: float = 60.0
    scanner: Literal["camera", "wedge", "serial", "file", "simulated", "null"] = "simulated"
    camera_index: int = 0
    scanner_port: str = "/dev/ttyACM0"
    scanner_baud: int = 9600
    scanner_file: Path | None = None  # an image or video played as a camera (demos, tests)
    tts: Literal["qt", "espeak", "null"] = "null"
    tts_voice: str = ""
    announcement: str = "请{number}号到{window}号窗口办理"
    announcement_repeats: int = 2

    def simulated_devices(self) -> list[str]:
        return [name for name in DEVICE_WORDS if getattr(self, name) == "simulated"]

    def simulation_refusal(self) -> str:
        """Why these settings may not run (simulators without permission), or "" when they may."""
        if self.allow_simulated:
            return ""
        unset = [DEVICE_WORDS[n] for n in self.simulated_devices() if n not in self.model_fields_set]
        named = [DEVICE_WORDS[n] for n in self.simulated_devices() if n in self.model_fields_set]
        parts = []
        if unset:
            parts.append(f"{'、'.join(unset)}未配置（[devices] 中没有写）")
        if named:
            parts.append(f"{'、'.join(named)}设为模拟设备（simulated）")
        return "；".join(parts)


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
    # the screens' language: zh_CN (the source language), or one with a translation in
    # shared/ui/translations (yimen_<language>.ts, e.g. "en"); docs/translations.md
    language: str = Field(default="zh_CN", pattern=r"^[a-z]{2,3}(_[A-Z]{2})?$")

    def catalog_cache_path(self, store: StoreSettings) -> Path:
        return self.catalog_cache or store.backup_dir.parent / "cache" / "catalog.json"


LANGUAGE = r"^[a-z]{2,3}(_[A-Z]{2})?$"  # zh_CN, en, khb …


class DisplaySettings(BaseModel):
    """The hall display board (``yimen display``)."""

    # the board's words: zh_CN (the source language), or one with a translation in
    # shared/ui/translations (docs/translations.md). What the hall hears is [devices]
    # announcement, whatever the board shows
    language: str = Field(default="zh_CN", pattern=LANGUAGE)


class CounterSettings(BaseModel):
    """The counter (``yimen counter``): the clerk's screens and the evaluator facing the applicant."""

    # the clerk's screens: zh_CN (the source language), or a language with a translation in
    # shared/ui/translations (docs/translations.md); Qt's own buttons follow it
    language: str = Field(default="zh_CN", pattern=LANGUAGE)
    # the evaluator screen (窗口评价器) facing the applicant: zh_CN, or a language with a
    # translation in shared/ui/translations (docs/translations.md)
    evaluator_language: str = Field(default="zh_CN", pattern=LANGUAGE)


class BackupSettings(BaseModel):
    """Sealed backups of the store (``yimen backup``; docs/operations.md)."""

    dir: Path | None = None  # None: store.backup_dir
    # one line, at least 12 characters, 0600; None: backup.pass beside the PII key file.
    # Keep a paper copy in the hall's safe: without it no backup can be opened.
    passphrase_file: Path | None = None
    keep: int = Field(default=14, ge=1)  # the newest N sealed backups stay; older ones are deleted
    keep_migration_copies: int = Field(default=3, ge=0)  # copies taken before a schema upgrade

    def directory(self, store: StoreSettings) -> Path:
        return self.dir or store.backup_dir

    def passphrase_path(self, store: StoreSettings) -> Path:
        return self.passphrase_file or store.key_file.parent / "backup.pass"


class RetentionSettings(BaseModel):
    """How long personal data stays after its last use (个人信息保护法 art. 19 and 47); the
    defaults and their reasons are in docs/operations.md. ``yimen data purge`` applies them."""

    # a resident with no case kept: deleted (with the ID-card photo) this long after last use
    residents_days: int = Field(default=180, ge=1)
    # the ID-card photo is biometric, sensitive data (art. 28): erased sooner, the person stays
    id_photos_days: int = Field(default=30, ge=1)
    # tickets (who queued when, for what): a year of figures, then deleted
    tickets_days: int = Field(default=365, ge=1)
    # help requests from kiosks
    help_requests_days: int = Field(default=90, ge=1)
    # the applicant's data an outbox event carried to the platform, once the platform has it
    delivered_pii_days: int = Field(default=30, ge=1)
    # sealed backups hold what was purged since: none older than this is kept (the newest always)
    backups_days: int = Field(default=30, ge=1)
    # case archives (办件档案) follow the archive rules, not this section: a closed case and its
    # applicant stay this many years after closing (档案法; the hall's archive retention table)
    case_archive_years: int = Field(default=30, ge=1)


class LoggingSettings(BaseModel):
    """Where log lines go (docs/operations.md); the masking of ID and phone numbers is always on."""

    level: Literal["debug", "info", "warning", "error"] = "info"
    to_file: bool = True  # a rotating file, unless journald takes the lines (under systemd)
    file: Path | None = None  # None: logs/yimen.log beside the backup directory
    max_bytes: int = 5_000_000
    keep_files: int = 5  # yimen.log.1 … yimen.log.5
    journald: Literal["auto", "yes", "no"] = "auto"  # auto: when systemd connected stderr to the journal


class JobsSettings(BaseModel):
    """The periodic job runner (``yimen jobs``; docs/operations.md lists the jobs)."""

    disabled: list[str] = Field(default_factory=list)  # job names this machine never runs
    # job name -> "every 15m" | "daily 02:30" | "weekly mon 03:00" (hall local time)
    schedules: dict[str, str] = Field(default_factory=dict)
    # the loop looks at the record at least this often (notices a resume or a set clock)
    max_sleep_seconds: float = 60.0


class FleetSettings(BaseModel):
    """Fleet health (the manager's 终端状态 page, ``yimen terminals``; docs/operations.md)."""

    # every kiosk, counter and display writes its heartbeat this often
    heartbeat_seconds: float = Field(default=10.0, ge=2.0, le=300.0)
    # a terminal whose last heartbeat is older than this is shown offline (issue 15: 2 minutes)
    offline_after_seconds: int = Field(default=120, ge=10)
    # unsent platform events a terminal may hold before the page raises an alert; below the
    # kiosk's own brake (platform.max_backlog, 500) so the manager hears of it first
    max_backlog: int = Field(default=100, ge=1)
    # how many recent error lines (masked) a heartbeat carries
    recent_errors: int = Field(default=5, ge=0, le=20)


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
    display: DisplaySettings = DisplaySettings()
    counter: CounterSettings = CounterSettings()
    jobs: JobsSettings = JobsSettings()
    logging: LoggingSettings = LoggingSettings()
    backup: BackupSettings = BackupSettings()
    retention: RetentionSettings = RetentionSettings()
    fleet: FleetSettings = FleetSettings()

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


def resolve_config_file(path: str | Path | None = None) -> tuple[Path | None, ConfigSource]:
    """Which settings file applies, and why: ``--config``, ``$YIMEN_CONFIG``, the installed
    system's /etc/yimen/yimen.toml, the user's XDG file, or none (built-in defaults)."""
    if path:
        return Path(path), "--config"
    env = os.environ.get("YIMEN_CONFIG")
    if env:
        return Path(env), "YIMEN_CONFIG"
    return default_config_file()


def load_settings(path: str | Path | None = None, **overrides: Any) -> Settings:
    """Read settings from ``path`` (or ``$YIMEN_CONFIG``, or the installation's default file),
    then the environment.

    A missing or malformed file raises :class:`ConfigError` naming the file and the field.
    """
    return load_settings_from(*resolve_config_file(path), **overrides)


def load_settings_from(path: Path | None, source: ConfigSource, **overrides: Any) -> Settings:
    data: dict[str, Any] = {}
    if path is not None:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            hint = (
                "软件包的配置文件被删除了：运行 apt-get install --reinstall "
                "-o Dpkg::Options::=--force-confmiss yimen 恢复默认配置，或用 --config 指定。"
                if source == "system"
                else "检查 --config 参数或 YIMEN_CONFIG 环境变量。"
            )
            raise ConfigError(words("配置文件不存在：{path}", path=path), hint=hint) from None
        except PermissionError:
            raise ConfigError(
                words("无权读取配置文件：{path}", path=path), hint="以 yimen 用户运行，或检查该文件的属主和权限。"
            ) from None
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(words("配置文件 {path} 不是有效的 TOML: {error}", path=path, error=e), hint="修正该行后重试。") from None
    data.update(overrides)
    try:
        return Settings(**data)
    except ValidationError as e:
        where = f"配置文件 {path}" if path else "配置"
        fields = "; ".join(f"{'.'.join(str(x) for x in err['loc'])}: {err['msg']}" for err in e.errors())
        raise ConfigError(words("{where}有误：{fields}", where=where, fields=fields), hint="按 docs/configuration.md 修正后重试。") from None
