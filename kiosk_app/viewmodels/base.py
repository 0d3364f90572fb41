"""What every screen's view-model has: its root, a runner, an error line, and a reset."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kiosk_app.language import translate
from kiosk_app.observable import Observable
from shared.ui.error_words import Reader, error_words

if TYPE_CHECKING:
    from devices.idcard import IdCardData
    from kiosk_app.viewmodels.root import KioskViewModel
    from shared.domain.payloads import Payload


class ScreenViewModel(Observable):
    screen = ""
    title = ""

    def __init__(self, root: KioskViewModel) -> None:
        super().__init__()
        self.root = root
        self.backend = root.backend
        self.runner = root.runner
        self.error = ""
        self.hint = ""
        self.busy = False

    # -- life ------------------------------------------------------------------------------
    def enter(self) -> None:
        """Called when the resident arrives at this screen."""

    def reset(self) -> None:
        """Forget everything about the person (idle wipe, going home)."""
        self.error = self.hint = ""
        self.busy = False

    def on_wipe(self) -> None:
        """The person has left (idle wipe, before :meth:`reset`): stop whatever would still
        come out for them."""

    @property
    def holds_personal_data(self) -> bool:
        return False

    # -- what the resident may hear -------------------------------------------------------
    def speech(self) -> str:
        return self.title

    # -- devices ----------------------------------------------------------------------------
    def on_card(self, card: IdCardData) -> bool:
        """A card was read while this screen is shown; True if it was used."""
        return False

    def on_scan(self, payload: Payload) -> bool:
        return False

    def on_card_error(self, message: str) -> None:
        """The reader saw a card it could not read (only screens waiting for a card care)."""

    # -- helpers ----------------------------------------------------------------------------
    @property
    def page_size(self) -> int:
        return self.root.page_size

    def show_error(self, error: BaseException) -> None:
        self.busy = False
        self.error, self.hint = error_words(error, reader=Reader.RESIDENT, translate=translate)
        self.changed()

    def clear_error(self) -> None:
        self.error = self.hint = ""

    def run(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
        *,
        busy: bool = True,
    ) -> None:
        """Run ``fn`` off the UI thread; drop the answer if the person left (wipe) meanwhile,
        so a late result can never bring a wiped person's data back onto the screen."""
        epoch = self.root.epoch
        if busy:
            self.busy = True
            self.clear_error()
            self.changed()

        def ok(result: Any) -> None:
            if epoch != self.root.epoch:
                return
            self.busy = False
            done(result)

        def bad(error: BaseException) -> None:
            if epoch != self.root.epoch:
                return
            self.busy = False
            (failed or self.show_error)(error)

        self.runner.run(fn, on_done=ok, on_error=bad)

    def later(self, fn: Callable[[], None]) -> Callable[[], None]:
        """Wrap a device-thread callback: run on the UI thread, only for the same person."""
        epoch = self.root.epoch

        def deliver() -> None:
            if epoch == self.root.epoch:
                fn()

        return lambda: self.runner.call_soon(deliver)


def paged(items: list, page: int, size: int) -> tuple[list, int, int]:
    """(items on ``page``, the page clamped, number of pages)."""
    pages = max(1, -(-len(items) // size))
    page = min(max(0, page), pages - 1)
    return items[page * size : (page + 1) * size], page, pages


def sentences(*parts: str) -> str:
    """Join spoken parts into sentences: empty parts dropped, one full stop after each."""
    out = []
    stop = translate("KioskCommon", "。")  # a full stop in the kiosk's language (". " in English)
    for part in parts:
        part = part.strip().rstrip("。.…，,；;")  # words-ok: the marks a sentence may end with, both widths
        if part:
            out.append(part + stop)
    return "".join(out)


def choices_speech(labels: list[str]) -> str:
    if not labels:
        return ""
    return translate("KioskCommon", "您可以选择：{choices}。").format(
        choices=translate("KioskCommon", "、").join(labels)
    )
