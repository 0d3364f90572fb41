"""This hall as the catalog publishes it: its service point (address, phone, windows).

The catalog's service points are the one published source (线上线下同源发布): a receipt's
phone, the windows of the hall plan and the guides' address come from there, never from
constants in the code. The point is the one whose code is the hall's code in the settings.
"""

from __future__ import annotations

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.models import ServicePoint
from shared.domain.errors import ConfigError, NotFound
from shared.domain.words import words
from shared.services.context import HallContext


def this_point(ctx: HallContext, catalog: Catalog | None = None) -> ServicePoint | None:
    """The catalog's service point of this hall, or None when the catalog does not list it."""
    catalog = catalog or ctx.catalog()
    return catalog.points.get(ctx.settings.hall.code)


def hall_phone(ctx: HallContext, *, item_code: str = "", catalog: Catalog | None = None) -> str:
    """The phone printed on a receipt: the service point's, else the item's consultation line.

    Raises :class:`ConfigError` when neither is published, rather than print a made-up number.
    """
    catalog = catalog or ctx.catalog()
    point = this_point(ctx, catalog)
    if point is not None and point.phone:
        return point.phone
    if item_code:
        try:
            return catalog.item(item_code).consult_phone
        except NotFound:
            pass
    raise ConfigError(
        words("服务事项目录中没有本厅（{code}）的服务网点电话。", code=ctx.settings.hall.code),
        hint="请在目录的 points 中登记本厅的网点（code 与配置 hall.code 相同）及其电话，再导入目录。",
    )
