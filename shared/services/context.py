"""The hall context: settings, store, clock, calendar and catalog that every use case needs.

Kiosk, counter, display, the command line and the demo each build one of these at start-up
(their composition root) and pass it to the use cases in ``shared.services``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from offline_store.hall.resilience import HallNetworkProblem
from offline_store.records import CatalogDocument
from offline_store.store import Store, UnitOfWork
from shared.domain.catalog.catalog import Catalog
from shared.domain.errors import NotFound
from shared.domain.settings import Settings
from shared.domain.workdays import WorkingDayCalendar
from shared.services.catalog_docs import from_store_documents
from shared.services.clock import Clock, SystemClock

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from shared.domain.catalog.search import CatalogSearchIndex


class HallContext:
    def __init__(self, *, settings: Settings, store: Store, clock: Clock | None = None) -> None:
        self.settings = settings
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.tz = ZoneInfo(settings.hall.timezone)
        self._lock = threading.Lock()
        self._catalog: tuple[str, Catalog, CatalogSearchIndex | None] | None = None
        self._calendar: tuple[tuple[object, ...], WorkingDayCalendar] | None = None
        # where this terminal keeps its own copy of the catalog (see catalog_cache); None: none
        self.catalog_cache: Path | None = None

    @classmethod
    def open(cls, settings: Settings, *, clock: Clock | None = None, create_key: bool = False) -> HallContext:
        """Open the configured store, migrating it first (a backup copy is taken before)."""
        store = Store.open(settings.store, create_key=create_key, upgrade=True)
        return cls(settings=settings, store=store, clock=clock)

    def close(self) -> None:
        self.store.close()

    # ------------------------------------------------------------------ time
    def now(self) -> datetime:
        return self.clock.now()

    def local_now(self) -> datetime:
        return self.clock.now().astimezone(self.tz)

    def today(self) -> date:
        """The hall's local date: tickets and case numbers roll over at local midnight."""
        return self.local_now().date()

    def local_day_bounds(self, day: date) -> tuple[datetime, datetime]:
        start = datetime.combine(day, time(0), tzinfo=self.tz)
        end = datetime.combine(date.fromordinal(day.toordinal() + 1), time(0), tzinfo=self.tz)
        return start, end

    @contextmanager
    def unit_of_work(self, *, read_only: bool = False) -> Iterator[UnitOfWork]:
        with self.store.unit_of_work(read_only=read_only) as uow:
            yield uow

    # ------------------------------------------------------------------ calendar
    def calendar(self, uow: UnitOfWork) -> WorkingDayCalendar:
        """The package calendar plus the platform's overrides; rebuilt when the overrides change."""
        flags = uow.calendar.workday_flags()
        years = uow.calendar.covered_years()
        key = (tuple(sorted(flags.items())), tuple(sorted(years.items())))
        with self._lock:
            if self._calendar is None or self._calendar[0] != key:
                cal = WorkingDayCalendar(
                    overrides=flags,
                    override_years=[y for y, src in years.items() if src != "chinesecalendar"],
                )
                self._calendar = (key, cal)
            return self._calendar[1]

    # ------------------------------------------------------------------ catalog
    def catalog(self, uow: UnitOfWork | None = None) -> Catalog:
        """The current catalog version, read once and kept until the store holds a newer one."""
        return self._catalog_entry(uow, with_index=False)[1]

    def search_index(self, uow: UnitOfWork | None = None) -> CatalogSearchIndex:
        entry = self._catalog_entry(uow, with_index=True)
        assert entry[2] is not None
        return entry[2]

    def _catalog_entry(
        self, uow: UnitOfWork | None, *, with_index: bool
    ) -> tuple[str, Catalog, CatalogSearchIndex | None]:
        if uow is None:
            try:
                with self.unit_of_work(read_only=True) as own:
                    return self._catalog_entry(own, with_index=with_index)
            except HallNetworkProblem:
                offline = self._offline_catalog(with_index=with_index)
                if offline is None:
                    raise
                return offline
        version = uow.catalog.current_version()
        if version is None:
            raise NotFound(
                "本机还没有服务事项目录。",
                hint="运行 `yimen catalog import PATH` 导入目录，或连网后运行 `yimen sync run` 从平台下载。",
            )
        with self._lock:
            cached = self._catalog
        if cached is None or cached[0] != version:
            documents = uow.catalog.current_documents()
            cached = (version, from_store_documents(documents, version=version), None)
            if self.catalog_cache is not None:
                self._keep_local_copy(version, documents)
        return self._remember(cached, with_index=with_index)

    def _remember(
        self, entry: tuple[str, Catalog, CatalogSearchIndex | None], *, with_index: bool
    ) -> tuple[str, Catalog, CatalogSearchIndex | None]:
        if with_index and entry[2] is None:
            from shared.domain.catalog.search import CatalogSearchIndex

            entry = (entry[0], entry[1], CatalogSearchIndex(entry[1]))
        with self._lock:
            self._catalog = entry
        return entry

    def _keep_local_copy(self, version: str, documents: list[CatalogDocument]) -> None:
        from shared.services.catalog_cache import write_catalog_cache

        assert self.catalog_cache is not None
        try:
            write_catalog_cache(self.catalog_cache, version=version, documents=documents)
        except OSError as e:  # a full disk must not take the guides down while the server is up
            log.warning("could not keep a local copy of catalog %s: %s", version, e)

    def _offline_catalog(self, *, with_index: bool) -> tuple[str, Catalog, CatalogSearchIndex | None] | None:
        """The catalog last seen (in memory, else the local copy) while the server is away."""
        with self._lock:
            cached = self._catalog
        if cached is None and self.catalog_cache is not None:
            from shared.services.catalog_cache import read_catalog_cache

            copy = read_catalog_cache(self.catalog_cache)
            if copy is not None:
                version, documents = copy
                cached = (version, from_store_documents(documents, version=version), None)
        return self._remember(cached, with_index=with_index) if cached is not None else None
