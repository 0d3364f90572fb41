"""免证办 (issue 12, point 1): e-licences verified against the platform, and shared data fetched
with the resident's consent instead of paper.

- :func:`verify_for_material` checks a scanned ``DZZZ:`` code (docs/upstream-protocol.md §8)
  for one material of the item at hand, before acceptance: the code must be genuine, valid, not
  revoked, the applicant's own (unless the material is another person's document) and of the
  licence type the guide names. A valid licence becomes the material's receipt (电子证照, its
  number as reference, issuer and validity in the note); anything else is refused with the
  reason in plain Chinese. Offline it raises :class:`LicenceCheckOffline`: the window may accept
  on paper or 容缺 and hand the code to the case as a check still to make.
- :func:`record_checks` writes those checks with the case, in the acceptance's transaction:
  the e-licences that could not be verified, and every material taken by data sharing (the
  consent is on record; the query needs the case number for the work log).
- :func:`run_checks` makes the pending checks (right after acceptance, and in the job
  ``licences.verify-pending`` when the link returns): a verified licence or fetched record is
  written into the case's material; a refusal stays open as a follow-up for the window that
  accepted the case (:func:`open_followups`, :func:`mark_handled`).

Every question to the platform is one work-log line (who, which case, which data, why).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from offline_store.repositories.licence_checks import PENDING, REFUSED, VERIFIED, StoredCheck
from offline_store.store import UnitOfWork
from offline_store.sync.errors import LicenceRefused, PlatformError, PlatformUnavailable
from shared.domain.cases import MaterialReceipt, ReceiptMethod
from shared.domain.catalog.models import Material
from shared.domain.errors import ConfigError, NotFound, ValidationError, YimenError
from shared.domain.masking import mask_id_number
from shared.domain.payloads import parse_licence_code
from shared.domain.words import Words, words
from shared.protocol import messages as p
from shared.services.actor import Actor
from shared.services.context import HallContext

log = logging.getLogger(__name__)

E_LICENCE, DATA_SHARING = "e_licence", "data_sharing"
CONSENT_PREFIX = "consent:"  # a material's reference until its shared data has been fetched

# a material that is someone else's document (the deceased's, a parent's, a shareholder's):
# its licence is not the applicant's own, so the holder is not compared
OTHER_PEOPLES_DOCUMENT = ("死者", "父母", "股东", "法定代表人", "配偶", "子女", "被监护人", "被继承人")

_REFUSAL_WORDS: dict[str, tuple[Words, Words]] = {
    "forged": (words("电子证照码无效或被篡改，不能作为材料"), words("请申请人在手机上重新打开电子证照出示，或提交纸质原件。")),
    "unknown": (words("发证机关查无此证照"), words("请申请人到发证机关核实，或提交纸质原件。")),
    "expired": (words("电子证照已过有效期"), words("请申请人先办理换证，或提交有效的证件原件。")),
    "revoked": (words("电子证照已被发证机关注销"), words("请申请人到发证机关了解原因，或提交有效的证件原件。")),
    "not_holder": (words("这张电子证照不是申请人本人的"), words("请出示申请人本人的证照；替他人办理须另附授权委托书。")),
}


class LicenceCheckOffline(YimenError):
    """The platform cannot be asked now: accept on paper or 容缺; the case is marked to verify."""


class LicenceNotAccepted(ValidationError):
    """The licence (or the shared data) cannot stand for the material; ``verdict`` says why."""

    def __init__(self, message: str, *, verdict: str, hint: str = "") -> None:
        super().__init__(message, hint=hint)
        self.verdict = verdict


class LicencePlatform(Protocol):
    """The platform operations these use cases need (the v1 client implements them)."""

    def verify_licence(
        self, *, code: str, purpose: str, case_no: str | None = None, holder_id: str | None = None
    ) -> p.LicenceDetails: ...

    def query_shared_data(
        self, *, dataset: p.SharedDataset, subject_id: str, purpose: str, case_no: str | None = None
    ) -> p.DataSharingAnswer: ...


class NoPlatform:
    """A terminal without platform credentials: every check is "offline" (and stays pending)."""

    def __init__(self, why: str = "本机没有配置省平台连接") -> None:
        self.why = why

    def verify_licence(self, **_kw: Any) -> p.LicenceDetails:
        raise PlatformUnavailable(self.why)

    def query_shared_data(self, **_kw: Any) -> p.DataSharingAnswer:
        raise PlatformUnavailable(self.why)

    def close(self) -> None:
        pass


def warm_up() -> None:
    """Load the platform client's HTTP libraries on the calling (UI) thread, once; see
    kiosk_app/backend/documents.py for why a worker must not be the first to import them."""
    import offline_store.sync.client  # noqa: F401


def platform_for(ctx: HallContext) -> Any:
    """The platform client of this terminal, or :class:`NoPlatform` without credentials."""
    from offline_store.sync.client import PlatformClient

    try:
        return PlatformClient.from_settings(ctx.settings)
    except (ConfigError, YimenError, OSError) as e:
        log.info("no platform client for licence checks: %s", e)
        return NoPlatform()


# ---------------------------------------------------------------------- what a licence proves
@dataclass(frozen=True, slots=True)
class VerifiedLicence:
    licence_no: str
    licence_type: str
    issuer: str
    valid_to: date | None  # None: 长期
    holder_masked: str

    @property
    def note(self) -> str:
        until = f"{self.valid_to:%Y-%m-%d}" if self.valid_to else "长期"
        return f"电子证照已核验：{self.licence_type}，发证机关 {self.issuer}，有效期至 {until}"

    def receipt(self, material: Material) -> MaterialReceipt:
        return MaterialReceipt(
            material.code, material.name, ReceiptMethod.E_LICENCE, reference=self.licence_no, note=self.note
        )


def holder_must_match(material: Material) -> bool:
    return not any(w in material.name for w in OTHER_PEOPLES_DOCUMENT)


def type_matches(material: Material, licence_type: str) -> bool:
    """营业执照 for 营业执照; either of "营业执照或事业单位法人证书"."""
    expected = material.e_licence_type or ""
    kinds = [k.strip() for k in expected.replace("／", "或").replace("/", "或").split("或") if k.strip()]
    return any(k == licence_type or k in licence_type or licence_type in k for k in kinds)


def _refusal(verdict: str, detail: str = "") -> LicenceNotAccepted:
    said, hint = _REFUSAL_WORDS.get(verdict, (words("电子证照未通过核验"), words("请提交纸质原件。")))
    message = words("{said}（{detail}）。", said=said, detail=detail) if detail else words("{said}。", said=said)
    return LicenceNotAccepted(message, verdict=verdict, hint=hint)


def _platform_reason(e: LicenceRefused) -> str:
    # the client's message ends with the platform's reason in brackets: keep only that part
    msg = e.message
    return msg[msg.find("（") + 1 : -1] if msg.endswith("）") and "（" in msg else ""


def _ask_platform(
    platform: LicencePlatform, *, code: str, holder_id: str | None, case_no: str | None, purpose: str
) -> p.LicenceDetails:
    """One question to the platform; raises LicenceNotAccepted / LicenceCheckOffline."""
    ref = parse_licence_code(code)
    if ref is None:
        raise LicenceNotAccepted(
            "这不是有效的电子证照二维码。", verdict="format", hint="请在手机上打开电子证照，出示证照二维码。"
        )
    try:
        return platform.verify_licence(code=ref.code, purpose=purpose, case_no=case_no, holder_id=holder_id)
    except LicenceRefused as e:
        raise _refusal(e.verdict, _platform_reason(e)) from None
    except PlatformError as e:
        raise LicenceCheckOffline(
            "现在连不上省平台，电子证照暂时无法核验。",
            hint="可先收取纸质原件或容缺受理，办件标记为待核验，联网后自动核验。",
        ) from e


def _wrong_type(details: p.LicenceDetails, materials: list[Material]) -> LicenceNotAccepted:
    wanted = "、".join(dict.fromkeys(m.e_licence_type or "" for m in materials))
    names = "、".join(f"“{m.name}”" for m in materials)
    return LicenceNotAccepted(
        words("这是{licence_type}，{names}需要的是{wanted}。", licence_type=details.licence_type, names=names, wanted=wanted),
        verdict="wrong_type",
        hint="请出示对应的电子证照，或提交纸质材料。",
    )


def _verified(details: p.LicenceDetails) -> VerifiedLicence:
    return VerifiedLicence(
        details.licence_no, details.licence_type, details.issuer, details.valid_to, details.holder_masked
    )


def _ask_licence(
    platform: LicencePlatform,
    material: Material,
    *,
    code: str,
    holder_id: str | None,
    case_no: str | None,
    purpose: str,
) -> VerifiedLicence:
    if not material.e_licence_type:
        raise LicenceNotAccepted(
            words("“{name}”没有对应的电子证照。", name=material.name), verdict="no_licence", hint="请提交纸质材料。"
        )
    holder = holder_id if holder_id and holder_must_match(material) else None
    details = _ask_platform(platform, code=code, holder_id=holder, case_no=case_no, purpose=purpose)
    if not type_matches(material, details.licence_type):
        raise _wrong_type(details, [material])
    return _verified(details)


def _log(
    ctx: HallContext, actor: Actor, action: str, *, case_no: str, result: str, at: Any = None, **detail: Any
) -> None:
    with ctx.unit_of_work() as uow:
        _log_in(uow, actor, action, case_no=case_no, result=result, at=at or ctx.now(), **detail)


def _log_in(uow: UnitOfWork, actor: Actor, action: str, *, case_no: str, result: str, at: Any, **detail: Any) -> None:
    # the work log (工作日志): who asked, about which case, for which data, and why
    uow.audit.append(
        actor=actor.user, terminal_id=actor.terminal_id, action=action, target=case_no, result=result,
        detail=detail, at=at,
    )  # fmt: skip


def verify_for_material(
    ctx: HallContext,
    *,
    platform: LicencePlatform,
    actor: Actor,
    material: Material,
    code: str,
    holder_id: str | None,
    item_name: str = "",
    case_no: str | None = None,
) -> VerifiedLicence:
    """A scanned e-licence checked for ``material`` (at the window or the kiosk, before the
    case exists, or with ``case_no`` for a pre-application)."""
    purpose = f"受理“{item_name or material.name}”核验{material.name}"[:200]
    holder = mask_id_number(holder_id) if holder_id else ""
    try:
        verified = _ask_licence(
            platform, material, code=code, holder_id=holder_id, case_no=case_no, purpose=purpose
        )
    except LicenceNotAccepted as e:
        _log(ctx, actor, "licence.verify", case_no=case_no or "", result="refused",
             material=material.code, verdict=e.verdict, purpose=purpose, holder=holder)  # fmt: skip
        raise
    except LicenceCheckOffline:
        _log(ctx, actor, "licence.verify", case_no=case_no or "", result="offline",
             material=material.code, purpose=purpose, holder=holder)  # fmt: skip
        raise
    _log(ctx, actor, "licence.verify", case_no=case_no or "", result="ok", material=material.code,
         licence_no=verified.licence_no, issuer=verified.issuer, purpose=purpose, holder=holder)  # fmt: skip
    return verified


def verify_for_materials(
    ctx: HallContext,
    *,
    platform: LicencePlatform,
    actor: Actor,
    materials: list[Material],
    code: str,
    holder_id: str | None,
    item_name: str = "",
    case_no: str | None = None,
) -> tuple[Material, VerifiedLicence]:
    """A licence scanned without saying which material it is for: the platform's answer (its
    licence type) picks the material among ``materials`` (those an e-licence may replace)."""
    candidates = [m for m in materials if m.e_licence_type]
    if not candidates:
        raise LicenceNotAccepted(
            words("“{item_name}”没有可用电子证照代替的材料。", item_name=item_name), verdict="no_licence", hint="请按清单收取纸质材料。"
        )
    if len(candidates) == 1:
        only = candidates[0]
        return only, verify_for_material(ctx, platform=platform, actor=actor, material=only, code=code,
                                      holder_id=holder_id, item_name=item_name, case_no=case_no)  # fmt: skip
    purpose = f"受理“{item_name}”核验电子证照"[:200]
    every_own = all(holder_must_match(m) for m in candidates)
    holder = mask_id_number(holder_id) if holder_id else ""
    try:
        details = _ask_platform(platform, code=code, holder_id=holder_id if every_own else None,
                                case_no=case_no, purpose=purpose)  # fmt: skip
        m = next((m for m in candidates if type_matches(m, details.licence_type)), None)
        if m is None:
            raise _wrong_type(details, candidates)
        if not every_own and holder_id and holder_must_match(m):
            details = _ask_platform(platform, code=code, holder_id=holder_id, case_no=case_no, purpose=purpose)
    except LicenceNotAccepted as e:
        _log(ctx, actor, "licence.verify", case_no=case_no or "", result="refused",
             verdict=e.verdict, purpose=purpose, holder=holder)  # fmt: skip
        raise
    except LicenceCheckOffline:
        _log(ctx, actor, "licence.verify", case_no=case_no or "", result="offline", purpose=purpose, holder=holder)
        raise
    verified = _verified(details)
    _log(ctx, actor, "licence.verify", case_no=case_no or "", result="ok", material=m.code,
         licence_no=verified.licence_no, issuer=verified.issuer, purpose=purpose, holder=holder)  # fmt: skip
    return m, verified


# ---------------------------------------------------------------------- checks owed by a case
def consent_reference(material: Material) -> str:
    """The reference of a material taken by data sharing until it is fetched: the consent."""
    return f"{CONSENT_PREFIX}{material.shared_data_kind}"


def record_checks(
    uow: UnitOfWork,
    *,
    case_no: str,
    actor: Actor,
    materials: Iterable[MaterialReceipt],
    catalog_materials: Mapping[str, Material],
    licence_codes: Mapping[str, str] | None = None,
    item_name: str,
    at: Any,
) -> list[StoredCheck]:
    """Inside the acceptance's transaction: the checks this case owes (see the module doc)."""
    out = []
    codes = dict(licence_codes or {})
    for r in materials:
        m = catalog_materials.get(r.material_code)
        if m is None:
            continue
        if r.material_code in codes and m.e_licence_type:
            out.append(
                uow.licence_checks.add(
                    case_no=case_no, material_code=m.code, material_name=m.name, kind=E_LICENCE,
                    code=codes.pop(r.material_code), expected=m.e_licence_type,
                    holder_check=holder_must_match(m), purpose=f"受理“{item_name}”核验{m.name}"[:200],
                    requested_by=actor.user, terminal_id=actor.terminal_id, window_no=actor.window_no, at=at,
                )
            )
        elif r.method is ReceiptMethod.DATA_SHARING and m.shared_data_kind and r.reference.startswith(CONSENT_PREFIX):
            out.append(
                uow.licence_checks.add(
                    case_no=case_no, material_code=m.code, material_name=m.name, kind=DATA_SHARING,
                    code=m.shared_data_kind, expected=m.shared_data_label, holder_check=True,
                    purpose=f"办理“{item_name}”，经申请人同意调取{m.shared_data_label}代替{m.name}"[:200],
                    requested_by=actor.user, terminal_id=actor.terminal_id, window_no=actor.window_no, at=at,
                )
            )
    if codes:
        raise ValidationError(
            words("待核验的电子证照对应的材料不在本办件中：{codes}", codes="、".join(codes)), hint="请重新选择材料后再受理。"
        )
    if out:
        _log_in(uow, actor, "licence.checks_recorded", case_no=case_no, result="pending", at=at,
                checks=[f"{c.kind}:{c.material_code}" for c in out])  # fmt: skip
    return out


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    check_id: int
    case_no: str
    material_name: str
    kind: str
    state: str  # verified | refused | pending (the platform could not be asked)
    text: str  # what the clerk reads


