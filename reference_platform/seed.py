"""The small made-up dataset the reference platform answers from.

Everyone here is fictional; ID numbers are built with a valid GB 11643-1999 check
digit so the terminal's own validation accepts them. Calendar years come from the
public State Council holiday notices as packaged by ``chinesecalendar``.
"""

from __future__ import annotations

import logging
import uuid
from datetime import date, timedelta
from typing import Any

from cryptography.hazmat.primitives import hashes, hmac

from reference_platform.store import PlatformStore
from shared.domain import payloads
from shared.domain.errors import YimenError
from shared.domain.masking import mask_name, mask_phone

log = logging.getLogger(__name__)



def id_with_check(first17: str) -> str:
    # GB 11643-1999: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, sum mod 11 indexes 10X98765432
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c) * w for c, w in zip(first17, weights, strict=True))
    return first17 + "10X98765432"[total % 11]


# (name, id number, phone): residents of 勐海县 (532822) in the demo
RESIDENTS = (
    ("岩温", id_with_check("53282219800101001"), "13887810001"),
    ("玉香", id_with_check("53282219850315002"), "13887810002"),
    ("张建华", id_with_check("53282219720908003"), "13887810003"),
    ("李明芳", id_with_check("53282219951120004"), "13887810004"),
)


def licence_seal(issuer_key: str, licence_no: str, valid_to: str) -> str:
    mac = hmac.HMAC(issuer_key.encode("utf-8"), hashes.SM3())
    mac.update(f"{licence_no}|{valid_to}".encode())
    return mac.finalize().hex()[:16]


def licence_code(issuer_key: str, licence_no: str, valid_to: str) -> str:
    """The text of an e-licence QR code (``DZZZ:<licence_no>:<seal>``, docs/upstream-protocol.md §8)."""
    return payloads.licence_code(licence_no=licence_no, seal=licence_seal(issuer_key, licence_no, valid_to))


def seed_licences(today: date) -> list[dict[str, Any]]:
    long_ago = today.replace(year=today.year - 3)
    return [
        {  # valid, long term
            "licence_no": "JY53282200001", "licence_type": "居民户口簿", "holder_name": RESIDENTS[0][0],
            "holder_id": RESIDENTS[0][1], "valid_from": long_ago.isoformat(), "valid_to": "", "issuer": "勐海县公安局", "revoked": 0,
        },
        {  # valid until next year
            "licence_no": "HY53282200002", "licence_type": "结婚证", "holder_name": RESIDENTS[1][0],
            "holder_id": RESIDENTS[1][1], "valid_from": long_ago.isoformat(),
            "valid_to": today.replace(year=today.year + 1).isoformat(), "issuer": "勐海县民政局", "revoked": 0,
        },
        {  # expired yesterday
            "licence_no": "CJ53282200003", "licence_type": "残疾人证", "holder_name": RESIDENTS[2][0],
            "holder_id": RESIDENTS[2][1], "valid_from": long_ago.isoformat(),
            "valid_to": (today - timedelta(days=1)).isoformat(), "issuer": "勐海县残疾人联合会", "revoked": 0,
        },
        {  # revoked by the issuer
            "licence_no": "YY53282200004", "licence_type": "营业执照", "holder_name": RESIDENTS[3][0],
            "holder_id": RESIDENTS[3][1], "valid_from": long_ago.isoformat(), "valid_to": "",
            "issuer": "勐海县市场监督管理局", "revoked": 1,
        },
        {  # valid, long term: the simulated card reader's elderly resident (devices/idcard/sample_cards.yaml)
            "licence_no": "JY53282200005", "licence_type": "居民户口簿", "holder_name": "玉罕",
            "holder_id": "532822195603120029", "valid_from": long_ago.isoformat(), "valid_to": "",
            "issuer": "勐海县公安局", "revoked": 0,
        },
    ]  # fmt: skip


