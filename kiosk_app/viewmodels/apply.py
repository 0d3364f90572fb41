"""自助办理 for kiosk-capable items: ID card first, the form filled from the card, materials
by card read / e-licence / data sharing / signed commitment (a kiosk takes no paper), a
review screen, then submit → case stored and queued for the platform → receipt printed."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from devices.idcard import IdCardData
from kiosk_app.backend.cases import submission_receipt_job_id
from kiosk_app.guide_text import how_long
from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel, choices_speech, paged, sentences
from kiosk_app.viewmodels.cases import NEXT_STEP_WORDS
from kiosk_app.viewmodels.printing import PrintingScreen, PrintTracker
from kiosk_app.words import KIOSK_NEXT_STEP
from offline_store.records import StoredCase
from shared.domain.cases import MaterialReceipt, ReceiptMethod, format_case_no
from shared.domain.catalog.models import Material, ServiceItem
from shared.domain.catalog.vocab import Necessity
from shared.domain.certificates import KioskMode
from shared.domain.identity import validate_mobile
from shared.domain.masking import mask_id_number, mask_name, mask_phone
from shared.services import licences
from shared.ui.widgets.keypad import apply_key

if TYPE_CHECKING:
    from shared.domain.payloads import Payload

log = logging.getLogger(__name__)

# how the kiosk has a material without paper; shown through translate("KioskApply", …)
METHOD_LABELS = {
    ReceiptMethod.CARD_READ: QT_TRANSLATE_NOOP("KioskApply", "已刷身份证核验"),
    ReceiptMethod.DATA_SHARING: QT_TRANSLATE_NOOP("KioskApply", "同意由部门数据共享调取"),
    ReceiptMethod.E_LICENCE: QT_TRANSLATE_NOOP("KioskApply", "扫码出示电子证照"),
    ReceiptMethod.COMMITMENT: QT_TRANSLATE_NOOP("KioskApply", "签署告知承诺书"),
}
PAUSED_TEXT = QT_TRANSLATE_NOOP(
    "KioskApply",
    "网络中断的时间较长，自助机暂时不能提交新的申请（已提交的不受影响）。请取号到窗口办理，或点“呼叫帮办”。",
)
COMMITMENT_TEXT = QT_TRANSLATE_NOOP(
    "KioskApply",
    "本人承诺：所填信息和提交的材料真实、有效；如有不实，愿意承担相应法律责任，并同意有关部门依法核查。",
)


def method_label(method: ReceiptMethod) -> str:
    return translate("KioskApply", METHOD_LABELS[method])


def commitment_text() -> str:
    return translate("KioskApply", COMMITMENT_TEXT)


@dataclass
class MaterialChoice:
    material: Material
    options: list[ReceiptMethod]
    method: ReceiptMethod | None = None
    reference: str = ""
    skipped: bool = False
    waiting_scan: bool = False
    checking: bool = False  # a scanned licence is being verified with the platform
    note: str = ""  # what the verification found (issuer, validity)
    pending_code: str = ""  # scanned while the platform was out of reach: verified later
    notes: list[str] = field(default_factory=list)

    @property
    def optional(self) -> bool:
        return self.material.required is Necessity.OPTIONAL

    @property
    def settled(self) -> bool:
        return self.method is not None or (self.optional and self.skipped)

    def status(self) -> str:
        if self.checking:
            return translate("KioskApply", "正在核验电子证照，请稍候")
        if self.method is ReceiptMethod.E_LICENCE and self.pending_code:
            return translate("KioskApply", "已扫码，网络恢复后自动核验")
        if self.method is ReceiptMethod.E_LICENCE and self.note:
            return translate("KioskApply", "电子证照核验通过")
        if self.method is not None:
            return method_label(self.method)
        if self.skipped:
            return translate("KioskApply", "不提供")
        if self.waiting_scan:
            return translate("KioskApply", "请把手机上的电子证照二维码对准扫码口")
        if self.options:
            return translate("KioskApply", "还没有选择")
        return translate("KioskApply", "自助机无法收取，需到窗口提交")


def kiosk_options(m: Material) -> list[ReceiptMethod]:
    """How a kiosk can have this material without paper (免证办)."""
    options = []
    if "身份证" in m.name:
        options.append(ReceiptMethod.CARD_READ)
    if m.shared_data_kind:
        options.append(ReceiptMethod.DATA_SHARING)
    if m.e_licence_type:
        options.append(ReceiptMethod.E_LICENCE)
    if m.commitment_allowed:
        options.append(ReceiptMethod.COMMITMENT)
    return options


def paper_only(item: ServiceItem) -> list[str]:
    """Required materials the kiosk cannot take: the item must go to a window."""
    return [m.name for m in item.materials if m.required is not Necessity.OPTIONAL and not kiosk_options(m)]


class ApplyViewModel(PrintingScreen, ScreenViewModel):
    screen = "apply"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskApply", "自助办理")

    def __init__(self, root) -> None:
        super().__init__(root)
        self.slip = PrintTracker(self)
        self.items: list[ServiceItem] = []
        self._start_with = ""
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.step = "items"  # items | blocked | card | form | materials | review | done
        self.page = 0
        self.item: ServiceItem | None = None
        self.blocked_text = ""
        self.card: IdCardData | None = None
        self.card_error = ""
        self.phone = ""
        self.phone_problem = ""
        self.choices: list[MaterialChoice] = []
        self.commitment_open = ""  # material code whose commitment text is shown
        self.stored: StoredCase | None = None
        self.slip.reset()

    @property
    def holds_personal_data(self) -> bool:
        return self.card is not None or self.stored is not None or bool(self.phone)

    # ---------------------------------------------------------------- items
    def enter(self) -> None:
        self.backend.cases.warm_up()  # on the UI thread: the platform client's libraries
        if self.step in ("done", "blocked"):
            self.reset()
        if not self.items:
            # 查询打印 items have their own screen (query_print): they never become a case
            self.run(
                lambda: list(self.backend.guides.catalog().kiosk_items(KioskMode.APPLY)), self._got_items
            )

    def _got_items(self, items: list[ServiceItem]) -> None:
        self.items = items
        self.changed()
        if self._start_with:
            code, self._start_with = self._start_with, ""
            self.choose_item(code)

    def start_with(self, code: str) -> None:
        """Coming from a guide's "在这里办": go straight to that item."""
        if self.items:
            self.choose_item(code)
        else:
            self._start_with = code

    def visible_items(self) -> list[ServiceItem]:
        shown, self.page, _ = paged(self.items, self.page, self.page_size)
        return shown

    def pages(self) -> int:
        return paged(self.items, self.page, self.page_size)[2]

    def turn_page(self, delta: int) -> None:
        self.page += delta
        self.changed()

    def choose_item(self, code: str) -> None:
        item = next((it for it in self.items if it.code == code), None)
        if item is None:
            return
        self.item = item
        missing = paper_only(item)
        if missing:
            self.step = "blocked"
            self.blocked_text = translate(
                "KioskApply", "“{item}”需要提交纸质材料（{materials}），自助机收不了。请取号到窗口办理。"
            ).format(item=item.name, materials=translate("KioskCommon", "、").join(missing))
            self.changed()
            return
        self.run(self.backend.cases.self_service_allowed, self._gate)

    def _gate(self, answer: tuple[bool, str]) -> None:
        ok, why = answer
        if not ok:
            # the brake's own words (backlog counts, limits) are for the technician's log
            log.warning("self-service paused: %s", why)
            self.step = "blocked"
            self.blocked_text = translate("KioskApply", PAUSED_TEXT)
        else:
            self.step = "card"
        self.changed()

    # ---------------------------------------------------------------- card and form
    def on_card(self, card: IdCardData) -> bool:
        if self.step != "card":
            return False
        self.card = card
        self.card_error = ""
        self.step = "form"
        self.choices = [MaterialChoice(m, kiosk_options(m)) for m in self.item.materials] if self.item else []
        for c in self.choices:
            if ReceiptMethod.CARD_READ in c.options:
                c.method = ReceiptMethod.CARD_READ  # the card just read is the material
        self.changed()
        return True

    def on_card_error(self, message: str) -> None:
        if self.step == "card":
            self.card_error = translate(
                "KioskApply", "身份证没有读出来（{reason}），请把卡平放在读卡区再试一次"
            ).format(reason=message)
            self.changed()

    def form_lines(self) -> list[tuple[str, str]]:
        """What the review shows: the card's lines, the phone masked, how the result comes."""
        if self.card is None or self.item is None:
            return []
        return [
            *self.card_lines(),
            (
                translate("KioskApply", "手机号码"),
                mask_phone(self.phone)
                if self.phone
                else translate("KioskApply", "（可不填，用于接收办理结果短信）"),
            ),
            (translate("KioskApply", "领取方式"), translate("KioskApply", "到窗口领取")),
        ]

    def card_lines(self) -> list[tuple[str, str]]:
        """The form screen's lines: the phone is not among them, it is typed (and shown as
        typed) in its own box beside them, so one screen never shows it masked and in full."""
        if self.card is None or self.item is None:
            return []
        return [
            (translate("KioskApply", "事项"), self.item.name),
            (translate("KioskApply", "姓名"), mask_name(self.card.name)),
            (translate("KioskApply", "证件号码"), mask_id_number(self.card.id_number)),
        ]

    def phone_key(self, key: str) -> None:
        self.phone = apply_key(self.phone, key, max_length=11)
        self.phone_problem = ""
        self.changed()

    def phone_shown(self) -> str:
        """While typing the person sees the digits they type (it is their own entry)."""
        return self.phone

    def form_done(self) -> None:
        if self.phone:
            try:
                self.phone = validate_mobile(self.phone)
            except Exception:
                # the domain's words (shared/ui/error_words.py) are not translated: the kiosk's own
                self.phone_problem = translate(
                    "KioskApply", "手机号码不对，请填写11位手机号码，例如 138 0000 0000；也可以不填"
                )
                self.changed()
                return
        self.step = "materials"
        self.changed()

    # ---------------------------------------------------------------- materials
    def choose_method(self, code: str, method: ReceiptMethod) -> None:
        c = self._choice(code)
        if c is None or method not in c.options:
            return
        c.skipped = False
        c.waiting_scan = False
        if method is ReceiptMethod.E_LICENCE:
            c.method, c.waiting_scan = None, True  # the reference comes from the scanned code
        elif method is ReceiptMethod.COMMITMENT:
            self.commitment_open = code
        elif method is ReceiptMethod.DATA_SHARING:
            # the resident consents here; the department's data is fetched once the application
            # has its number (the job licences.verify-pending, with the work log naming the case)
            c.method, c.reference = method, licences.consent_reference(c.material)
        else:
            c.method = method
        self.changed()

    def sign_commitment(self, agree: bool) -> None:
        c = self._choice(self.commitment_open)
        if c is not None and agree:
            c.method, c.reference = ReceiptMethod.COMMITMENT, "kiosk-signed"
        self.commitment_open = ""
        self.changed()

    def skip(self, code: str) -> None:
        c = self._choice(code)
        if c is not None and c.optional:
            c.method, c.reference, c.skipped, c.waiting_scan = None, "", True, False
            self.changed()

    def on_scan(self, payload: Payload) -> bool:
        waiting = next((c for c in self.choices if c.waiting_scan), None)
        if waiting is None:
            return False
        from shared.domain.payloads import LicenceRef

        if not isinstance(payload.value, LicenceRef):
            self.error = translate("KioskApply", "这不是电子证照二维码。")
            self.hint = translate("KioskApply", "请在手机上打开电子证照，把二维码对准扫码口。")
            self.changed()
            return True
        if waiting.checking or self.card is None or self.item is None:
            return True
        ref, card, item, material = payload.value, self.card, self.item, waiting.material
        waiting.checking = True
        self.run(
            lambda: self.backend.cases.verify_licence(
                material=material, code=ref.code, card=card, item_name=item.name
            ),
            lambda lic: self._licence_verified(waiting, lic),
            lambda e: self._licence_not_verified(waiting, ref, e),
        )
        self.changed()
        return True

    def _licence_verified(self, c: MaterialChoice, lic: licences.VerifiedLicence) -> None:
        c.checking = c.waiting_scan = False
        c.method, c.reference, c.note, c.pending_code = ReceiptMethod.E_LICENCE, lic.licence_no, lic.note, ""
        self.changed()

    def _licence_not_verified(self, c: MaterialChoice, ref, error: BaseException) -> None:
        c.checking = False
        if isinstance(error, licences.LicenceCheckOffline):
            # the application is only a pre-application: a window accepts it, and the licence
            # is verified by itself when the link returns (a refusal then reaches the window)
            c.waiting_scan = False
            c.method, c.reference, c.note, c.pending_code = (
                ReceiptMethod.E_LICENCE,
                ref.licence_no,
                "",
                ref.code,
            )
            self.changed()
            return
        self.show_error(error)  # the reason, in words for the resident; the scan may be repeated
        self.changed()

    def _choice(self, code: str) -> MaterialChoice | None:
        return next((c for c in self.choices if c.material.code == code), None)

    @property
    def materials_ready(self) -> bool:
        return bool(self.choices) and all(c.settled for c in self.choices)

    def to_review(self) -> None:
        if self.materials_ready:
            self.step = "review"
            self.changed()

    def back(self) -> None:
        order = ["items", "card", "form", "materials", "review"]
        if self.step in ("blocked", "card"):
            self.reset()
        elif self.step in order:
            self.step = order[order.index(self.step) - 1]
            if self.step == "card":
                self.reset()
        self.changed()

    def review_lines(self) -> list[tuple[str, str]]:
        lines = self.form_lines()
        for c in self.choices:
            lines.append((c.material.name, c.status()))
        return lines

    # ---------------------------------------------------------------- submit
    def submit(self) -> None:
        if self.busy or self.item is None or self.card is None or not self.materials_ready:
            return
        receipts = [
            MaterialReceipt(c.material.code, c.material.name, c.method, reference=c.reference, note=c.note)
            for c in self.choices
            if c.method is not None
        ]
        pending = {c.material.code: c.pending_code for c in self.choices if c.pending_code}
        code, card, phone = self.item.code, self.card, self.phone
        self.run(
            lambda: self.backend.cases.submit(
                item_code=code, card=card, phone=phone, materials=receipts, licence_codes=pending
            ),
            self._submitted,
        )

    def _submitted(self, stored: StoredCase) -> None:
        self.stored = stored
        self.step = "done"
        no = stored.case_no
        self.slip.start(
            lambda: self.backend.cases.print_receipt(stored),
            job_id=submission_receipt_job_id(no),
            help_reason=lambda problem: f"自助机打印机故障：申请{no}的回执没有打出来（{problem}）",
        )

    def done_lines(self) -> list[tuple[str, str]]:
        if self.stored is None:
            return []
        rec = self.stored.record
        lines = [
            (translate("KioskApply", "办件编号"), format_case_no(rec.case_no)),
            (translate("KioskApply", "事项"), rec.item_name),
            (translate("KioskApply", "下一步"), self.next_step()),
        ]
        if self.item is not None:
            # the guide's sentence (KioskGuides); the printed receipt words it in Chinese
            lines.append(
                (
                    translate("KioskApply", "多长时间"),
                    translate("KioskApply", "{how_long}，从正式受理算起").format(
                        how_long=how_long(self.item)
                    ),
                )
            )
        return lines

    def next_step(self) -> str:
        if self.stored is None:
            return ""
        state = self.stored.record.state
        if state.value == "submitted":
            return translate("KioskApply", KIOSK_NEXT_STEP)
        return translate("KioskCases", NEXT_STEP_WORDS[state])

    def print_line(self) -> str:
        if self.print_state == "printing":
            return translate("KioskApply", "正在打印回执…")
        if self.print_state == "printed":
            return translate("KioskApply", "请取走回执，凭回执或刷身份证查询进度")
        if self.print_state == "failed":
            return translate("KioskApply", "回执没有打出来。请记下或拍下办件编号；刷身份证也能查到这件申请")
        return ""

    def speech(self) -> str:
        if self.step == "items":
            return translate("KioskApply", "这些事项可以在自助机上办理。") + choices_speech(
                [it.name for it in self.visible_items()]
            )
        if self.step == "blocked":
            return self.blocked_text
        if self.step == "card":
            return translate("KioskApply", "请把身份证平放在读卡区。")
        if self.step == "form":
            return sentences(
                translate("KioskApply", "请核对信息"),
                *(_said(k, v) for k, v in self.card_lines()),
                translate("KioskApply", "手机号码可以不填"),
            )
        if self.step == "materials":
            return sentences(
                translate("KioskApply", "材料不用交纸质的"),
                *(_said(c.material.name, c.status()) for c in self.choices),
            )
        if self.step == "review":
            return sentences(
                translate("KioskApply", "请最后核对一遍，没有问题就点提交申请"),
                *(_said(k, v) for k, v in self.review_lines()),
            )
        if self.step == "done":
            number = translate("KioskApply", "办件编号")
            return sentences(
                translate("KioskApply", "申请已提交"),
                *(_said(k, v) for k, v in self.done_lines() if k != number),
                self.print_line(),
            )
        return self.title


def _said(key: str, value: str) -> str:
    """One line of a screen read aloud: 事项：… / Item: …"""
    return translate("KioskApply", "{key}：{value}").format(key=key, value=value)
