"""Documents the reference platform issues on a query, and the registry that verifies them.

Each issued document gets a fresh 验真码, claims signed with the platform's Ed25519
certificate key (:mod:`shared.protocol.certificates`), and a row in ``certificates`` so a
验真码 typed at a window, or a QR whose key the terminal does not know, can be checked
online. Every query is kept in ``document_queries`` with the terminal, the masked subject,
the purpose and the consent (可追溯、可核查).
"""

from __future__ import annotations

import base64
import json
import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from reference_platform import records
from reference_platform.seal import seal_png
from reference_platform.store import PlatformStore, iso
from shared.domain.certificates import (
    DocumentKind,
    InsuranceType,
    Verdict,
    is_verify_code,
    new_verify_code,
    normalise_verify_code,
)
from shared.domain.masking import mask_id_number, mask_name
from shared.protocol import certificates as c
from shared.protocol import documents as d

SCHEMA = """
CREATE TABLE IF NOT EXISTS signing_keys (
    kid TEXT PRIMARY KEY, private_pem TEXT NOT NULL, created_at TEXT NOT NULL, retired INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS certificates (
    verify_code TEXT PRIMARY KEY, kid TEXT NOT NULL, kind TEXT NOT NULL, claims TEXT NOT NULL,
    qr_text TEXT NOT NULL, query_id TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS document_queries (
    query_id TEXT PRIMARY KEY, app_key TEXT NOT NULL, terminal_id TEXT NOT NULL, kind TEXT NOT NULL,
    subject_masked TEXT NOT NULL, purpose TEXT NOT NULL, consent INTEGER NOT NULL, found INTEGER NOT NULL,
    verify_code TEXT, queried_at TEXT NOT NULL);
"""

# how long a printed document may be relied on (the paper says so; verification checks it)
VALID_DAYS = {
    DocumentKind.SOCIAL_INSURANCE_RECORD: 90,
    DocumentKind.INSURANCE_CERTIFICATE: 90,
    DocumentKind.PROPERTY_RECORD: 30,
    DocumentKind.LICENCE_COPY: 30,
}
SOCIAL_INSURANCE_ISSUER = "勐海县社会保险中心"
PROPERTY_ISSUER = "勐海县不动产登记中心"
LICENCE_ISSUER = "云南省电子证照共享服务平台"


class QueryRefused(Exception):
    def __init__(self, code: d.QueryRefusal, message: str) -> None:
        super().__init__(message)
        self.code, self.message = code, message


