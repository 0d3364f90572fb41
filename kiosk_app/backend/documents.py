"""查询打印 (issue 17): personal documents queried from the provincial platform and printed on
A4, the resident's e-licences, and a scanned certificate verified.

The platform client and the certificate use cases load HTTP and signature libraries (about a
quarter of a second): not at cold start, and not for the first time on a worker thread
(shiboken's import hook is not thread-safe in PySide6 6.12), so :meth:`Documents.warm_up`
loads them on the UI thread when the resident first opens the screen.
"""

from __future__ import annotations

import importlib
from typing import Any

from kiosk_app.backend.areas import KioskTerminal
from kiosk_app.backend.printing import Printing
from shared.domain.certificates import DocumentKind, KioskMode
from shared.domain.errors import ConfigError


class Documents:
    def __init__(self, terminal: KioskTerminal, printing: Printing) -> None:
        self._t = terminal
        self._printing = printing
        self._platform: Any = None
        self._certificates: Any = None

    def warm_up(self) -> None:
        """Load what a query needs (on the UI thread, once)."""
        if self._certificates is None:
            importlib.import_module("offline_store.sync.client")
            self._certificates = importlib.import_module("shared.services.certificates")
            # what the A4 printer's thread will render with (a printer opened by the device
            # supervisor's thread after a reconnect has not preloaded it)
            importlib.import_module("devices.a4.pdf").preload()

    def _services(self) -> Any:
        self.warm_up()
        return self._certificates

    def platform(self) -> Any:
        """The platform client for personal queries (built once; none without credentials)."""
        if self._platform is None:
            from offline_store.sync.client import PlatformClient

            try:
                self._platform = PlatformClient.from_settings(self._t.settings)
            except ConfigError as e:
                raise self._services().QueryOffline(
                    "本机没有连接省平台，不能查询打印。", hint="请取号到窗口办理；技术员请检查平台凭据。"
                ) from e
        return self._platform

    def kinds(self) -> list[DocumentKind]:
        """The documents the catalog's 查询打印 items offer, each once, in catalog order."""
        kinds = [it.kiosk_document for it in self._t.ctx.catalog().kiosk_items(KioskMode.QUERY_PRINT)]
        return list(dict.fromkeys(k for k in kinds if k is not None))

    def query(self, *, card: Any, request: Any) -> Any:
        return self._services().query_document(
            self._t.ctx, platform=self.platform(), actor=self._t.actor, card=card, request=request
        )

    def licences_of(self, *, card: Any) -> list[Any]:
        return self._services().licences_of(
            self._t.ctx, platform=self.platform(), actor=self._t.actor, card=card, consent=True
        )

    def print_a4(self, document: Any, *, job_id: str) -> Any:
        return self._printing.print_a4(document, job_id=job_id)

    def cancel_a4(self, job_id: str) -> None:
        self._printing.cancel_a4(job_id)

    def verify(self, *, code: str) -> Any:
        try:
            platform = self.platform()
        except Exception:
            platform = None  # offline checks still work with the synced key
        return self._services().verify_certificate(
            self._t.ctx, code=code, actor=self._t.actor, platform=platform
        )
