"""yimen catalog import PATH | search QUERY | show CODE"""

from __future__ import annotations

import argparse

from yimen.commands._common import add_json, cli_actor, open_context
from yimen.output import emit_json, emit_lines


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="the service catalog: import, search, show")
    csub = p.add_subparsers(dest="catalog_cmd", required=True, metavar="ACTION")
    imp = csub.add_parser("import", help="validate a catalog directory or file and make it current")
    imp.add_argument("path")
    imp.set_defaults(func=import_)
    se = csub.add_parser("search", help="find items by name, code or pinyin initials (hkqy = 户口迁移)")
    se.add_argument("query")
    se.add_argument("--limit", type=int, default=10)
    add_json(se)
    se.set_defaults(func=search)
    sh = csub.add_parser("show", help="the whole service guide of one item")
    sh.add_argument("code")
    add_json(sh)
    sh.set_defaults(func=show)


def import_(args: argparse.Namespace) -> int:
    from shared.services.catalog import import_catalog

    ctx = open_context(args, create_key=True)
    try:
        r = import_catalog(ctx, path=args.path, actor=cli_actor(ctx))
    finally:
        ctx.close()
    was = f"（替换 {r.replaced}）" if r.replaced else ""
    emit_lines(
        f"目录 {r.version} 已导入{was}: {r.items} 个事项、{r.bundles} 个一件事、{r.points} 个服务网点。"
    )
    return 0


def search(args: argparse.Namespace) -> int:
    from shared.domain.catalog.bundle_search import search_bundles
    from shared.domain.catalog.guide_lines import limit_text

    ctx = open_context(args)
    try:
        catalog = ctx.catalog()
        bundles = search_bundles(catalog, args.query)[: args.limit]
        hits = ctx.search_index().search(args.query, limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "query": args.query,
                "version": catalog.version,
                "bundles": [
                    {
                        "code": b.code,
                        "name": b.name,
                        "items": list(b.items),
                        "lead_department": b.lead_department,
                    }
                    for b in bundles
                ],
                "results": [
                    {
                        "code": h.code,
                        "name": h.name,
                        "score": h.score,
                        "matched_on": str(h.matched_on),
                        "department": catalog.item(h.code).department,
                        "handling_kind": catalog.item(h.code).handling_kind.value,
                    }
                    for h in hits
                ],
            }
        )
    elif not hits and not bundles:
        emit_lines(f"没有找到与“{args.query}”相关的事项。可以换个说法，或用拼音首字母（如 hkqy）。")
    else:
        emit_lines(
            [
                f"{b.code}  【一件事】{b.name}  〔牵头 {b.lead_department}，{len(b.items)}个事项〕"
                for b in bundles
            ]
            + [
                f"{h.code}  {h.name}  〔{catalog.item(h.code).department}，{limit_text(catalog.item(h.code))}〕"
                for h in hits
            ]
        )
    return 0


def show(args: argparse.Namespace) -> int:
    from shared.domain.catalog.guide_lines import guide_lines, limit_text

    ctx = open_context(args)
    try:
        catalog = ctx.catalog()
        item = catalog.item(args.code)
    finally:
        ctx.close()
    if args.json:
        doc = item.model_dump(mode="json")
        doc["item_type_label"] = catalog.item_type_label(item)
        doc["limit_text"] = limit_text(item)
        emit_json(doc)
        return 0
    emit_lines(guide_lines(item, catalog))
    return 0