class CertificateAuthority:
    """The platform's certificate key, its registry of issued documents, and the builders."""

    def __init__(self, store: PlatformStore, *, licence_issuer_key: str) -> None:
        self.store = store
        self._issuer_key = licence_issuer_key
        store._db.executescript(SCHEMA)
        rows = store.read("SELECT private_pem FROM signing_keys WHERE retired = 0 ORDER BY created_at LIMIT 1")
        if rows:
            self.signer = c.CertificateSigner.from_pem(rows[0][0].encode("ascii"))
        else:
            self.signer = c.CertificateSigner.generate()
            with store.tx() as db:
                db.execute(
                    "INSERT INTO signing_keys (kid, private_pem, created_at) VALUES (?, ?, ?)",
                    (self.signer.kid, self.signer.private_pem().decode("ascii"), iso(0)),
                )

    # ------------------------------------------------------------ keys

    def public_keys(self) -> dict[str, Any]:
        return {
            "keys": [
                {
                    "kid": self.signer.kid,
                    "algorithm": c.ALGORITHM,
                    "public_key": c.public_key_text(self.signer.public_key),
                    "not_before": "2020-01-01",
                    "not_after": None,
                }
            ]
        }

    # ------------------------------------------------------------ queries

    def query(
        self, request: d.DocumentQueryRequest, *, app_key: str, terminal_id: str, now: float
    ) -> dict[str, Any]:
        _check_request(request.subject, request.consent, request.purpose, now)
        today = datetime.fromtimestamp(now, UTC).date()
        subject = request.subject
        try:
            found, reason, built = self._build(request, today)
        except QueryRefused:
            self._log(app_key, terminal_id, request, found=False, verify_code=None, now=now)
            raise
        query_id = self._log(app_key, terminal_id, request, found=found, verify_code=None, now=now)
        if not found:
            return {"query_id": query_id, "found": False, "reason": reason, "document": None}
        title, issuer, raw_sections = built
        # the digest is over the sections as the terminal reads them back (every key present)
        sections = [d.DocumentSection.model_validate(x).model_dump(mode="json") for x in raw_sections]
        verify_code = new_verify_code()
        digest = c.document_digest(sections)
        valid_until = today + timedelta(days=VALID_DAYS[request.kind])
        if request.kind is DocumentKind.LICENCE_COPY:
            licence_to = self.store.licence(request.licence_no or "")["valid_to"]  # type: ignore[index]
            if licence_to:
                valid_until = min(valid_until, date.fromisoformat(licence_to))
        claims = c.CertificateClaims(
            kid=self.signer.kid,
            verify_code=verify_code,
            kind=request.kind,
            title=title,
            holder=mask_name(subject.name),
            holder_id=mask_id_number(subject.id_number.upper()),
            issued=today,
            valid_until=valid_until,
            digest=digest,
            issuer=issuer,
        )
        qr_text = self.signer.sign(claims)
        with self.store.tx() as db:
            db.execute(
                "INSERT INTO certificates (verify_code, kid, kind, claims, qr_text, query_id) VALUES (?, ?, ?, ?, ?, ?)",
                (verify_code, self.signer.kid, request.kind.value, claims.canonical().decode(), qr_text, query_id),
            )
        self._commit_log(query_id, verify_code)
        document = {
            "kind": request.kind.value,
            "title": title,
            "verify_code": verify_code,
            "qr_text": qr_text,
            "issued_at": iso(now),
            "valid_until": valid_until.isoformat(),
            "holder_masked": claims.holder,
            "holder_id_masked": claims.holder_id,
            "issuer": issuer,
            "seal_png": base64.b64encode(seal_png(issuer)).decode("ascii"),
            "sections": sections,
            "digest": digest,
        }
        return {"query_id": query_id, "found": True, "reason": "", "document": document}

    def licences_of(
        self, request: d.LicencesOfHolderRequest, *, app_key: str, terminal_id: str, now: float
    ) -> dict[str, Any]:
        from reference_platform.seed import licence_code

        _check_request(request.subject, request.consent, request.purpose, now)
        today = datetime.fromtimestamp(now, UTC).date()
        rows = self.store.read(
            "SELECT licence_no, licence_type, holder_name, valid_from, valid_to, issuer, revoked "
            "FROM licences WHERE holder_id = ? ORDER BY licence_no",
            (request.subject.id_number.upper(),),
        )
        out = []
        for no, kind, holder, valid_from, valid_to, issuer, revoked in rows:
            state = d.LicenceState.VALID
            if revoked:
                state = d.LicenceState.REVOKED
            elif valid_to and date.fromisoformat(valid_to) < today:
                state = d.LicenceState.EXPIRED
            out.append(
                {
                    "licence_no": no, "licence_type": kind, "holder_masked": mask_name(holder),
                    "valid_from": valid_from, "valid_to": valid_to or None, "issuer": issuer,
                    "state": state.value, "code": licence_code(self._issuer_key, no, valid_to or ""),
                }
            )  # fmt: skip
        query_id = str(uuid.uuid4())
        with self.store.tx() as db:
            db.execute(
                "INSERT INTO document_queries (query_id, app_key, terminal_id, kind, subject_masked, purpose, consent, "
                "found, queried_at) VALUES (?, ?, ?, 'licence_list', ?, ?, 1, ?, ?)",
                (query_id, app_key, terminal_id, mask_id_number(request.subject.id_number),
                 request.purpose, int(bool(out)), iso(now)),
            )  # fmt: skip
        return {"query_id": query_id, "licences": out}

    # ------------------------------------------------------------ verification

    def verify(self, code: str, *, now: float) -> dict[str, Any]:
        today = datetime.fromtimestamp(now, UTC).date()
        text = code.strip()
        if c.looks_like_certificate(text):
            return self._verify_qr(text, today)
        if is_verify_code(text):
            return self._verify_short(normalise_verify_code(text), today)
        return {"verdict": Verdict.UNKNOWN.value, "reason": "既不是证明二维码，也不是验真码。"}

    def _verify_qr(self, text: str, today: date) -> dict[str, Any]:
        check = c.verify_offline(text, keys={self.signer.kid: self.signer.public_key}, today=today)
        if check.claims is None or check.verdict in (Verdict.UNKNOWN, Verdict.FORGED, Verdict.TAMPERED):
            return {"verdict": check.verdict.value, "reason": check.reason}
        row = self._row(check.claims.verify_code)
        if row is None or row["qr_text"] != text:
            # signed by our key, yet not in the registry: the key leaked, or the registry was lost
            return {"verdict": Verdict.FORGED.value, "reason": "平台没有签发过这份证明。"}
        return self._answer(row, check.claims, today)

    def _verify_short(self, code: str, today: date) -> dict[str, Any]:
        row = self._row(code)
        if row is None:
            return {"verdict": Verdict.UNKNOWN.value, "reason": "平台没有这个验真码，请核对后重新输入。"}
        return self._answer(row, c.CertificateClaims.model_validate(json.loads(row["claims"])), today)

    def _answer(self, row: dict[str, Any], claims: c.CertificateClaims, today: date) -> dict[str, Any]:
        details = {
            "kind": claims.kind.value, "title": claims.title, "holder_masked": claims.holder,
            "holder_id_masked": claims.holder_id, "issued": claims.issued.isoformat(),
            "valid_until": claims.valid_until.isoformat(), "issuer": claims.issuer, "verify_code": claims.verify_code,
        }  # fmt: skip
        if row["revoked"]:
            return {"verdict": Verdict.REVOKED.value, "reason": "出具单位已撤销这份证明。", "certificate": details}
        if claims.valid_until < today:
            return {
                "verdict": Verdict.EXPIRED.value,
                "reason": f"有效期至 {claims.valid_until.isoformat()}，已过期。",
                "certificate": details,
            }
        return {"verdict": Verdict.GENUINE.value, "reason": "平台登记的证明，真实有效。", "certificate": details}

    def _row(self, verify_code: str) -> dict[str, Any] | None:
        rows = self.store.read(
            "SELECT claims, qr_text, revoked FROM certificates WHERE verify_code = ?", (verify_code,)
        )
        return dict(zip(("claims", "qr_text", "revoked"), rows[0], strict=True)) if rows else None

    def revoke(self, verify_code: str) -> None:
        with self.store.tx() as db:
            db.execute("UPDATE certificates SET revoked = 1 WHERE verify_code = ?", (verify_code,))

    def queries(self) -> list[dict[str, Any]]:
        cols = ("terminal_id", "kind", "subject_masked", "purpose", "consent", "found", "verify_code")
        rows = self.store.read(f"SELECT {', '.join(cols)} FROM document_queries ORDER BY queried_at, rowid")
        return [dict(zip(cols, r, strict=True)) for r in rows]

    # ------------------------------------------------------------ logging

    def _log(
        self,
        app_key: str,
        terminal_id: str,
        request: d.DocumentQueryRequest,
        *,
        found: bool,
        verify_code: str | None,
        now: float,
    ) -> str:
        query_id = str(uuid.uuid4())
        with self.store.tx() as db:
            db.execute(
                "INSERT INTO document_queries (query_id, app_key, terminal_id, kind, subject_masked, purpose, consent, "
                "found, verify_code, queried_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (query_id, app_key, terminal_id, request.kind.value, mask_id_number(request.subject.id_number),
                 request.purpose, int(request.consent), int(found), verify_code, iso(now)),
            )  # fmt: skip
        return query_id

    def _commit_log(self, query_id: str, verify_code: str | None) -> None:
        if verify_code is not None:
            with self.store.tx() as db:
                db.execute(
                    "UPDATE document_queries SET verify_code = ? WHERE query_id = ?", (verify_code, query_id)
                )

    # ------------------------------------------------------------ the documents

    def _build(
        self, request: d.DocumentQueryRequest, today: date
    ) -> tuple[bool, str, tuple[str, str, list[dict[str, Any]]]]:
        subject = request.subject
        id_number = subject.id_number.upper()
        kind = request.kind
        head = [["姓名", mask_name(subject.name)], ["公民身份号码", mask_id_number(id_number)]]
        if kind in (DocumentKind.SOCIAL_INSURANCE_RECORD, DocumentKind.INSURANCE_CERTIFICATE):
            profile = records.PROFILES.get(id_number)
            if profile is None:
                return False, "没有查到您的社会保险参保记录。", ("", "", [])
            if kind is DocumentKind.INSURANCE_CERTIFICATE:
                return True, "", _insurance_certificate(profile, head, today)
            if request.insurance_type is None or request.year is None or not 1990 <= request.year <= today.year:
                raise QueryRefused(d.QueryRefusal.OPTIONS_INVALID, "须选择险种和不晚于今年的年度")
            since = profile.since.get(request.insurance_type)
            if since is None or since.year > request.year:
                return False, f"{request.year}年没有您的{request.insurance_type.value}缴费记录。", ("", "", [])
            return True, "", _insurance_record(profile, request.insurance_type, request.year, head, today)
        if kind is DocumentKind.PROPERTY_RECORD:
            units = records.properties_of(id_number)
            if request.property_unit_no:
                unit = records.property_unit(request.property_unit_no)
                if unit is None or unit.owner_id != id_number:
                    # 不动产登记资料查询暂行办法 第十九条: only one's own records without proof of interest
                    raise QueryRefused(d.QueryRefusal.NOT_OWNER, "只能查询本人名下的不动产")
                units = [unit]
            return True, "", _property_record(units, head, today)
        # licence copy
        row = self.store.licence(request.licence_no or "")
        if row is None or row["holder_id"].upper() != id_number:
            raise QueryRefused(d.QueryRefusal.NOT_OWNER, "只能打印本人的电子证照")
        if row["revoked"]:
            return False, "这张证照已被发证机关注销，不能打印。", ("", "", [])
        if row["valid_to"] and date.fromisoformat(row["valid_to"]) < today:
            return False, "这张证照已过有效期，不能打印。", ("", "", [])
        return True, "", _licence_copy(row, head, self._issuer_key)


