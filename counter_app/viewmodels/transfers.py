"""材料流转: the 在途材料 list (bundles of 免费代办 papers on their way to the county, where each
lies and since when), one bundle's hand-overs, and the receipt of a bundle by scanning its
流转单 (or typing its number when the code is damaged); at the county window the case is
accepted and its receipt printed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.session import CounterSession, PrintOutcome
from counter_app.viewmodels.base import ViewModel
from shared.domain.agency import AGENCY_LABELS, AgencyKind, TransferState
from shared.domain.payloads import Payload, PayloadKind, TransferRef
from shared.services import agency
from shared.services.agency import TransferReceived, TransferView
from shared.services.permissions import Permission
from shared.services.slips import acceptance_receipt
from shared.ui.i18n import QT_TRANSLATE_NOOP
from shared.ui.tasks import TaskRunner

translate = QCoreApplication.translate

# a bundle's state and the kind of agency, as shared.domain.agency words them
# (TRANSFER_STATE_LABELS, AGENCY_LABELS; a test holds them the same), marked here for the
# clerk's language
STATE_WORDS = {
    TransferState.IN_TRANSIT: QT_TRANSLATE_NOOP("CounterTransfers", "在途"),
    TransferState.RECEIVED: QT_TRANSLATE_NOOP("CounterTransfers", "已签收"),
}
AGENCY_WORDS = {
    AgencyKind.ENTRUSTED: QT_TRANSLATE_NOOP("CounterTransfers", "委托代办"),
    AgencyKind.FREE: QT_TRANSLATE_NOOP("CounterTransfers", "免费代办"),
}
_AGENCY_OF_LABEL = {label: kind for kind, label in AGENCY_LABELS.items()}
_COPIES = re.compile(r"^(.*?)(\d+)份$")


def state_words(state: TransferState) -> str:
    return translate("CounterTransfers", STATE_WORDS[state])


def agency_words(label: str) -> str:
    """免费代办 / 委托代办 (the service gives the Chinese label) in the clerk's words."""
    kind = _AGENCY_OF_LABEL.get(label)
    return translate("CounterTransfers", AGENCY_WORDS[kind]) if kind is not None else label


def material_words(text: str) -> str:
    """A material with its copies (户口簿1份; the name is the catalogue's), or several joined
    with 、, as shared.services.agency words them, in the clerk's words."""
    parts = []
    for part in text.split("、") if text else []:
        m = _COPIES.match(part)
        if m is None:
            parts.append(part)
        else:
            parts.append(translate("CounterTransfers", "{name}{n}份").format(name=m.group(1), n=m.group(2)))
    return translate("CounterTransfers", "、").join(parts)


@dataclass(frozen=True, slots=True)
class Receipt:
    received: TransferReceived
    printed: PrintOutcome | None  # the acceptance receipt, when the case was accepted here


def receive_and_print(session: CounterSession, *, code: str) -> Receipt:
    """On the runner's worker: record the hand-over; at the county, print the acceptance receipt."""
    received = agency.receive_transfer(session.ctx, actor=session.actor, code=code)
    printed = None
    if received.accepted is not None:
        stored = received.accepted
        printed = session.print_slip(
            acceptance_receipt(session.ctx, stored), job_id=f"receipt-{stored.case_no}"
        )
    return Receipt(received, printed)


def reprint(session: CounterSession, *, transfer_no: str) -> PrintOutcome:
    slip = agency.reprint_slip(session.ctx, actor=session.actor, transfer_no=transfer_no)
    return session.print_slip(slip, job_id=f"transfer-{transfer_no}-again")


