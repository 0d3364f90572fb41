"""Catalog use cases: import a published catalog into the store (all or nothing), read it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from shared.catalog.catalog import Catalog
from shared.catalog.loader import load_catalog
from shared.services.actor import Actor
from shared.services.catalog_docs import to_store_documents
from shared.services.context import HallContext


@dataclass(frozen=True, slots=True)
class ImportResult:
    version: str
    items: int
    bundles: int
    points: int
    replaced: str | None  # the version that was current before


def import_catalog(ctx: HallContext, *, path: Path | str, actor: Actor) -> ImportResult:
    """Validate the data at ``path`` completely, then make it the current catalog in one
    transaction: a kiosk reading meanwhile sees the old catalog or the new, never half."""
    catalog = load_catalog(path, ticket_categories=set(ctx.settings.tickets.categories))
    return store_catalog(ctx, catalog=catalog, actor=actor, source=str(path))


def store_catalog(ctx: HallContext, *, catalog: Catalog, actor: Actor, source: str) -> ImportResult:
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        before = uow.catalog.current_version()
        uow.catalog.replace_all(documents=to_store_documents(catalog), version=catalog.version, at=now)
        uow.audit.append(
            actor=actor.user,
            terminal_id=actor.terminal_id,
            action="catalog.import",
            target=catalog.version,
            detail={"items": len(catalog.items), "source": source, "replaced": before or ""},
            at=now,
        )
    return ImportResult(
        catalog.version, len(catalog.items), len(catalog.bundles), len(catalog.points), before
    )
