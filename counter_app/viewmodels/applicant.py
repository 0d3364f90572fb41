"""The applicant of the service at hand: from the ID card reader, a scanned code, or typed
with validation as the clerk types; then the applicant's file (一人一档 / 一企一档).

The clerk sees the full ID number and name while serving this person (they are the case at
hand); the header line and everything kept on screen afterwards are masked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from counter_app.session import CounterSession
from counter_app.viewmodels.base import ViewModel
from offline_store.records import StoredCase
from shared.domain.agency import parse_agent_id
from shared.domain.cases import ApplicantKind, CaseState
from shared.domain.errors import YimenError
from shared.domain.identity import parse_resident_id, validate_mobile, validate_uscc
from shared.domain.masking import mask_id_number, mask_name
from shared.domain.payloads import AppointmentRef, CaseRef, LicenceRef, Payload, PayloadKind, TicketRef
from shared.services import appointments, cases
from shared.services.agents import Agent
from shared.services.appointments import AppointmentView
from shared.services.cases import Applicant
from shared.services.person_file import ApplicantFile, organisation_file, person_file
from shared.ui.error_words import service_words
from shared.ui.i18n import qt_translate
from shared.ui.tasks import TaskRunner

FIELDS = ("id_number", "name", "phone", "address")
# the clerk's words go through Qt's translation system (docs/translations.md); names, numbers and
# what the identity checks and the services say stay as they come
translate = QCoreApplication.translate


class ApplicantViewModel(ViewModel):
    changed = Signal()
    file_loaded = Signal(object)  # ApplicantFile
    prefilled = Signal(object)  # StoredCase of a kiosk pre-application, for the intake step
    booked_item = Signal(str)  # item code of a scanned online booking, for the intake step
    licence_scanned = Signal(object)  # LicenceRef, verified by the intake step for its material
    agency_changed = Signal()  # 代办 on or off: the checklist gains or loses the 授权委托书

    def __init__(self, session: CounterSession, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(session, runner, parent)
        self.clear()

    def clear(self) -> None:
        self.kind = ApplicantKind.PERSON
        self.values = dict.fromkeys(FIELDS, "")
        self.errors: dict[str, str] = {}
        self.card_read = False
        self.file: ApplicantFile | None = None
        self.licences: list[LicenceRef] = []  # e-licences scanned for this service (verified by intake)
        self.pre_application: StoredCase | None = None
        self.booking: AppointmentView | None = None
        self._clear_agent(on=False)
        self.changed.emit()

    # ------------------------------------------------------------------ the agent (帮办代办)
    def _clear_agent(self, *, on: bool) -> None:
        self.agency = on  # someone applies on the applicant's (the principal's) behalf
        self.agent_values = {"id_number": "", "name": ""}
        self.agent_errors: dict[str, str] = {}
        self.agent_card_read = False
        self.awaiting_agent_card = on  # the next card on the reader is the agent's

    def set_agency(self, on: bool) -> None:
        """代办 on: the next ID card read is the agent's, and the checklist asks for the power
        of attorney; off: the applicant comes in person."""
        if on == self.agency:
            return
        self._clear_agent(on=on)
        self.changed.emit()
        self.agency_changed.emit()
        if on:
            self.say(
                "info",
                translate("CounterApplicant", "代办：请代办人把本人的身份证放在读卡器上。"),
                translate("CounterApplicant", "申请人（委托人）的证件照常读取或录入。"),
            )

    def read_agent_card(self) -> None:
        """The next card on the reader is the agent's (again)."""
        if not self.agency:
            self.set_agency(True)
            return
        self.awaiting_agent_card = True
        self.changed.emit()
        self.say("info", translate("CounterApplicant", "请代办人把本人的身份证放在读卡器上。"))

    def set_agent_field(self, name: str, value: str) -> None:
        self.agent_values[name] = value
        if name == "id_number":
            self.agent_card_read = False
        self._validate_agent(name)
        self.changed.emit()

    def _validate_agent(self, name: str) -> None:
        value = self.agent_values[name].strip()
        self.agent_errors.pop(name, None)
        if name == "id_number" and value:
            try:
                parse_agent_id(value, today=self.ctx.today())
            except YimenError as e:
                self.agent_errors[name] = service_words(e.message, qt_translate)

    def agent(self) -> Agent | None:
        """The agent for the acceptance (None: the applicant came in person); raises with the
        field's message when 代办 is on and the agent is missing or wrong."""
        if not self.agency:
            return None
        self._validate_agent("id_number")
        if self.agent_errors:
            raise YimenError(
                next(iter(self.agent_errors.values())),
                hint=translate("CounterApplicant", "请重读代办人身份证，或核对后重输。"),
            )
        number, name = self.agent_values["id_number"].strip(), self.agent_values["name"].strip()
        if not number or not name:
            raise YimenError(
                translate("CounterApplicant", "已选择代办，但还没有代办人的身份信息。"),
                hint=translate("CounterApplicant", "请读取代办人本人的身份证。"),
            )
        return Agent(number, name, card_read=self.agent_card_read)

    def agent_line(self) -> str:
        """The agent as the screen shows them: masked."""
        number, name = self.agent_values["id_number"].strip(), self.agent_values["name"].strip()
        if not number:
            if self.awaiting_agent_card:
                return translate("CounterApplicant", "等待读取代办人身份证…")
            return translate("CounterApplicant", "尚未录入代办人")
        shown = mask_id_number(number) if len(number) >= 15 else number
        who = f"{mask_name(name) if name else ''} {shown}".strip()
        return translate("CounterApplicant", "{agent}（已读卡）").format(agent=who) if self.agent_card_read else who

    def _agent_card(self, card) -> None:
        self.agent_values.update(id_number=card.id_number, name=card.name)
        self.agent_errors.clear()
        self._validate_agent("id_number")
        self.agent_card_read = "id_number" not in self.agent_errors
        self.awaiting_agent_card = False
        self.changed.emit()
        if self.agent_card_read:
            self.say(
                "ok",
                translate("CounterApplicant", "已读取代办人身份证：{agent}。").format(agent=self.agent_line()),
                translate("CounterApplicant", "请收取委托人签名的授权委托书原件。"),
            )
        else:
            self.say("error", self.agent_errors["id_number"], translate("CounterApplicant", "请核对代办人的证件。"))

    # ------------------------------------------------------------------ the form
    def set_kind(self, kind: ApplicantKind) -> None:
        if kind is not self.kind:
            self.kind = kind
            self.file = None
            self.card_read = False
            self.errors.clear()
            self.values["id_number"] = ""
            self.changed.emit()

    def set_field(self, name: str, value: str) -> None:
        self.values[name] = value
        if name == "id_number":
            self.card_read = False
            self.file = None
        self._validate(name)
        self.changed.emit()
        if name == "id_number" and name not in self.errors and value.strip():
            self.load_file()

    def _validate(self, name: str) -> None:
        value = self.values[name].strip()
        self.errors.pop(name, None)
        if not value:
            return
        try:
            if name == "id_number":
                if self.kind is ApplicantKind.PERSON:
                    parse_resident_id(value, today=self.ctx.today())
                else:
                    validate_uscc(value)
            elif name == "phone":
                validate_mobile(value)
        except YimenError as e:
            self.errors[name] = service_words(e.message, qt_translate)

    @property
    def complete(self) -> bool:
        return bool(self.values["id_number"].strip() and self.values["name"].strip()) and not self.errors

    def applicant(self) -> Applicant:
        """The validated applicant for the acceptance (raises with the field's message)."""
        for name in FIELDS:
            self._validate(name)
        if self.errors:
            first = next(iter(self.errors.values()))
            raise YimenError(first, hint=translate("CounterApplicant", "请先改正申请人信息中标红的项。"))
        return Applicant(
            self.kind, self.values["id_number"], self.values["name"], self.values["phone"]
        ).validated(today=self.ctx.today())

    def masked_line(self) -> str:
        """Who is being served, as the header shows it (masked)."""
        ident, name = self.values["id_number"].strip(), self.values["name"].strip()
        if not ident:
            return translate("CounterApplicant", "尚未录入申请人")
        if self.kind is ApplicantKind.PERSON:
            shown = mask_id_number(ident) if len(ident) >= 15 else ident
            return f"{mask_name(name) if name else ''} {shown}".strip()
        return f"{name} {ident}"

    # ------------------------------------------------------------------ devices
    def on_card(self, card) -> None:
        """A card read at this window fills the form (name, number, address); with 代办 on,
        the card asked for next is the agent's."""
        if self.agency and self.awaiting_agent_card:
            self._agent_card(card)
            return
        self.kind = ApplicantKind.PERSON
        self.values.update(
            id_number=card.id_number, name=card.name, address=card.address or self.values["address"]
        )
        self.errors.clear()
        self._validate("id_number")
        self.card_read = "id_number" not in self.errors
        self.changed.emit()
        self.say(
            "ok",
            translate("CounterApplicant", "已读取身份证。"),
            translate("CounterApplicant", "核对本人与证件照片一致后继续。"),
        )
        if self.card_read:
            self.load_file()

    def on_scan(self, payload: Payload) -> None:
        kind = payload.kind
        if kind == PayloadKind.LICENCE and isinstance(payload.value, LicenceRef):
            # what was scanned is only a claim: the intake step has the platform verify it
            if payload.value not in self.licences:
                self.licences.append(payload.value)
            self.changed.emit()
            self.say(
                "info",
                translate("CounterApplicant", "已扫描电子证照 {licence_no}，正在向省平台核验…").format(
                    licence_no=payload.value.licence_no
                ),
            )
            self.licence_scanned.emit(payload.value)
        elif kind == PayloadKind.CASE and isinstance(payload.value, CaseRef):
            self.run(cases.get_case, self.ctx, case_no=payload.value.case_no, on_done=self._case_scanned)
        elif kind == PayloadKind.APPOINTMENT and isinstance(payload.value, AppointmentRef):
            self.run(
                appointments.look_up, self.ctx, booking_code=payload.value.code, on_done=self._booking_found
            )
        elif kind == PayloadKind.TICKET and isinstance(payload.value, TicketRef):
            self.say(
                "info",
                translate("CounterApplicant", "这是排队号 {number} 的取号凭条。").format(number=payload.value.number),
                translate("CounterApplicant", "请在左侧叫号区操作。"),
            )
        else:
            self.say(
                "error",
                translate("CounterApplicant", "无法识别的二维码。"),
                # the scanner's own words for a code it cannot read stay as it says them
                payload.problem or translate("CounterApplicant", "请扫描电子证照、办件或预约二维码。"),
            )

    def _booking_found(self, view: AppointmentView) -> None:
        b = view.booking
        self.booking = view
        if b.cancelled:
            self.say(
                "error",
                translate("CounterApplicant", "预约 {code} 已取消。").format(code=b.booking_code),
                translate("CounterApplicant", "可按普通取号办理。"),
            )
            return
        self.say(
            "ok",
            translate("CounterApplicant", "预约 {code}：{item}，{when}，预约人 {name}（{phone}）。").format(
                code=b.booking_code, item=view.item_name,
                # AppointmentView.when's words, in the clerk's language
                when=translate("CounterApplicant", "{month}月{day}日 {start}–{end}").format(
                    month=b.day.month, day=b.day.day, start=b.slot_start, end=b.slot_end
                ),
                name=b.applicant_name_masked, phone=b.phone_masked,
            ),
            translate("CounterApplicant", "已选好事项；请读取身份证，核对与预约人一致后办理。"),
        )  # fmt: skip
        self.booked_item.emit(b.item_code)

    def _case_scanned(self, stored: StoredCase) -> None:
        rec = stored.record
        self.kind = rec.applicant_kind
        self.values.update(id_number=rec.applicant_id, name=rec.applicant_name, phone=rec.applicant_phone)
        self.errors.clear()
        self.changed.emit()
        if rec.state is CaseState.SUBMITTED:
            self.pre_application = stored
            self.say(
                "ok",
                translate("CounterApplicant", "已调出自助机预申请 {case_no}：{item}。").format(
                    case_no=rec.case_no, item=rec.item_name
                ),
                translate("CounterApplicant", "材料已带入清单，请核验原件。"),
            )
            self.prefilled.emit(stored)
        else:
            self.say(
                "info",
                translate("CounterApplicant", "办件 {case_no}（{item}）状态：{state}。").format(
                    case_no=rec.case_no, item=rec.item_name, state=rec.state.value
                ),
                translate("CounterApplicant", "已带入申请人信息。"),
            )
        self.load_file()

    # ------------------------------------------------------------------ the file
    def load_file(self) -> None:
        ident = self.values["id_number"].strip()
        if not ident or "id_number" in self.errors:
            return
        if self.kind is ApplicantKind.PERSON:
            self.run(
                person_file, self.ctx, actor=self.session.actor, on_done=self._file_loaded,
                key="applicant-file", id_number=ident,
            )  # fmt: skip
        else:
            self.run(
                organisation_file, self.ctx, actor=self.session.actor, on_done=self._file_loaded,
                key="applicant-file", uscc=ident,
            )  # fmt: skip

    def _file_loaded(self, file: ApplicantFile) -> None:
        if file.id != self.values["id_number"].strip().upper():
            return  # the clerk typed on meanwhile
        self.file = file
        if file.known:
            if not self.values["name"].strip():
                self.values["name"] = file.name
            if not self.values["phone"].strip() and file.phone:
                self.values["phone"] = file.phone
        self.changed.emit()
        self.file_loaded.emit(file)
