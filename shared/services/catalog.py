"""Catalog use cases: import a published catalog into the store (all or nothing), read it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.loader import load_catalog, version_lines
from shared.domain.errors import CatalogError
from shared.domain.words import words
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


def _refuse_changes_under_the_same_version(
    version: str, current: list[Any], incoming: list[dict[str, Any]], *, source: str
) -> None:
    """A catalog that changed must say so in its version (线上线下同源发布、同步更新: every
    terminal and the platform tell catalogs apart by that label). The same content again is
    fine (a repeated import); different content under the same label is refused, and the
    current catalog stays."""
    have = {(d.kind, d.code): d.doc for d in current}
    want = {(d["kind"], d["code"]): d["doc"] for d in incoming}
    if have == want:
        return
    changed = sorted(k for k in have.keys() & want.keys() if have[k] != want[k])
    added, removed = sorted(want.keys() - have.keys()), sorted(have.keys() - want.keys())
    where = version_lines(source) if source and Path(source).exists() else []
    at = where[0] if where else source or "(目录)"
    problems = [f"{at}: version: 内容已改变而版本号仍是 {version}"]
    problems += [f"{kind} {code}: 内容改变" for kind, code in changed[:10]]
    problems += [f"{kind} {code}: 新增" for kind, code in added[:10]]
    problems += [f"{kind} {code}: 删除" for kind, code in removed[:10]]
    raise CatalogError(
        words("目录内容与当前版本 {version} 不同，但版本号没有改（改 {n_changed} 条，增 {n_added} 条，删 {n_removed} 条）。", version=version, n_changed=len(changed), n_added=len(added), n_removed=len(removed)),
        problems=problems,
        hint="在目录文件的 version 里写上新的版本号后再导入；当前目录保持不变。",
    )


def import_catalog(ctx: HallContext, *, path: Path | str, actor: Actor) -> ImportResult:
    """Validate the data at ``path`` completely, then make it the current catalog in one
    transaction: a kiosk reading meanwhile sees the old catalog or the new, never half."""
    catalog = load_catalog(path, ticket_categories=set(ctx.settings.tickets.categories))
    return store_catalog(ctx, catalog=catalog, actor=actor, source=str(path))


def store_catalog(ctx: HallContext, *, catalog: Catalog, actor: Actor, source: str) -> ImportResult:
    now = ctx.now()
    documents = to_store_documents(catalog)
    with ctx.unit_of_work() as uow:
        before = uow.catalog.current_version()
        if before == catalog.version:
            _refuse_changes_under_the_same_version(
                catalog.version, uow.catalog.current_documents(), documents, source=source
            )
        uow.catalog.replace_all(documents=documents, version=catalog.version, at=now)
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
