"""The seam between the sync worker and whatever platform a deployment talks to.

The worker and the appliers only use the operations of :class:`PlatformAdapter`, in the
Yimen v1 wire types. :class:`offline_store.sync.client.PlatformClient` implements it for
the Yimen v1 protocol (and the reference platform). A deployment whose province speaks
another interface writes one class with these methods that maps each call onto the
province's API, and names it in settings as ``"package.module:factory"``; the factory
receives the :class:`shared.domain.settings.Settings` and returns the adapter.
"""

from __future__ import annotations

import importlib
from typing import Any, Protocol, runtime_checkable

from shared.domain.errors import ConfigError
from shared.domain.words import words
from shared.protocol import messages as p

BUILTIN_ADAPTER = "yimen-v1"


@runtime_checkable
class PlatformAdapter(Protocol):
    """Operations the sync needs. Errors: the typed ones of :mod:`offline_store.sync.errors`."""

    clock_offset_s: float

    def ping(self) -> p.Pong: ...

    def register(self, request: p.RegisterRequest) -> p.RegisterResponse: ...

    def upload_events(self, events: list[p.CaseEvent]) -> p.EventBatchResult: ...

    def status_feed(self, *, cursor: str, limit: int = 200) -> p.StatusFeedPage: ...

    def catalog_manifest(self) -> p.CatalogManifest: ...

    def catalog_page(self, *, version: int, offset: int, limit: int) -> p.CatalogPage: ...

    def catalog_changes(self, *, since: int, offset: int, limit: int) -> p.CatalogChangesPage: ...

    def calendar_index(self) -> p.CalendarIndex: ...

    def calendar_year(self, year: int) -> p.CalendarYear: ...

    def appointments(self, *, cursor: str, limit: int = 200) -> p.AppointmentsPage: ...

    def close(self) -> None: ...


def load_adapter(settings: Any, spec: str = BUILTIN_ADAPTER) -> PlatformAdapter:
    """Build the adapter named by ``spec``: ``"yimen-v1"`` or ``"package.module:factory"``."""
    if spec == BUILTIN_ADAPTER:
        from offline_store.sync.client import PlatformClient

        return PlatformClient.from_settings(settings)
    module_name, _, attr = spec.partition(":")
    try:
        factory = getattr(importlib.import_module(module_name), attr)
    except (ImportError, AttributeError, ValueError):
        raise ConfigError(
            words("找不到平台适配器 {spec}。", spec=spec), hint="platform adapter 应写成 yimen-v1 或 包名.模块:工厂函数。"  # words-ok: module:function syntax
        ) from None
    adapter = factory(settings)
    if not isinstance(adapter, PlatformAdapter):
        raise ConfigError(
            words("平台适配器 {spec} 缺少必需的方法。", spec=spec),
            hint="见 offline_store/sync/adapter.py 的 PlatformAdapter。",
        )
    return adapter
