"""What the hall board shows between calls: the hall's notices and 政务公开 — departments,
items, fees and promised times from the published catalog (线上线下同源发布: the board reads
the same catalog as the guides, never a text typed for it)."""

from __future__ import annotations

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.guide_lines import limit_text
from shared.domain.catalog.vocab import HandlingKind
from shared.domain.errors import NotFound, StoreError
from shared.services.context import HallContext
from shared.services.hall_time import schedule_text


def hall_notices(ctx: HallContext) -> list[str]:
    """The board's notice line, one sentence at a time."""
    h = ctx.settings.hall
    return [
        f"欢迎来到{h.name}",
        f"办公时间：{schedule_text(ctx)}",
        "请留意叫号，过号请到窗口说明",
        "老年人、残疾人、孕妇可走绿色通道；帮办代办窗口免费代办",
        "办事遇到困难，请到“办不成事”反映窗口",
        "24小时自助服务区可查询办件进度、打印证明",
    ]


def public_pages(ctx: HallContext, catalog: Catalog | None = None, *, per_page: int = 2) -> list[list[str]]:
    """政务公开, page by page: a department's name, then its items of this hall, each with its
    fee and its time limit (当场办结 for a 即办件, 承诺N个工作日 otherwise)."""
    if catalog is None:
        try:
            catalog = ctx.catalog()
        except (NotFound, StoreError):
            return []
    point = ctx.settings.hall.code
    county = catalog.points[point].name[:3] if point in catalog.points else ""
    pages = []
    for department in catalog.departments():
        items = [
            i for i in catalog.by_department(department) if not i.service_points or point in i.service_points
        ]
        short = department.removeprefix(county) if county else department
        for k in range(0, len(items), per_page):
            lines = [short]
            for item in items[k : k + per_page]:
                limit = (
                    "当场办结"
                    if item.handling_kind is HandlingKind.ON_THE_SPOT
                    else limit_text(item).split("（")[0]
                )
                lines += [f"· {item.name}", f"    {item.fees.describe()}　{limit}"]
            pages.append(lines)
    return pages
