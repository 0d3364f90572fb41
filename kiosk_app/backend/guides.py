"""办事指南: the catalog and its search index (built once per catalog version), and a guide
printed as a slip (一次性告知 style)."""

from __future__ import annotations

from concurrent.futures import Future

from kiosk_app import printing as kiosk_slips
from kiosk_app.backend.areas import KioskTerminal
from kiosk_app.backend.printing import Printing
from shared.domain.catalog import pinyin
from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import ServiceItem
from shared.domain.catalog.search import CatalogSearchIndex


class Guides:
    def __init__(self, terminal: KioskTerminal, printing: Printing) -> None:
        self._t = terminal
        self._printing = printing

    def warm_up(self) -> None:
        """Load the pinyin tables the search index needs (on the UI thread, once)."""
        pinyin.load_tables()

    def catalog(self) -> Catalog:
        return self._t.ctx.catalog()

    def search_index(self) -> CatalogSearchIndex:
        return self._t.ctx.search_index()

    def job_id(self, item: ServiceItem) -> str:
        """One job per guide and second: a second tap while it prints is not a second slip."""
        return f"guide-{item.basic_code}-{self._t.ctx.local_now():%Y%m%d%H%M%S}"

    def print(self, item_code: str, *, job_id: str) -> Future:
        catalog = self.catalog()
        document = kiosk_slips.guide_document(
            catalog.item(item_code),
            catalog=catalog,
            hall_name=self._t.settings.hall.name,
            printed_at=self._t.ctx.local_now(),
            width=self._printing.paper,
        )
        return self._printing.print_document(document, job_id=job_id)