def seed_shared_records() -> list[tuple[str, str, dict[str, str]]]:
    out: list[tuple[str, str, dict[str, str]]] = []
    for name, id_no, _phone in RESIDENTS[:3]:
        out.append(
            ("household_register", id_no, {"姓名": mask_name(name), "户主": mask_name(RESIDENTS[0][0]),
             "与户主关系": "本人" if id_no == RESIDENTS[0][1] else "配偶", "户籍地": "云南省西双版纳州勐海县勐海镇****",
             "户籍状态": "正常"})
        )  # fmt: skip
    out.append(("marriage_record", RESIDENTS[1][1], {"姓名": mask_name(RESIDENTS[1][0]), "婚姻状况": "已婚",
                "登记日期": "2010-05-20", "登记机关": "勐海县民政局"}))  # fmt: skip
    out.append(("social_insurance", RESIDENTS[2][1], {"姓名": mask_name(RESIDENTS[2][0]), "参保状态": "正常参保",
                "险种": "城乡居民基本养老保险", "参保地": "勐海县", "累计缴费月数": "156"}))  # fmt: skip
    out.append(("property_register", RESIDENTS[0][1], {"权利人": mask_name(RESIDENTS[0][0]), "不动产单元号":
                "532822001001GB00012F0001****", "坐落": "勐海县勐海镇****", "权利类型": "宅基地使用权/房屋所有权",
                "登记状态": "现势"}))  # fmt: skip
    return out


def calendar_days(year: int) -> list[dict[str, str]] | None:
    """Holidays and make-up working days of ``year``; None past the packaged coverage."""
    from chinese_calendar.constants import holidays, workdays

    days = [
        {"day": d.isoformat(), "kind": "holiday", "name": n} for d, n in holidays.items() if d.year == year
    ]
    days += [
        {"day": d.isoformat(), "kind": "workday", "name": n} for d, n in workdays.items() if d.year == year
    ]
    if not days:
        return None
    return sorted(days, key=lambda x: x["day"])


def seed_appointments(hall_code: str, today: date, item_codes: list[str]) -> list[dict[str, Any]]:
    out = []
    for n, (name, _id, phone) in enumerate(RESIDENTS):
        start = 9 * 60 + 30 * n
        out.append(
            {
                "appointment_id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"yimen-ref/{hall_code}/{n}")),
                "booking_code": f"YY{today:%m%d}{n + 1:04d}",
                "item_code": item_codes[n % len(item_codes)] if item_codes else "000000000000",
                "hall_code": hall_code,
                "day": (today + timedelta(days=1 + n % 2)).isoformat(),
                "slot_start": f"{start // 60:02d}:{start % 60:02d}",
                "slot_end": f"{(start + 30) // 60:02d}:{(start + 30) % 60:02d}",
                "applicant_name_masked": mask_name(name),
                "phone_masked": mask_phone(phone),
                "state": "booked",
                "version": 1,
            }
        )
    return out


def demo_catalog_documents() -> tuple[list[dict[str, Any]], str]:
    """The demo catalog as store documents, with its label.

    Falls back to a three-item placeholder (logged) when the packaged demo catalog
    cannot be loaded, so the platform still starts for protocol work.
    """
    try:
        from shared.domain.catalog.loader import load_demo_catalog

        catalog = load_demo_catalog()
    except (ImportError, YimenError) as e:
        log.warning("demo catalog unavailable (%s); publishing a placeholder catalog", str(e).splitlines()[0])
        return placeholder_catalog_documents(), "placeholder"
    return [dict(d) for d in catalog.to_documents()], catalog.version


def placeholder_catalog_documents() -> list[dict[str, Any]]:
    names = ("居民身份证换领", "城乡居民养老保险参保登记", "结婚登记")
    return [
        {"kind": "item", "code": f"53282200000{n}", "body": {"name": name}} for n, name in enumerate(names, 1)
    ]


def seed_store(
    store: PlatformStore, *, today: date, hall_codes: tuple[str, ...], item_codes: list[str]
) -> None:
    """Fill an empty store once: licences, shared records, appointments, calendar years."""
    if store.read("SELECT 1 FROM licences LIMIT 1"):
        return
    for row in seed_licences(today):
        store.put_licence(**row)
    for dataset, subject, record in seed_shared_records():
        store.put_shared_record(dataset, subject, record)
    for hall in hall_codes:
        for appt in seed_appointments(hall, today, item_codes):
            store.add_appointment(appt)
    for year in range(today.year - 1, today.year + 2):
        days = calendar_days(year)
        if days:
            store.publish_calendar_year(year, days)
