"""Where a ticket's holder waits and which windows call its category, from the hall's own
window plan (each window's number, kind and categories: ``shared.services.accounts``).

The kiosk's result screen and the printed queue slip say the same (issue 16, "Result
screens"): the zone of the hall to sit in, and the numbers of the windows that serve the
category — none when no window serves it yet, and then the call itself says which window.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from shared.domain.catalog.vocab import WindowKind

# the hall's zones (政务服务中心 layout): the 帮办代办 / elderly and the 办不成事 windows are in
# the 咨询导办区, every other window in the 综合办事区
GENERAL_ZONE = "综合办事区"
CONSULTING_ZONE = "咨询导办区"
CONSULTING_KINDS = frozenset({WindowKind.ASSISTED, WindowKind.UNRESOLVED})


class ServingWindow(Protocol):
    @property
    def number(self) -> int: ...
    @property
    def kind(self) -> WindowKind: ...
    @property
    def categories(self) -> Sequence[str]: ...


@dataclass(frozen=True, slots=True)
class WaitingPlace:
    """Where a ticket's holder waits and which windows call its category."""

    zone: str  # GENERAL_ZONE | CONSULTING_ZONE
    windows: tuple[int, ...]  # window numbers, in order; empty when no window serves it

    def window_list(self) -> str:
        """``1号、2号、9号窗口``, or empty when no window serves the category."""
        return "、".join(f"{n}号" for n in self.windows) + "窗口" if self.windows else ""


def waiting_places(windows: Iterable[ServingWindow], categories: Iterable[str]) -> dict[str, WaitingPlace]:
    """Each category's place from the hall's windows."""
    windows = list(windows)
    places = {}
    for category in categories:
        serving = [w for w in windows if category in w.categories]
        consulting = bool(serving) and all(w.kind in CONSULTING_KINDS for w in serving)
        places[category] = WaitingPlace(
            CONSULTING_ZONE if consulting else GENERAL_ZONE, tuple(sorted(w.number for w in serving))
        )
    return places