class TransfersViewModel(ViewModel):
    changed = Signal()

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.items: list[TransferView] = []
        self.selected: TransferView | None = None
        self.last: Receipt | None = None

    def reset(self) -> None:
        self.items, self.selected, self.last = [], None, None
        self.changed.emit()

    @property
    def can_receive(self) -> bool:
        return self.session.can(Permission.RECEIVE_TRANSFER)

    def refresh(self) -> None:
        if self.session.signed_in is None:
            return
        self.run(
            agency.transfers_in_transit,
            self.ctx,
            actor=self.session.actor,
            on_done=self._listed,
            key="transfers",
        )

    def _listed(self, items: list[TransferView]) -> None:
        self.items = items
        self.changed.emit()

    def select(self, transfer_no: str) -> None:
        self.run(
            agency.transfer_detail,
            self.ctx,
            actor=self.session.actor,
            transfer_no=transfer_no,
            on_done=self._selected,
            key="transfer-one",
        )

    def _selected(self, view: TransferView) -> None:
        self.selected = view
        self.changed.emit()

    # ------------------------------------------------------------------ receiving
    def on_scan(self, payload: Payload) -> bool:
        """A scanned 流转单 (or a damaged one): taken here, whatever page is shown."""
        if payload.kind == PayloadKind.TRANSFER and isinstance(payload.value, TransferRef):
            self.receive(payload.raw.strip())
            return True
        if payload.kind == PayloadKind.UNKNOWN and str(payload.raw).strip().lower().startswith(
            "yimen://transfer/"
        ):
            self.receive(str(payload.raw).strip())  # the service says what is wrong and what to do
            return True
        return False

    def receive(self, code: str) -> None:
        if not self.can_receive:
            self.say(
                "error",
                translate("CounterTransfers", "本账号不能签收流转材料。"),
                translate("CounterTransfers", "请由窗口人员或帮办代办员签收。"),
            )
            return
        self.run(
            receive_and_print,
            self.session,
            code=code,
            on_done=self._received,
            on_error=self._failed,
            key="transfer-receive",
        )

    def _received(self, receipt: Receipt) -> None:
        self.last = receipt
        r = receipt.received
        t = r.transfer
        self.selected = t
        if not r.arrived:
            step = t.steps[-1] if t.steps else None
            if step is not None:
                text = translate(
                    "CounterTransfers", "已签收流转单 {transfer}：材料从{place}（{person}）交到本站。"
                ).format(transfer=t.transfer_no, place=step.from_name, person=step.handed_by)
            else:
                text = translate("CounterTransfers", "已签收流转单 {transfer}：材料已到本站。").format(
                    transfer=t.transfer_no
                )
            self.say(
                "ok",
                text,
                translate("CounterTransfers", "请按路线转送：{route}。").format(route=t.route_text),
            )
        elif r.accepted is not None:
            rec = r.accepted.record
            printed = receipt.printed.message if receipt.printed is not None else ""
            text = translate(
                "CounterTransfers",
                "流转单 {transfer} 已送达签收，办件 {case_no} 已受理，承诺 {date} 前办结。",
            )
            day = rec.promised_date
            promised = translate("CounterTransfers", "{year}年{month}月{day}日").format(
                year=f"{day:%Y}", month=f"{day:%m}", day=f"{day:%d}"
            )
            self.say(
                "ok",
                text.format(transfer=t.transfer_no, case_no=rec.case_no, date=promised),
                translate("CounterTransfers", "受理凭证：{printed}。随办理结果交代办人。").format(
                    printed=printed
                )
                if printed
                else "",
            )
        else:
            self.say(
                "info",
                translate("CounterTransfers", "流转单 {transfer} 已送达签收。").format(
                    transfer=t.transfer_no
                ),
                r.not_accepted_because,
            )
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.fail(exc)
        self.refresh()

    def reprint(self) -> None:
        v = self.selected
        if v is None:
            return
        self.run(
            reprint,
            self.session,
            transfer_no=v.transfer_no,
            on_done=lambda p: self.say(
                "ok" if p.ok else "info",
                translate("CounterTransfers", "流转单 {transfer} 已补打。").format(transfer=v.transfer_no),
                p.message,
            ),
            key="transfer-reprint",
        )