def _check_request(subject: d.Subject, consent: bool, purpose: str, now: float) -> None:
    if not consent:
        raise QueryRefused(d.QueryRefusal.CONSENT_REQUIRED, "查询个人信息须经本人同意（个人信息保护法第十三条）")
    if len(purpose.strip()) < 2:
        raise QueryRefused(d.QueryRefusal.PURPOSE_REQUIRED, "须写明查询用途")
    age = now - subject.card_read_at.timestamp()
    if not -60 <= age <= d.CARD_EVIDENCE_MAX_AGE_S:
        raise QueryRefused(
            d.QueryRefusal.CARD_EVIDENCE_STALE,
            f"身份证读取时间与平台相差 {age:.0f} 秒，须在 {d.CARD_EVIDENCE_MAX_AGE_S} 秒内",
        )


def _yuan(x: Decimal) -> str:
    return f"{x.quantize(Decimal('0.01'))}"


def _insurance_record(
    profile: records.InsuranceProfile, kind: InsuranceType, year: int, head: list[list[str]], today: date
) -> tuple[str, str, list[dict[str, Any]]]:
    unit_rate, own_rate = records.RATES[kind]
    first = max(profile.since[kind], date(year, 1, 1))
    last = date(year, 12, 1) if year < today.year else date(today.year, max(1, today.month - 1), 1)
    rows, unit_total, own_total, paid_months = [], Decimal(0), Decimal(0), 0
    for month in records.months(first, last):
        base = records.monthly_base(profile, month)
        if records.paid(profile, month):
            unit, own = base * unit_rate, base * own_rate
            unit_total, own_total, paid_months = unit_total + unit, own_total + own, paid_months + 1
            rows.append([f"{month:%Y-%m}", _yuan(base), _yuan(unit), _yuan(own), "已到账"])
        else:
            rows.append([f"{month:%Y-%m}", _yuan(base), "0.00", "0.00", "中断"])
    sections: list[dict[str, Any]] = [
        {"heading": "", "fields": [*head, ["险种", kind.value], ["年度", str(year)], ["参保单位", profile.employer]]},
        {"heading": f"{year}年度缴费明细（单位：元）", "columns": ["费款所属期", "缴费基数", "单位缴纳", "个人缴纳", "状态"],
         "rows": rows},
        {"heading": "年度合计", "fields": [["实缴月数", str(paid_months)], ["单位缴纳合计", _yuan(unit_total)],
                                         ["个人缴纳合计", _yuan(own_total)]]},
        {"notes": ["本记录单依据《社会保险个人权益记录管理办法》出具，信息截至打印之日。",
                   "如对记录有异议，请携带身份证到社会保险经办窗口申请核查。"]},
    ]  # fmt: skip
    return "社会保险个人权益记录单", SOCIAL_INSURANCE_ISSUER, sections


