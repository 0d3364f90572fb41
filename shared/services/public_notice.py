"""What the hall board shows between calls: the hall's published hours for its notices and
政务公开 — departments, items, fees and promised times from the published catalog (线上线下同源发布:
the board reads the same catalog as the guides, never a text typed for it).

What is read here is data: the board words it in its own language (counter_app/viewmodels/display.py)."""

from __future__ import annotations

from dataclasses import dataclass

from shared.domain.catalog.catalog import Catalog
from shared.domain.catalog.vocab import DayKind, HandlingKind
from shared.domain.errors import NotFound, StoreError
from shared.services.context import HallContext
from shared.services.hall_time import schedule_text


@dataclass(frozen=True, slots=True)
class PublicItem:
    """One item on a 政务公开 page."""

    name: str
    fees: str  # the fees as the catalog publishes them; "" when it charges nothing (不收费)
    on_the_spot: bool  # 即办件: 当场办结
    promised_days: int  # 承诺 N 个工作日 (or N 天, calendar days)
    working_days: bool


@dataclass(frozen=True, slots=True)
class PublicPage:
    department: str  # without the county's name in front
    items: tuple[PublicItem, ...]


def published_hours(ctx: HallContext) -> str:
    """The hall's published hours in one line, for the board's notice line (the catalog's text)."""
    return schedule_text(ctx)


def public_pages(ctx: HallContext, catalog: Catalog | None = None, *, per_page: int = 2) -> list[PublicPage]:
    """政务公开, page by page: a department's name, then its items of this hall, each with its
    fee and its time limit."""
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
            pages.append(
                PublicPage(
                    short,
                    tuple(
                        PublicItem(
                            name=item.name,
                            fees="" if item.fees.free else item.fees.describe(),
                            on_the_spot=item.handling_kind is HandlingKind.ON_THE_SPOT,
                            promised_days=item.promised_limit_days,
                            working_days=item.limit_day_kind is DayKind.WORKING,
                        )
                        for item in items[k : k + per_page]
                    ),
                )
            )
    return pages
