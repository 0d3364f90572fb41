"""Building real stores, cases and outbox events for the sync tests (what the services would write)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from offline_store.store import Store
from offline_store.sync.client import PlatformClient
from reference_platform.config import PlatformConfig, TerminalKey
from reference_platform.server import ReferencePlatform
from shared.domain.cases import CaseState, Delivery, DeliveryMethod
from shared.protocol.credentials import PlatformCredentials
from tests.support.factories import case_record, resident_id

SECRET_A = "a" * 16 + "secret-for-terminal-A-0001"
SECRET_B = "b" * 16 + "secret-for-terminal-B-0002"
ITEM_CODES = ("532822000001", "532822000002", "532822000003")


def catalog_documents(version_tag: str = "v1", extra: int = 0) -> list[dict[str, Any]]:
    """A small catalog in shared.domain.catalog's document form (kind, code, body)."""
    docs: list[dict[str, Any]] = [
        {"kind": "item_types", "code": "yn", "body": {"platform": "yn", "codes": {"01": "行政许可"}}}
    ]
    names = ["居民身份证换领", "城乡居民养老保险参保登记", "结婚登记"] + [
        f"测试事项{n}" for n in range(extra)
    ]
    for n, name in enumerate(names, 1):
        docs.append({"kind": "item", "code": f"532822{n:06d}", "body": {"name": name, "tag": version_tag}})
    docs.append({"kind": "point", "code": "P01", "body": {"name": "勐海县政务服务中心", "tag": version_tag}})
    return docs


def client_for(rp: ReferencePlatform, **kw: Any) -> PlatformClient:
    return PlatformClient(
        base_url=rp.base_url,
        credentials=PlatformCredentials("AK-T-0001", SECRET_A.encode()),
        terminal_id="T-0001",
        **kw,
    )


def platform_config(tmp_path: Path, **kw: Any) -> PlatformConfig:
    kw.setdefault("catalog_documents", tuple(catalog_documents()))
    kw.setdefault("catalog_label", "test-1")
    return PlatformConfig(
        db_path=tmp_path / "platform.db",
        terminals=(
            TerminalKey("AK-T-0001", SECRET_A, "T-0001"),
            TerminalKey("AK-T-0002", SECRET_B, "T-0002"),
        ),
        **kw,
    )


def open_store(tmp_path: Path, name: str) -> Store:
    return Store.for_tests(f"sqlite:///{tmp_path / (name + '.db')}", tmp_path / f"{name}.key")


def new_case(
    store: Store,
    *,
    terminal_id: str,
    terminal_no: int,
    item_code: str = ITEM_CODES[0],
    post: bool = False,
    n: int = 0,
    accept: bool = True,
    extra_events: int = 0,
    day: date | None = None,
) -> str:
    """A case accepted at the window with its outbox events: created, accepted, materials × extra, delivery."""
    day = day or date(2026, 3, 2)
    applicant_id = resident_id(f"532822199001{(n % 28) + 1:02d}{n % 1000:03d}")
    now = datetime.now(UTC)
    with store.unit_of_work() as uow:
        case_no = uow.cases.next_case_no(
            terminal_id=terminal_id, terminal_no=terminal_no, region_code="532822", day=day
        )
        delivery = (
            Delivery(method=DeliveryMethod.POST, address="勐海县勐海镇象山路1号") if post else Delivery()
        )
        record = case_record(
            case_no,
            item_code=item_code,
            item_name="测试事项",
            state=CaseState.ACCEPTED if accept else CaseState.SUBMITTED,
            applicant_id=applicant_id,
            applicant_name="岩温",
            applicant_phone="",
            materials=[],
            delivery=delivery,
            window_no=None,
            clerk="",
            created_at=now,
        )
        uow.cases.add(record, terminal_id=terminal_id, actor="clerk01")
        uow.outbox.add(
            kind="created",
            case_no=case_no,
            payload={"item_code": item_code, "channel": "counter", "applicant_kind": "person"},
            pii={"applicant_id": applicant_id, "applicant_name": "岩温"},
        )
        if accept:
            uow.outbox.add(
                kind="accepted", case_no=case_no, payload={"accepted_at": now.isoformat(), "window_no": 3}
            )
        for k in range(extra_events):
            uow.outbox.add(
                kind="materials",
                case_no=case_no,
                payload={"materials": [{"material_code": f"M{k}", "method": "paper_copy"}]},
            )
        if post:
            uow.outbox.add(
                kind="delivery",
                case_no=case_no,
                payload={"method": "post"},
                pii={"address": "勐海县勐海镇象山路1号"},
            )
    return case_no
