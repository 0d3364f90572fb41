"""The store: one engine, one key, and units of work that commit all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, StatementError
from sqlalchemy.orm import Session

from offline_store import migrate
from offline_store.audit import AuditLog, BoundAuditLog
from offline_store.crypto import PiiCipher, create_key_file, load_key_file
from offline_store.db import create_engine_for, read_only_engine, sqlite_write_lock
from offline_store.repositories import (
    AccountRepository,
    AppointmentRepository,
    CalendarRepository,
    CaseRepository,
    CatalogRepository,
    ClosureRepository,
    ComplaintRepository,
    EvaluationRepository,
    FigureRepository,
    HelpRequestRepository,
    JobRunRepository,
    OrganisationRepository,
    OutboxRepository,
    PeopleRepository,
    TicketRepository,
)
from offline_store.repositories.agency import AgencyRepository
from offline_store.repositories.case_pauses import CasePauseRepository
from offline_store.repositories.first_asks import FirstAskRepository
from offline_store.repositories.fleet import FleetRepository
from offline_store.repositories.licence_checks import LicenceCheckRepository
from offline_store.repositories.retention import RetentionRepository
from shared.domain import ui_thread
from shared.domain.errors import KeyFileError, StoreError, YimenError
from shared.domain.settings import StoreSettings
from shared.domain.words import words


@dataclass(frozen=True, slots=True)
class UnitOfWork:
    """Everything one transaction can touch; all repositories share ``session``."""

    session: Session
    people: PeopleRepository
    organisations: OrganisationRepository
    cases: CaseRepository
    tickets: TicketRepository
    evaluations: EvaluationRepository
    figures: FigureRepository
    complaints: ComplaintRepository
    help: HelpRequestRepository
    catalog: CatalogRepository
    calendar: CalendarRepository
    outbox: OutboxRepository
    accounts: AccountRepository
    appointments: AppointmentRepository
    closures: ClosureRepository
    audit: BoundAuditLog
    jobs: JobRunRepository
    retention: RetentionRepository
    pauses: CasePauseRepository
    fleet: FleetRepository
    licence_checks: LicenceCheckRepository
    first_asks: FirstAskRepository
    agency: AgencyRepository


class Store:
    def __init__(self, engine: Engine, cipher: PiiCipher, *, busy_timeout_s: float = 5.0) -> None:
        self.engine = engine
        self.cipher = cipher
        self.audit_log = AuditLog(cipher.audit_key)
        self._read_engine = read_only_engine(engine)
        self._write_lock = sqlite_write_lock(engine)
        self._busy_timeout_s = busy_timeout_s

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, settings: StoreSettings, *, create_key: bool = False, upgrade: bool = False) -> Store:
        """Open the configured database with its key.

        ``create_key``: make a key file if there is none, but only for a database that holds no
        encrypted data yet. ``upgrade``: migrate to the current schema (backup first). Without
        it, a database that is behind raises :class:`StoreError` telling to run ``yimen db upgrade``.
        """
        engine = create_engine_for(settings.url, busy_timeout_ms=settings.busy_timeout_ms)
        try:
            cipher = PiiCipher(_obtain_key(engine, Path(settings.key_file), create=create_key))
            if upgrade:
                migrate.upgrade(engine, backup_dir=settings.backup_dir)
            status = migrate.check(engine)
            if status.pending:
                raise StoreError(
                    words("数据库结构需要升级（当前 {value}，程序需要 {head}）。", value=status.current or "空库", head=status.head),
                    hint="运行 `yimen db upgrade`（会先自动备份数据库）。",
                )
            check_key_matches(engine, cipher, Path(settings.key_file), record=upgrade)
        except DBAPIError as e:
            engine.dispose()
            raise StoreError(
                words("无法打开数据库 {url}: {error}", url=engine.url.render_as_string(hide_password=True), error=_first_line(e)),
                hint="检查配置 store.url、数据库服务是否运行、网络和文件权限。",
            ) from e
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, cipher, busy_timeout_s=settings.busy_timeout_ms / 1000)

    @classmethod
    def for_tests(cls, url: str, key_path: str | Path, *, backup_dir: str | Path | None = None) -> Store:
        """A migrated store with a key (created if missing): for tests, benchmarks and demos."""
        key_path = Path(key_path)
        settings = StoreSettings(
            url=url,
            key_file=key_path,
            backup_dir=Path(backup_dir) if backup_dir else key_path.parent / "backups",
        )
        return cls.open(settings, create_key=True, upgrade=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ work
    @contextmanager
    def unit_of_work(self, *, read_only: bool = False) -> Iterator[UnitOfWork]:
        """One transaction: commits when the block ends normally, rolls back on any exception.

        ``read_only`` starts a deferred SQLite transaction (readers do not queue behind writers);
        writing inside it still works but may meet "database is locked" under contention.
        """
        ui_thread.check("a unit of work (database)")
        engine = self._read_engine if read_only else self.engine
        lock = None if read_only else self._write_lock
        if lock is not None and not lock.acquire(timeout=self._busy_timeout_s):
            raise StoreError(
                "数据库忙：其他操作占用时间过长。", hint="稍后重试；如持续出现，请重启本终端程序。"
            )
        try:
            with Session(engine, expire_on_commit=False) as session, session.begin():
                yield self._uow(session)
        except YimenError:
            raise
        except StatementError as e:
            if isinstance(e.orig, YimenError):  # raised by a column type while binding, e.g. a naive time
                raise e.orig from None
            if not isinstance(e, DBAPIError):
                raise
            raise _db_error(e) from e
        finally:
            if lock is not None:
                lock.release()

    def _uow(self, session: Session) -> UnitOfWork:

        c = self.cipher
        return UnitOfWork(
            session=session,
            people=PeopleRepository(session, c),
            organisations=OrganisationRepository(session, c),
            cases=CaseRepository(session, c),
            tickets=TicketRepository(session, c),
            evaluations=EvaluationRepository(session, c),
            figures=FigureRepository(session, c),
            complaints=ComplaintRepository(session, c),
            help=HelpRequestRepository(session, c),
            catalog=CatalogRepository(session, c),
            calendar=CalendarRepository(session, c),
            outbox=OutboxRepository(session, c),
            accounts=AccountRepository(session, c),
            appointments=AppointmentRepository(session, c),
            closures=ClosureRepository(session, c),
            audit=BoundAuditLog(self.audit_log, session),
            jobs=JobRunRepository(session, c),
            retention=RetentionRepository(session, c),
            pauses=CasePauseRepository(session, c),
            fleet=FleetRepository(session, c),
            licence_checks=LicenceCheckRepository(session, c),
            first_asks=FirstAskRepository(session, c),
            agency=AgencyRepository(session, c),
        )


def _db_error(e: DBAPIError) -> StoreError:
    if isinstance(e, OperationalError):
        return StoreError(
            words("数据库暂时不可用：{error}", error=_first_line(e)),
            hint="稍后重试；如持续出现，检查数据库服务、磁盘空间和网络。",
        )
    if isinstance(e, IntegrityError):
        return StoreError(
            words("数据与已存记录冲突：{error}", error=_first_line(e)), hint="刷新后重试；如反复出现请联系技术支持。"
        )
    if getattr(e.orig, "sqlstate", None) == "42501" and "row-level security" in str(e.orig):
        # hall mode: this terminal's role wrote under another terminal's id (issue 15, point 7)
        return StoreError(
            words("本终端不能以其他终端的名义写入：{error}", error=_first_line(e)),
            hint="每台终端只能用自己的配置文件（yimen hall init 为它生成的那一份）；检查 terminal.id 与数据库角色是否一致（yimen hall check）。",
        )
    return StoreError(words("数据库错误：{error}", error=_first_line(e)), hint="请联系技术支持并提供日志。")


def _first_line(e: DBAPIError) -> str:
    # the driver's message, without SQLAlchemy's SQL echo (which may hold bound values)
    return str(e.orig).splitlines()[0] if e.orig is not None else type(e).__name__


def _holds_encrypted_data(engine: Engine) -> bool:
    insp_tables = set(sa.inspect(engine).get_table_names())
    if "people" not in insp_tables:
        return False
    with engine.connect() as conn:
        people = conn.execute(sa.text("SELECT 1 FROM people LIMIT 1")).first() is not None
        audit = conn.execute(sa.text("SELECT 1 FROM audit_log LIMIT 1")).first() is not None
        conn.rollback()
    return people or audit


PII_KEY_ID = "pii_key_id"


def stored_key_id(engine: Engine) -> str | None:
    """The fingerprint of the key the database's personal data was written with (None: not
    recorded yet, or a schema from before it was)."""
    from offline_store.models_ops import StoreMetaRow

    with engine.connect() as conn:
        value = conn.execute(
            sa.select(StoreMetaRow.value).where(StoreMetaRow.key == PII_KEY_ID)
        ).scalar_one_or_none()
        conn.rollback()
    return value


def check_key_matches(engine: Engine, cipher: PiiCipher, key_path: Path, *, record: bool) -> None:
    """Refuse a key file that is not the database's own, naming both keys.

    The database keeps the key's fingerprint (``store_meta.pii_key_id``); ``record`` (an
    upgrade, run by the owner) writes it the first time, after proving the key on a stored
    person where there is one, so a store upgraded from before the fingerprint gets it too.
    """
    from offline_store.models import Person

    stored = stored_key_id(engine)
    if stored is not None:
        if stored != cipher.key_id:
            raise KeyFileError(
                words("个人信息密钥不符：数据库中的数据是用密钥 {stored} 加密的，而 {key_path} 是密钥 {key_id}。", stored=stored, key_path=key_path, key_id=cipher.key_id),
                hint=words("找回密钥 {stored} 的文件放到 {key_path}（`yimen keys import 导出文件`）；没有它，已存的个人信息无法读取。不要用新密钥覆盖。", stored=stored, key_path=key_path),
            )
        return
    if not record:
        return
    with engine.connect() as conn:
        sample = conn.execute(sa.select(Person.name_ct).limit(1)).scalar_one_or_none()
        conn.rollback()
    if sample is not None:
        try:
            cipher.decrypt_bytes(sample, aad="people.name_ct")
        except StoreError:
            raise KeyFileError(
                words("个人信息密钥不符：{key_path}（密钥 {key_id}）解不开数据库中已存的个人信息。", key_path=key_path, key_id=cipher.key_id),
                hint="找回本数据库原来的密钥文件（`yimen keys import 导出文件`）后重试。",
            ) from None
    from offline_store.models_ops import StoreMetaRow

    with engine.begin() as conn:
        conn.execute(
            sa.insert(StoreMetaRow).values(key=PII_KEY_ID, value=cipher.key_id, updated_at=datetime.now(UTC))
        )


def _obtain_key(engine: Engine, key_path: Path, *, create: bool) -> bytes:
    if create and not key_path.exists():
        if _holds_encrypted_data(engine):
            raise KeyFileError(
                words("密钥文件 {key_path} 不存在，而数据库中已有加密数据。", key_path=key_path),
                hint="不会新建密钥（新密钥无法解开旧数据）：请从备份恢复原密钥文件。",
            )
        create_key_file(key_path)
    return load_key_file(key_path)
