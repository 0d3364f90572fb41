"""查询打印: read the card, choose the document and its options, agree, see a masked preview,
print on A4, then hear and see where to take the paper. Also the resident's e-licences (亮证),
each printable as a copy, and checking a scanned certificate (验真).

Nothing here becomes a case. Offline the screen says the query needs the network and prints
nothing later. A paper-out, jam, offline or cancelled job gets its own words and one reprint
within five minutes, without a new query (shared/services/certificates.py, PrintSession).
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from kiosk_app.language import QT_TRANSLATE_NOOP, translate
from kiosk_app.viewmodels.base import ScreenViewModel, sentences
from shared.domain.certificates import DocumentKind, DocumentRequest, InsuranceType, Verdict, grouped
from shared.ui.error_words import Reader, error_words

if TYPE_CHECKING:
    from devices.idcard import IdCardData
    from shared.domain.payloads import Payload

log = logging.getLogger(__name__)

# the purpose goes to the platform and onto the printed document in Chinese; the screen shows
# it through translate("KioskQueryPrint", …)
PURPOSES = (
    QT_TRANSLATE_NOOP("KioskQueryPrint", "个人留存"),
    QT_TRANSLATE_NOOP("KioskQueryPrint", "办理入学"),
    QT_TRANSLATE_NOOP("KioskQueryPrint", "办理贷款"),
    QT_TRANSLATE_NOOP("KioskQueryPrint", "办理落户"),
    QT_TRANSLATE_NOOP("KioskQueryPrint", "其他用途"),
)
CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "KioskQueryPrint",
    "本人同意自助机向省一体化政务服务平台查询本人的上述信息并打印，查询记录将留存备查。查询只用于您选择的用途。",
)
TAKE_PAPER = QT_TRANSLATE_NOOP("KioskQueryPrint", "请从自助机下方的 A4 出纸口取走您的文书，注意不要遗落。")
# what went wrong with the A4 print and what now; the first half, in Chinese, is also the
# reason the help request gives staff
PROBLEM_WORDS = {
    "paper_out": (
        QT_TRANSLATE_NOOP("KioskQueryPrint", "打印机缺纸，文书没有打出来。"),
        QT_TRANSLATE_NOOP("KioskQueryPrint", "已通知工作人员加纸。加好纸后点“重新打印”，不用再查询。"),
    ),
    "jam": (
        QT_TRANSLATE_NOOP("KioskQueryPrint", "打印机卡纸，文书没有打出来。"),
        QT_TRANSLATE_NOOP("KioskQueryPrint", "已通知工作人员处理。处理好后点“重新打印”，不用再查询。"),
    ),
    "offline": (
        QT_TRANSLATE_NOOP("KioskQueryPrint", "打印机暂时不能使用，文书没有打出来。"),
        QT_TRANSLATE_NOOP("KioskQueryPrint", "已通知工作人员。恢复后点“重新打印”，或到窗口办理。"),
    ),
    "cancelled": (
        QT_TRANSLATE_NOOP("KioskQueryPrint", "打印任务被取消了。"),
        QT_TRANSLATE_NOOP("KioskQueryPrint", "可以点“重新打印”再打一次。"),
    ),
    "failed": (
        QT_TRANSLATE_NOOP("KioskQueryPrint", "打印失败，文书没有打出来。"),
        QT_TRANSLATE_NOOP("KioskQueryPrint", "已通知工作人员。可以点“重新打印”再试一次。"),
    ),
}
# the documents' short names, the insurance types and the verdicts as shared.domain.certificates
# words them (DOCUMENT_SHORT_NAMES, InsuranceType, VERDICT_LABELS; a test holds them the same),
# marked here for the kiosk's language
DOCUMENT_WORDS = {
    DocumentKind.SOCIAL_INSURANCE_RECORD: QT_TRANSLATE_NOOP("KioskQueryPrint", "社保权益记录"),
    DocumentKind.INSURANCE_CERTIFICATE: QT_TRANSLATE_NOOP("KioskQueryPrint", "参保证明"),
    DocumentKind.PROPERTY_RECORD: QT_TRANSLATE_NOOP("KioskQueryPrint", "不动产登记信息查询结果"),
    DocumentKind.LICENCE_COPY: QT_TRANSLATE_NOOP("KioskQueryPrint", "电子证照打印件"),
}
INSURANCE_WORDS = {
    InsuranceType.PENSION: QT_TRANSLATE_NOOP("KioskQueryPrint", "养老保险"),
    InsuranceType.MEDICAL: QT_TRANSLATE_NOOP("KioskQueryPrint", "医疗保险"),
    InsuranceType.UNEMPLOYMENT: QT_TRANSLATE_NOOP("KioskQueryPrint", "失业保险"),
    InsuranceType.INJURY: QT_TRANSLATE_NOOP("KioskQueryPrint", "工伤保险"),
    InsuranceType.MATERNITY: QT_TRANSLATE_NOOP("KioskQueryPrint", "生育保险"),
}
VERDICT_WORDS = {
    Verdict.GENUINE: QT_TRANSLATE_NOOP("KioskQueryPrint", "真实有效"),
    Verdict.TAMPERED: QT_TRANSLATE_NOOP("KioskQueryPrint", "内容被篡改"),
    Verdict.FORGED: QT_TRANSLATE_NOOP("KioskQueryPrint", "伪造"),
    Verdict.EXPIRED: QT_TRANSLATE_NOOP("KioskQueryPrint", "已过有效期"),
    Verdict.REVOKED: QT_TRANSLATE_NOOP("KioskQueryPrint", "已被撤销"),
    Verdict.UNKNOWN: QT_TRANSLATE_NOOP("KioskQueryPrint", "无法识别"),
}
# an e-licence's state (the platform's code)
LICENCE_STATE_WORDS = {
    "valid": QT_TRANSLATE_NOOP("KioskQueryPrint", "有效"),
    "expired": QT_TRANSLATE_NOOP("KioskQueryPrint", "已过期"),
    "revoked": QT_TRANSLATE_NOOP("KioskQueryPrint", "已注销"),
}
# how a certificate was checked (Verification.mode)
MODE_WORDS = {
    "offline": QT_TRANSLATE_NOOP("KioskQueryPrint", "离线（平台公钥）"),
    "online": QT_TRANSLATE_NOOP("KioskQueryPrint", "联网（省平台）"),
    "none": QT_TRANSLATE_NOOP("KioskQueryPrint", "未能核验"),
}


def _words(text: str) -> str:
    """One of the marked words above in the kiosk's language (context KioskQueryPrint)."""
    return translate("KioskQueryPrint", text)