@dataclass(frozen=True, slots=True)
class CheckRound:
    outcomes: tuple[CheckOutcome, ...]
    offline: bool  # the round stopped because the platform could not be reached

    def count(self, state: str) -> int:
        return sum(1 for o in self.outcomes if o.state == state)

    @property
    def refused(self) -> list[CheckOutcome]:
        return [o for o in self.outcomes if o.state == REFUSED]


def _make_check(
    ctx: HallContext, platform: LicencePlatform, actor: Actor, check: StoredCheck
) -> CheckOutcome:
    with ctx.unit_of_work(read_only=True) as uow:
        stored = uow.cases.get_by_no(check.case_no)
        item = ctx.catalog(uow).item(stored.record.item_code)
    subject = stored.record.applicant_id
    material = next((m for m in item.materials if m.code == check.material_code), None)
    on_case = next((m for m in stored.record.materials if m.material_code == check.material_code), None)
    now = ctx.now()
    if check.kind == E_LICENCE:
        if material is None:
            raise NotFound(words("事项“{name}”已没有材料 {material_code}。", name=item.name, material_code=check.material_code))
        try:
            lic = _ask_licence(platform, material, code=check.code, holder_id=subject if check.holder_check else None,
                               case_no=check.case_no, purpose=check.purpose)  # fmt: skip
        except LicenceNotAccepted as e:
            reason = e.message
            with ctx.unit_of_work() as uow:
                uow.licence_checks.resolve(check_id=check.id, state=REFUSED, reason=reason, reference="", at=now)
                _log_in(uow, actor, "licence.verify", case_no=check.case_no, result="refused", at=now,
                        material=check.material_code, verdict=e.verdict, purpose=check.purpose,
                        holder=mask_id_number(subject), deferred=True)  # fmt: skip
            return CheckOutcome(check.id, check.case_no, check.material_name, E_LICENCE, REFUSED,
                                f"办件 {check.case_no} 的“{check.material_name}”电子证照核验未通过：{reason}")  # fmt: skip
        with ctx.unit_of_work() as uow:
            uow.licence_checks.resolve(check_id=check.id, state=VERIFIED, reason="", reference=lic.licence_no, at=now)
            # a 容缺 line is now supplied by the licence; a paper original keeps its method
            deferred = on_case is not None and on_case.method is ReceiptMethod.DEFERRED
            uow.cases.annotate_material(
                case_no=check.case_no, material_code=check.material_code, reference=lic.licence_no,
                note=lic.note, method=ReceiptMethod.E_LICENCE if deferred else None, at=now,
            )  # fmt: skip
            _log_in(uow, actor, "licence.verify", case_no=check.case_no, result="ok", at=now,
                    material=check.material_code, licence_no=lic.licence_no, issuer=lic.issuer,
                    purpose=check.purpose, holder=mask_id_number(subject), deferred=True)  # fmt: skip
        return CheckOutcome(check.id, check.case_no, check.material_name, E_LICENCE, VERIFIED,
                            f"“{check.material_name}”{lic.note}")  # fmt: skip
    # data sharing
    dataset = p.SharedDataset(check.code)
    try:
        answer = platform.query_shared_data(
            dataset=dataset, subject_id=subject, purpose=check.purpose, case_no=check.case_no
        )
    except PlatformError as e:
        raise LicenceCheckOffline("现在连不上省平台，共享数据暂时无法调取。", hint="联网后自动调取。") from e
    with ctx.unit_of_work() as uow:
        common = dict(material=check.material_code, dataset=dataset.value, purpose=check.purpose,
                      subject=mask_id_number(subject), query_id=str(answer.query_id), consent="recorded")  # fmt: skip
        if not answer.found:
            reason = f"{check.expected or dataset.value}没有查到申请人的记录，须提交纸质材料"
            uow.licence_checks.resolve(check_id=check.id, state=REFUSED, reason=reason,
                                       reference=str(answer.query_id), at=now)  # fmt: skip
            _log_in(uow, actor, "data_sharing.query", case_no=check.case_no, result="not_found", at=now, **common)
            return CheckOutcome(check.id, check.case_no, check.material_name, DATA_SHARING, REFUSED,
                                f"办件 {check.case_no} 的“{check.material_name}”：{reason}")  # fmt: skip
        note = f"数据共享：{check.expected}（查询编号 {answer.query_id}，{answer.queried_at:%Y-%m-%d %H:%M}）"
        uow.licence_checks.resolve(check_id=check.id, state=VERIFIED, reason="",
                                   reference=str(answer.query_id), at=now)  # fmt: skip
        uow.cases.annotate_material(case_no=check.case_no, material_code=check.material_code,
                                    reference=str(answer.query_id), note=note, at=now)  # fmt: skip
        _log_in(uow, actor, "data_sharing.query", case_no=check.case_no, result="ok", at=now, **common)
    return CheckOutcome(check.id, check.case_no, check.material_name, DATA_SHARING, VERIFIED,
                        f"“{check.material_name}”已通过数据共享调取{check.expected}")  # fmt: skip


