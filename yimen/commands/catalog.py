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

    ctx = open_context(args)
    try:
        catalog = ctx.catalog()
        hits = ctx.search_index().search(args.query, limit=args.limit)
    finally:
        ctx.close()
    if args.json:
        emit_json(
            {
                "query": args.query,
                "version": catalog.version,
                "results": [
                    {
                        "code": h.code,
                        "name": h.name,
                        "score": h.score,
                        "matched_on": str(h.matched_on),
                        "department": catalog.item(h.code).department,
                    }
                    for h in hits
                ],
            }
        )
    elif not hits:
        emit_lines(f"没有找到与“{args.query}”相关的事项。可以换个说法，或用拼音首字母（如 hkqy）。")
    else:
        emit_lines([f"{h.code}  {h.name}  〔{catalog.item(h.code).department}〕" for h in hits])
    return 0


def show(args: argparse.Namespace) -> int:

    ctx = open_context(args)
    try:
        item = ctx.catalog().item(args.code)
    finally:
        ctx.close()
    if args.json:
        emit_json(item.model_dump(mode="json"))
        return 0
    lines = [
        f"{item.name}（{item.code}）",
        f"受理机构: {item.department}    办件类型: {item.handling_kind.value}",
        f"办理时限: 法定{item.legal_limit_days}个工作日，承诺{item.promised_limit_days}个工作日",
        f"收费: {item.fees.describe()}",
        "申请材料:",
        *[
            f"  - {m.name}（{m.original_or_copy.value}{m.copies}份，{m.required.value}）"
            for m in item.materials
        ],
        "办理条件:",
        *[f"  - {c}" for c in item.conditions],
        "办理流程:",
        *[f"  {i}. {s.name}: {s.description}" for i, s in enumerate(item.process, 1)],
        f"办公地址: {item.office_address}    时间: {item.office_hours}",
        f"咨询电话: {item.consult_phone}    投诉电话: {item.complaint_phone}",
    ]
    emit_lines(lines)
    return 0
