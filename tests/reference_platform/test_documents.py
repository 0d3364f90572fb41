"""Document queries and certificate verification over HTTP (issue 17, protocol §8a)."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from offline_store.sync.errors import PlatformRequestRefused
from reference_platform.records import PROPERTIES
from reference_platform.seed import RESIDENTS
from reference_platform.server import ReferencePlatform
from shared.domain.certificates import DocumentKind, InsuranceType, Verdict, grouped
from shared.protocol import certificates as c
from shared.protocol import documents as d
from tests.support.platform import terminal

YAN_WEN, YU_XIANG, ZHANG, LI = RESIDENTS


def subject(resident: tuple[str, str, str], *, read_ago_s: float = 2.0) -> d.Subject:
    return d.Subject(
        id_number=resident[1],
        name=resident[0],
        card_read_at=datetime.now(UTC) - timedelta(seconds=read_ago_s),
    )


def ask(kind: DocumentKind, resident=YAN_WEN, **kw) -> d.DocumentQueryRequest:
    args = {"consent": True, "purpose": "个人留存"} | kw
    return d.DocumentQueryRequest(kind=kind, subject=subject(resident), **args)


def test_an_insurance_certificate_is_signed_masked_and_logged(ref: ReferencePlatform) -> None:
    with terminal(ref) as t:
        answer = t.query_document(ask(DocumentKind.INSURANCE_CERTIFICATE))
        keys = t.certificate_keys()
    doc = answer.document
    assert answer.found and doc is not None and doc.title == "社会保险参保证明"
    assert doc.holder_masked == "岩*" and doc.holder_id_masked == "532822********" + YAN_WEN[1][-4:]
    blob = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False)
    assert YAN_WEN[1] not in blob and YAN_WEN[0] not in blob.replace("岩*", "")
    assert base64.b64decode(doc.seal_png)[:8] == b"\x89PNG\r\n\x1a\n"
    (key,) = keys.keys
    check = c.verify_offline(
        doc.qr_text, keys={key.kid: c.public_key_from_text(key.public_key)}, today=datetime.now(UTC).date()
    )
    assert check.verdict is Verdict.GENUINE and check.claims is not None
    assert check.claims.verify_code == doc.verify_code and check.claims.digest == doc.digest
    assert doc.digest == c.document_digest([s.model_dump(mode="json") for s in doc.sections])
    (logged,) = ref.authority.queries()
    assert logged == {
        "terminal_id": "T-0001", "kind": "insurance_certificate", "subject_masked": doc.holder_id_masked,
        "purpose": "个人留存", "consent": 1, "found": 1, "verify_code": doc.verify_code,
    }  # fmt: skip


def test_the_insurance_record_follows_type_and_year(ref: ReferencePlatform) -> None:
    with terminal(ref) as t:
        year = t.query_document(
            ask(DocumentKind.SOCIAL_INSURANCE_RECORD, ZHANG, insurance_type=InsuranceType.PENSION, year=2016)
        ).document
        before = t.query_document(
            ask(DocumentKind.SOCIAL_INSURANCE_RECORD, YU_XIANG, insurance_type=InsuranceType.PENSION, year=2011)
        )
        with pytest.raises(PlatformRequestRefused) as refused:
            t.query_document(ask(DocumentKind.SOCIAL_INSURANCE_RECORD, ZHANG, insurance_type=InsuranceType.PENSION))
    assert year is not None
    table = next(s for s in year.sections if s.rows)
    assert len(table.rows) == 12 and [r[4] for r in table.rows].count("中断") == 6  # 2016-04 .. 2016-09
    assert not before.found and "2011" in before.reason  # 玉香 joined the pension in 2012
    assert refused.value.reason_code == d.QueryRefusal.OPTIONS_INVALID


def test_property_is_the_residents_own_only(ref: ReferencePlatform) -> None:
    zhang_unit = next(p for p in PROPERTIES if p.owner_id == ZHANG[1])
    with terminal(ref) as t:
        own = t.query_document(ask(DocumentKind.PROPERTY_RECORD, ZHANG)).document
        none = t.query_document(ask(DocumentKind.PROPERTY_RECORD, YU_XIANG)).document
        with pytest.raises(PlatformRequestRefused) as refused:
            t.query_document(ask(DocumentKind.PROPERTY_RECORD, YAN_WEN, property_unit_no=zhang_unit.unit_no))
    assert own is not None and len(next(s for s in own.sections if s.rows).rows) == 2
    assert none is not None and "未发现" in none.sections[-1].notes[0]
    assert refused.value.status == 422 and refused.value.reason_code == d.QueryRefusal.NOT_OWNER
    assert ref.authority.queries()[-1]["found"] == 0  # the refused query is in the log too


def test_no_consent_no_purpose_or_an_old_card_read_are_refused(ref: ReferencePlatform) -> None:
    stale = d.DocumentQueryRequest(
        kind=DocumentKind.INSURANCE_CERTIFICATE, subject=subject(YAN_WEN, read_ago_s=3600), consent=True,
        purpose="个人留存",
    )  # fmt: skip
    cases = [
        (ask(DocumentKind.INSURANCE_CERTIFICATE, consent=False), d.QueryRefusal.CONSENT_REQUIRED),
        (ask(DocumentKind.INSURANCE_CERTIFICATE, purpose=" "), d.QueryRefusal.PURPOSE_REQUIRED),
        (stale, d.QueryRefusal.CARD_EVIDENCE_STALE),
    ]
    with terminal(ref) as t:
        for request, code in cases:
            with pytest.raises(PlatformRequestRefused) as refused:
                t.query_document(request)
            assert refused.value.reason_code == code


def test_licences_are_listed_and_copied_for_their_holder_only(ref: ReferencePlatform) -> None:
    with terminal(ref) as t:
        held = t.licences_of_holder(
            d.LicencesOfHolderRequest(subject=subject(YAN_WEN), consent=True, purpose="亮证")
        ).licences
        copy = t.query_document(ask(DocumentKind.LICENCE_COPY, licence_no=held[0].licence_no)).document
        with pytest.raises(PlatformRequestRefused) as refused:
            t.query_document(ask(DocumentKind.LICENCE_COPY, YU_XIANG, licence_no=held[0].licence_no))
        revoked = t.query_document(ask(DocumentKind.LICENCE_COPY, LI, licence_no="YY53282200004"))
    assert [(h.licence_type, h.state) for h in held] == [("居民户口簿", d.LicenceState.VALID)]
    assert copy is not None and copy.title == "电子证照打印件（居民户口簿）"
    assert any(f[1] == held[0].code for s in copy.sections for f in s.fields)
    assert refused.value.reason_code == d.QueryRefusal.NOT_OWNER
    assert not revoked.found and "注销" in revoked.reason


def test_verification_online_by_qr_and_by_short_code(ref: ReferencePlatform) -> None:
    with terminal(ref) as t:
        doc = t.query_document(ask(DocumentKind.INSURANCE_CERTIFICATE)).document
        assert doc is not None
        by_qr = t.verify_certificate(code=doc.qr_text)
        by_code = t.verify_certificate(code=grouped(doc.verify_code).lower())
        unknown = t.verify_certificate(code="K7QM-2XPD-9TAF")
        garbage = t.verify_certificate(code="hello")
        ref.authority.revoke(doc.verify_code)
        revoked = t.verify_certificate(code=doc.qr_text)
    assert by_qr.verdict is Verdict.GENUINE and by_qr.certificate is not None
    assert by_qr.certificate.holder_masked == "岩*" and by_qr.certificate.title == "社会保险参保证明"
    assert by_code.verdict is Verdict.GENUINE and by_code.certificate == by_qr.certificate
    assert unknown.verdict is Verdict.UNKNOWN and garbage.verdict is Verdict.UNKNOWN
    assert revoked.verdict is Verdict.REVOKED


def _with_claims(text: str, **changes) -> str:
    """The QR with its claims changed and its signature kept (what a forger can do)."""
    _head, sig = text.split(".")
    claims = c.parse(text).claims.model_copy(update=changes).canonical()
    return "YMVC1:" + base64.urlsafe_b64encode(claims).rstrip(b"=").decode() + "." + sig


def test_forged_tampered_and_expired_codes_are_refused_online_and_offline(ref: ReferencePlatform) -> None:
    with terminal(ref) as t:
        doc = t.query_document(ask(DocumentKind.INSURANCE_CERTIFICATE)).document
        assert doc is not None
        genuine = c.parse(doc.qr_text).claims
        keys = {k.kid: c.public_key_from_text(k.public_key) for k in t.certificate_keys().keys}
        thief = c.CertificateSigner.generate()
        past = datetime.now(UTC).date() - timedelta(days=1)
        codes = {
            # another holder written into the claims, the platform's signature kept
            "tampered": _with_claims(doc.qr_text, holder="张*"),
            # signed with someone's own key, under its own key id or under the platform's
            "forged": thief.sign(genuine.model_copy(update={"kid": thief.kid})),
            "forged_as_platform": _with_claims(thief.sign(genuine.model_copy(update={"kid": thief.kid})),
                                               kid=genuine.kid),
            # really signed by the platform's key, but dated in the past and never registered
            "expired": ref.authority.signer.sign(genuine.model_copy(update={"valid_until": past})),
        }  # fmt: skip
        online = {name: t.verify_certificate(code=code).verdict for name, code in codes.items()}
        # a registered certificate past its date: the platform's clock moves 91 days on
        ref.set_faults(clock_skew_s=91 * 86400)
        later = t.verify_certificate(code=doc.qr_text)
    offline = {
        name: c.verify_offline(code, keys=keys, today=datetime.now(UTC).date()).verdict
        for name, code in codes.items()
    }
    assert offline == {
        "tampered": Verdict.TAMPERED, "forged": Verdict.FORGED, "forged_as_platform": Verdict.TAMPERED,
        "expired": Verdict.EXPIRED,
    }  # fmt: skip
    assert online == {
        "tampered": Verdict.TAMPERED, "forged": Verdict.FORGED, "forged_as_platform": Verdict.TAMPERED,
        "expired": Verdict.FORGED,  # the platform never issued a QR with that date
    }  # fmt: skip
    assert later.verdict is Verdict.EXPIRED and later.certificate is not None
    assert "已过期" in later.reason