def run_checks(
    ctx: HallContext, *, platform: LicencePlatform, actor: Actor, case_no: str | None = None, limit: int = 100
) -> CheckRound:
    """Make the pending checks (one case's with ``case_no``), oldest first; stops at the first
    sign that the platform cannot be reached (the rest stay pending for the next round)."""
    with ctx.unit_of_work(read_only=True) as uow:
        pending = uow.licence_checks.pending(limit=limit, case_no=case_no)
    outcomes: list[CheckOutcome] = []
    for check in pending:
        try:
            outcomes.append(_make_check(ctx, platform, actor, check))
        except LicenceCheckOffline as e:
            cause = e.__cause__
            with ctx.unit_of_work() as uow:
                uow.licence_checks.attempt_failed(check_id=check.id, error=str(cause or e), at=ctx.now())
            outcomes.append(CheckOutcome(check.id, check.case_no, check.material_name, check.kind, PENDING,
                                         f"“{check.material_name}”待核验：{e.message}"))  # fmt: skip
            return CheckRound(tuple(outcomes), offline=True)
    return CheckRound(tuple(outcomes), offline=False)


# ---------------------------------------------------------------------- the clerk's follow-ups
@dataclass(frozen=True, slots=True)
class LicenceFollowUp:
    check_id: int
    case_no: str
    material_name: str
    kind: str
    reason: str
    checked_at: Any
    window_no: int | None

    @property
    def line(self) -> str:
        what = "电子证照核验未通过" if self.kind == E_LICENCE else "共享数据未调取到"
        return f"办件 {self.case_no}：{self.material_name}{what}，{self.reason}。请联系申请人补交纸质材料。"


def open_followups(ctx: HallContext, *, actor: Actor) -> list[LicenceFollowUp]:
    """What this window still has to deal with (a refusal found after acceptance)."""
    with ctx.unit_of_work(read_only=True) as uow:
        rows = uow.licence_checks.open_followups(window_no=actor.window_no)
    return [
        LicenceFollowUp(c.id, c.case_no, c.material_name, c.kind, c.reason.rstrip("。"), c.checked_at, c.window_no)
        for c in rows
    ]


def mark_handled(ctx: HallContext, *, actor: Actor, check_id: int, note: str = "") -> None:
    """The clerk has dealt with a refusal (called the applicant, asked for the paper)."""
    now = ctx.now()
    with ctx.unit_of_work() as uow:
        check = uow.licence_checks.mark_handled(check_id=check_id, actor=actor.user, at=now)
        _log_in(uow, actor, "licence.followup_handled", case_no=check.case_no, result="ok", at=now,
                material=check.material_code, note=note[:200])  # fmt: skip
