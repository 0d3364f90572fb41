"""长者模式 settings: the three colour schemes and the way back to the standard mode."""

from __future__ import annotations

from kiosk_app.language import translate
from kiosk_app.viewmodels.base import ScreenViewModel
from shared.ui.elder import SCHEMES


class DisplayViewModel(ScreenViewModel):
    screen = "display"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskDisplay", "长者模式")

    def schemes(self) -> list[tuple[str, str, bool]]:
        """(name, label in the kiosk's language, chosen) of each colour scheme."""
        return [
            (s.name, translate("ColourScheme", s.label), s.name == self.root.mode.scheme) for s in SCHEMES.values()
        ]

    def choose(self, name: str) -> None:
        self.root.set_scheme(name)

    def leave_elder(self) -> None:
        self.root.set_elder(False)
        self.root.go("home")

    def done(self) -> None:
        self.root.go("home")

    def speech(self) -> str:
        words = translate("KioskCommon", "、").join(label for _, label, _ in self.schemes())
        return translate(
            "KioskDisplay",
            "长者模式已打开，字更大，每页内容更少，点“朗读”可以听屏幕上的内容。可以选择颜色：{schemes}。",
        ).format(schemes=words)