def _insurance_certificate(
    profile: records.InsuranceProfile, head: list[list[str]], today: date
) -> tuple[str, str, list[dict[str, Any]]]:
    last = date(today.year, max(1, today.month - 1), 1)
    rows = []
    for kind, since in profile.since.items():
        months = [m for m in records.months(since, last) if records.paid(profile, m)]
        rows.append([kind.value, f"{since:%Y-%m}", str(len(months)), "正常参保"])
    sections: list[dict[str, Any]] = [
        {"heading": "", "fields": [*head, ["参保单位", profile.employer], ["参保地", "云南省西双版纳州勐海县"]]},
        {"heading": "参保情况", "columns": ["险种", "参保起始年月", "累计缴费月数", "参保状态"], "rows": rows},
        {"notes": [f"兹证明上述人员截至 {today:%Y年%m月%d日} 在本地参加社会保险，情况如上。",
                   "本证明可通过扫描二维码或输入验真码核验真伪，有效期内有效。"]},
    ]  # fmt: skip
    return "社会保险参保证明", SOCIAL_INSURANCE_ISSUER, sections


def _property_record(
    units: list[records.PropertyUnit], head: list[list[str]], today: date
) -> tuple[str, str, list[dict[str, Any]]]:
    if not units:
        sections: list[dict[str, Any]] = [
            {"heading": "", "fields": [*head, ["查询范围", "云南省西双版纳州勐海县"]]},
            {"notes": [f"经查询，截至 {today:%Y年%m月%d日}，本登记机构未发现登记在上述人员名下的不动产。"]},
        ]
    else:
        rows = [
            [u.unit_no, u.certificate_no, u.location, u.use, u.area_m2, u.right_kind, f"{u.registered:%Y-%m-%d}",
             u.encumbrance]
            for u in units
        ]  # fmt: skip
        sections = [
            {"heading": "", "fields": [*head, ["查询范围", "云南省西双版纳州勐海县"], ["不动产数量", str(len(units))]]},
            {"heading": "不动产登记信息", "rows": rows,
             "columns": ["不动产单元号", "权证号", "坐落", "用途", "面积(㎡)", "权利类型", "登记日期", "抵押/查封"]},
            {"notes": ["本结果仅反映查询时点的登记簿记载，仅供权利人本人使用。"]},
        ]  # fmt: skip
    return "不动产登记信息查询结果", PROPERTY_ISSUER, sections


def _licence_copy(row: dict[str, Any], head: list[list[str]], issuer_key: str) -> tuple[str, str, list[dict[str, Any]]]:
    from reference_platform.seed import licence_code

    sections: list[dict[str, Any]] = [
        {"heading": "", "fields": [
            [*head[0]], [*head[1]], ["证照名称", row["licence_type"]], ["证照编号", row["licence_no"]],
            ["发证机关", row["issuer"]], ["有效期", f"{row['valid_from']} 至 {row['valid_to'] or '长期'}"]]},
        {"heading": "电子证照码", "fields": [["证照码", licence_code(issuer_key, row["licence_no"], row["valid_to"] or "")]]},
        {"notes": ["本打印件由电子证照生成，与电子证照具有同等效力，可扫描二维码核验。"]},
    ]  # fmt: skip
    return f"电子证照打印件（{row['licence_type']}）", LICENCE_ISSUER, sections