def document_words(kind: DocumentKind) -> str:
    return _words(DOCUMENT_WORDS[kind])


def insurance_words(kind: InsuranceType) -> str:
    return _words(INSURANCE_WORDS[kind])


def verdict_words(verdict: Verdict) -> str:
    return _words(VERDICT_WORDS[verdict])


class QueryPrintViewModel(ScreenViewModel):
    screen = "query_print"

    @property
    def title(self) -> str:  # type: ignore[override]
        return translate("KioskQueryPrint", "查询打印")

    def __init__(self, root: Any) -> None:
        super().__init__(root)
        self._documents: list[DocumentKind] | None = None  # from the catalog, read off the UI thread
        # A4 jobs handed to the printer and not finished: kept across reset() (going home
        # while the paper comes out is fine), cancelled at the idle wipe (the person left).
        # Changed on the UI thread and on the A4 printer's thread: set.add/discard are atomic.
        self.pending_jobs: set[str] = set()
        self.reset()

    def enter(self) -> None:
        self.backend.documents.warm_up()  # on the UI thread, once: never first on a worker
        if self._documents is None:
            self.run(self.backend.documents.kinds, self._got_documents, busy=False)

    def _got_documents(self, kinds: list[DocumentKind]) -> None:
        self._documents = kinds
        self.changed()

    def reset(self) -> None:
        super().reset()
        # documents | card | options | preview | printing | printed | problem | licences | verify | verified
        self.step = "documents"
        self.kind: DocumentKind | None = None
        self.card: IdCardData | None = None
        self.evidence: Any = None
        self.card_error = ""
        self.insurance_type = InsuranceType.PENSION
        self.year = self.backend.hall.today().year - 1
        self.purpose = PURPOSES[0]
        self.consent = False
        self.queried: Any = None
        self.session: Any = None
        self.problem = ""
        self.licences: list[Any] = []
        self.verification: Any = None
        self.help_sent = False

    @property
    def holds_personal_data(self) -> bool:
        return self.card is not None or self.queried is not None or bool(self.licences)

    def on_wipe(self) -> None:
        """Idle wipe: the resident has gone, so their certificate must not come out now. A job
        still waiting is never spooled; a spooled one is cancelled and purged from the spooler
        (devices/a4/printer.py). The rendered document goes with the session at reset()."""
        for job_id in list(self.pending_jobs):
            try:
                self.backend.documents.cancel_a4(job_id)
            except Exception:
                log.exception("A4 job %s could not be cancelled at the idle wipe", job_id)

    # ---------------------------------------------------------------- choose
    def documents(self) -> list[tuple[str, str]]:
        """(kind, label) of what this screen offers: the catalog's 查询打印 items and the e-licences."""
        kinds = self._documents or []
        return [(k.value, document_words(k)) for k in kinds] + [
            ("licences", translate("KioskQueryPrint", "我的电子证照"))
        ]

    def choose(self, kind: str) -> None:
        self.clear_error()
        if kind == "verify":
            self.step = "verify"
        else:
            self.kind = None if kind == "licences" else DocumentKind(kind)
            self.step = "card" if self.card is None or not self._card_fresh() else self._after_card()
        self.changed()

    def _card_fresh(self) -> bool:
        return self.evidence is not None and time.monotonic() - self.evidence.read_mono < 100

    def _after_card(self) -> str:
        if self.kind is None:
            self._load_licences()
            return "licences"
        return "options"

    # ---------------------------------------------------------------- card
    def on_card(self, card: IdCardData) -> bool:
        if self.step != "card":
            return False
        from shared.services.certificates import CardEvidence

        self.card = card
        self.evidence = CardEvidence.just_read(id_number=card.id_number, name=card.name)
        self.card_error = ""
        self.step = self._after_card()
        self.changed()
        return True

    def on_card_error(self, message: str) -> None:
        if self.step == "card":
            self.card_error = translate(
                "KioskQueryPrint", "身份证没有读出来（{reason}），请把卡平放在读卡区再试一次"
            ).format(reason=message)
            self.changed()

    # ---------------------------------------------------------------- options
    def set_insurance_type(self, value: str) -> None:
        self.insurance_type = InsuranceType(value)
        self.changed()

    def turn_year(self, delta: int) -> None:
        self.year = max(1990, min(self.backend.hall.today().year, self.year + delta))
        self.changed()

    def set_purpose(self, purpose: str) -> None:
        if purpose in PURPOSES:
            self.purpose = purpose
            self.changed()

    def agree(self, on: bool = True) -> None:
        self.consent = on
        self.changed()

    def request(self, licence_no: str | None = None) -> DocumentRequest:
        kind = DocumentKind.LICENCE_COPY if licence_no else self.kind
        assert kind is not None
        record = kind is DocumentKind.SOCIAL_INSURANCE_RECORD
        return DocumentRequest(
            kind=kind, purpose=self.purpose, consent=self.consent,
            insurance_type=self.insurance_type if record else None, year=self.year if record else None,
            licence_no=licence_no,
        )  # fmt: skip

    def query(self, licence_no: str | None = None) -> None:
        if self.busy:
            return
        if not self.consent:
            self.error = translate("KioskQueryPrint", "请先阅读说明并点“我同意”。")
            self.hint = translate("KioskQueryPrint", "没有您的同意，不能查询您的信息。")
            self.changed()
            return
        request, evidence = self.request(licence_no), self.evidence
        self.run(
            lambda: self.backend.documents.query(card=evidence, request=request), self._queried, self._refused
        )

    def _queried(self, queried: Any) -> None:
        self.queried = queried
        if not queried.found:
            # the platform's reason, in its words (Chinese)
            self.error, self.hint = (
                queried.reason,
                translate("KioskQueryPrint", "没有可打印的内容，不会打印。"),
            )
            self.step = "options" if self.kind is not None else "licences"
        else:
            self.step = "preview"
        self.changed()

    def _refused(self, error: BaseException) -> None:
        self.show_error(error)
        kind = type(error).__name__
        # the two refusals every resident may meet, in the kiosk's words (the service's other
        # refusals are worded by shared/ui/error_words.py, not translated yet)
        if kind == "QueryOffline":
            self.error = translate("KioskQueryPrint", "网络中断，现在查不了省平台的信息。")
            self.hint = translate(
                "KioskQueryPrint", "这项查询需要联网，不会稍后自动补打。请稍后再来，或取号到窗口办理。"
            )
            self.changed()
        elif kind == "CardNotPresent":
            self.error = translate("KioskQueryPrint", "查询本人信息需要现场刷身份证。")
            self.hint = translate("KioskQueryPrint", "请把身份证放在读卡区，读卡成功后再查询。")
            self.card, self.evidence, self.step = None, None, "card"
            self.changed()

    def preview_lines(self) -> list[tuple[str, str]]:
        """The masked fields as the document prints them (its title, its field names and values:
        the platform's Chinese), each table as a count, the 验真码 and the date it is valid to."""
        issued = self.queried.issued if self.queried is not None else None
        if issued is None:
            return []
        lines: list[tuple[str, str]] = [(translate("KioskQueryPrint", "文书"), issued.title)]
        for s in issued.sections:
            lines += [(f[0], f[1]) for f in s.fields if len(f) == 2]
            if s.rows:
                lines.append(
                    (
                        s.heading or translate("KioskQueryPrint", "明细"),
                        translate("KioskQueryPrint", "共 {rows} 行").format(rows=len(s.rows)),
                    )
                )
        lines += [
            (translate("KioskQueryPrint", "验真码"), grouped(issued.verify_code)),
            (translate("KioskQueryPrint", "有效期至"), issued.valid_until.isoformat()),
        ]
        return lines

    # ---------------------------------------------------------------- print
    def print_now(self) -> None:
        if self.queried is None or self.queried.issued is None or self.busy:
            return
        from shared.services.certificates import PrintSession, a4_document

        if self.session is None:
            doc = a4_document(self.queried.issued, local_tz=self.backend.hall.tz)
            self.session = PrintSession(doc, f"a4-{self.queried.issued.verify_code}", time.monotonic())
        self._send()

    def reprint(self) -> None:
        if self.session is not None and self.session.may_reprint():
            self._send()

    def can_reprint(self) -> bool:
        return self.step == "problem" and self.session is not None and self.session.may_reprint()

    def _send(self) -> None:
        session = self.session
        job_id = session.next_job_id()
        self.step, self.problem = "printing", ""
        self.changed()
        epoch = self.root.epoch
        self.pending_jobs.add(job_id)

        def handed_over(future: Any) -> None:
            def finished(f: Any) -> None:  # on the A4 printer's thread
                self.pending_jobs.discard(job_id)
                error = f.exception()

                def deliver() -> None:
                    if epoch != self.root.epoch:
                        return  # the person left: the job was cancelled and purged at the wipe
                    if error is not None:
                        self._print_failed(error)
                    else:
                        self._printed()

                self.runner.call_soon(deliver)

            future.add_done_callback(finished)

        def not_handed_over(error: BaseException) -> None:
            self.pending_jobs.discard(job_id)
            self._print_failed(error)

        self.run(lambda: self.backend.documents.print_a4(session.document, job_id=job_id), handed_over,
                 not_handed_over, busy=False)  # fmt: skip

    def _printed(self) -> None:
        self.step = "printed"
        self.changed()
        self.root.reader.read(self.speech())  # hear where to take the paper

    def _print_failed(self, error: BaseException) -> None:
        outcome = getattr(getattr(error, "outcome", None), "value", "failed")
        self.problem = outcome if outcome in PROBLEM_WORDS else "failed"
        self.step = "problem"
        reason = f"自助机 A4 打印机：{PROBLEM_WORDS[self.problem][0]}"  # for staff: Chinese
        self.run(lambda: self.backend.help.call(reason=reason), self._help, lambda e: None, busy=False)
        self.changed()

    def _help(self, _request: Any) -> None:
        self.help_sent = True
        self.changed()

    def problem_words(self) -> tuple[str, str]:
        words, what_now = PROBLEM_WORDS.get(self.problem, PROBLEM_WORDS["failed"])
        return _words(words), _words(what_now)

    # ---------------------------------------------------------------- e-licences
    def _load_licences(self) -> None:
        evidence = self.evidence
        self.run(lambda: self.backend.documents.licences_of(card=evidence), self._got_licences)

    def _got_licences(self, licences: list[Any]) -> None:
        self.licences = licences
        self.changed()

    def licence_lines(self) -> list[tuple[str, str, str, bool]]:
        """(licence_no, name, state words, printable) for each e-licence."""

        def state(value: str) -> str:
            return _words(LICENCE_STATE_WORDS[value]) if value in LICENCE_STATE_WORDS else value

        name = translate("KioskQueryPrint", "{licence}（{issuer}）")
        return [
            (lic.licence_no, name.format(licence=lic.licence_type, issuer=lic.issuer), state(lic.state.value),
             lic.state.value == "valid")
            for lic in self.licences
        ]  # fmt: skip

    def print_licence(self, licence_no: str) -> None:
        self.consent = True  # the resident chose "同意并查询" to list the licences
        self.query(licence_no)

    # ---------------------------------------------------------------- verify
    def on_scan(self, payload: Payload) -> bool:
        if payload.kind != "certificate" and not payload.raw.strip().upper().startswith("YMVC1:"):
            return False
        self.step = "verify"
        text = payload.raw
        self.backend.documents.warm_up()  # a scan may bring the resident here without enter()
        self.run(lambda: self.backend.documents.verify(code=text), self._verified)
        return True

    def _verified(self, result: Any) -> None:
        self.verification = result
        self.step = "verified"
        self.changed()

    def verification_lines(self) -> list[tuple[str, str]]:
        """Verification.lines() in the kiosk's words: the verdict and how it was checked; the
        reason is the checker's (Chinese), the title, holder and issuer the certificate's."""
        v = self.verification
        if v is None:
            return []
        out = [
            (translate("KioskQueryPrint", "核验结果"), verdict_words(v.verdict)),
            (translate("KioskQueryPrint", "说明"), v.reason),
        ]
        if v.title:
            out += [
                (translate("KioskQueryPrint", "文书"), v.title),
                (
                    translate("KioskQueryPrint", "持有人"),
                    translate("KioskQueryPrint", "{holder}（{id}）").format(holder=v.holder, id=v.holder_id),
                ),
                (translate("KioskQueryPrint", "出具单位"), v.issuer),
            ]
        if v.issued and v.valid_until:
            out += [
                (translate("KioskQueryPrint", "出具日期"), v.issued.isoformat()),
                (translate("KioskQueryPrint", "有效期至"), v.valid_until.isoformat()),
            ]
        if v.verify_code:
            out.append((translate("KioskQueryPrint", "验真码"), grouped(v.verify_code)))
        out.append(
            (
                translate("KioskQueryPrint", "核验方式"),
                _words(MODE_WORDS[v.mode]) if v.mode in MODE_WORDS else v.mode,
            )
        )
        return out

    # ---------------------------------------------------------------- back and speech
    def back(self) -> None:
        order = {"options": "documents", "preview": "options", "licences": "documents", "verified": "documents",
                 "verify": "documents", "card": "documents", "problem": "documents", "printed": "documents"}  # fmt: skip
        self.step = order.get(self.step, "documents")
        if self.step == "documents":
            self.queried, self.session, self.consent = None, None, False
        self.clear_error()
        self.changed()

    def speech(self) -> str:
        if self.step == "card":
            return translate("KioskQueryPrint", "请把身份证放在读卡区。查询本人信息需要现场刷证。")
        if self.step == "options":
            return sentences(
                translate("KioskQueryPrint", "请选择查询条件和用途"),
                _words(CONSENT_TEXT),
                translate("KioskQueryPrint", "同意后点“查询”"),
            )
        if self.step == "preview":
            return translate(
                "KioskQueryPrint", "请核对屏幕上的内容，姓名和证件号已部分隐藏。确认后点“打印”。"
            )
        if self.step == "printing":
            return translate("KioskQueryPrint", "正在打印，请稍候。")
        if self.step == "printed":
            return sentences(
                translate("KioskQueryPrint", "打印完成"),
                _words(TAKE_PAPER),
                translate("KioskQueryPrint", "文书下方有二维码和验真码，可以扫码核验真伪"),
            )
        if self.step == "problem":
            return sentences(*self.problem_words())
        if self.step == "verified" and self.verification is not None:
            result = translate("KioskQueryPrint", "核验结果：{verdict}")
            return sentences(
                result.format(verdict=verdict_words(self.verification.verdict)), self.verification.reason
            )
        return sentences(
            translate("KioskQueryPrint", "请选择要查询打印的文书"),
            translate("KioskCommon", "、").join(label for _, label in self.documents()),
        )

    def error_text(self, error: BaseException) -> tuple[str, str]:
        return error_words(error, reader=Reader.RESIDENT, translate=translate)
