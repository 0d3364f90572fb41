"""E-licence verification, data sharing, appointments, catalog paging and HTTP edges of the platform."""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests

from offline_store.sync.errors import LicenceRefused, PlatformRequestRefused
from reference_platform.cli import main as platform_main
from reference_platform.seed import RESIDENTS, licence_code, seed_licences
from reference_platform.server import ReferencePlatform
from shared.domain.errors import ConfigError
from shared.protocol import messages as p
from tests.support.platform import make_config, terminal


def _code(rp: ReferencePlatform, n: int) -> str:
    row = seed_licences(datetime.now(UTC).date())[n]
    return licence_code(rp.config.licence_issuer_key, row["licence_no"], row["valid_to"])


def test_valid_licence_comes_back_masked(ref: ReferencePlatform) -> None:
    with terminal(ref) as c:
        lic = c.verify_licence(code=_code(ref, 0), purpose="户口簿核验", case_no="53282226030200100017")
    assert lic.licence_type == "居民户口簿" and lic.valid_to is None
    assert lic.holder_masked.startswith("岩*") and RESIDENTS[0][1] not in lic.holder_masked
    assert lic.issuer == "勐海县公安局"


@pytest.mark.parametrize("n,verdict", [(2, "expired"), (3, "revoked")])
def test_expired_and_revoked_licences_are_refused(ref: ReferencePlatform, n: int, verdict: str) -> None:
    with terminal(ref) as c, pytest.raises(LicenceRefused) as e:
        c.verify_licence(code=_code(ref, n), purpose="核验")
    assert e.value.verdict == verdict


def test_forged_licence_codes_are_refused(ref: ReferencePlatform) -> None:
    genuine = _code(ref, 1)
    forged = genuine[:-1] + ("0" if genuine[-1] != "0" else "1")
    with terminal(ref) as c:
        for code in (forged, "DZZZ:HY53282200002", "not a licence", genuine.replace("00002", "00009")):
            with pytest.raises(LicenceRefused) as e:
                c.verify_licence(code=code, purpose="核验")
            assert e.value.verdict in ("forged", "unknown")
        assert c.verify_licence(code=genuine, purpose="核验").licence_type == "结婚证"


def test_another_persons_licence_is_refused_without_saying_whose(ref: ReferencePlatform) -> None:
    code = _code(ref, 1)  # 玉香's 结婚证
    with terminal(ref) as c:
        assert c.verify_licence(code=code, purpose="核验", holder_id=RESIDENTS[1][1]).licence_no == "HY53282200002"
        with pytest.raises(LicenceRefused) as e:
            c.verify_licence(code=code, purpose="核验", holder_id=RESIDENTS[0][1])
    assert e.value.verdict == "not_holder" and "不是申请人本人" in e.value.message
    assert RESIDENTS[1][0] not in e.value.message and RESIDENTS[1][1][-4:] not in e.value.message


def test_data_sharing_answers_masked_and_logs_the_purpose(ref: ReferencePlatform) -> None:
    with terminal(ref) as c:
        hit = c.query_shared_data(
            dataset=p.SharedDataset.MARRIAGE_RECORD, subject_id=RESIDENTS[1][1], purpose="办理婚姻状况证明"
        )
        miss = c.query_shared_data(
            dataset=p.SharedDataset.SOCIAL_INSURANCE, subject_id=RESIDENTS[0][1], purpose="参保核验"
        )
    assert (
        hit.found
        and hit.record is not None
        and hit.record["婚姻状况"] == "已婚"
        and hit.record["姓名"] == "玉*"
    )
    assert not miss.found and miss.record is None
    log = ref.store.data_queries()
    assert [row[2] for row in log] == ["办理婚姻状况证明", "参保核验"]
    assert all(
        RESIDENTS[1][1] not in str(row) for row in log
    )  # the platform's own log keeps the masked number only


def test_data_sharing_without_a_purpose_is_refused(ref: ReferencePlatform) -> None:
    import json

    from shared.protocol import signing as s

    body = json.dumps({"dataset": "marriage_record", "subject_id": RESIDENTS[1][1], "purpose": ""}).encode()
    h = s.sign_request(
        app_key="AK1", secret=b"1" * 40, method="POST", path_with_query=p.PATH_DATA_SHARING, body=body
    )
    r = requests.post(ref.base_url + p.PATH_DATA_SHARING, data=body, headers=h.as_dict(), timeout=5)
    assert r.status_code == 400 and "purpose" in r.json()["error"]["message"]


def test_appointments_feed_pages_by_cursor(ref: ReferencePlatform) -> None:
    with terminal(ref) as c:
        first = c.appointments(cursor="", limit=3)
        rest = c.appointments(cursor=first.next_cursor, limit=3)
        empty = c.appointments(cursor=rest.next_cursor, limit=3)
    assert len(first.items) == 3 and first.has_more
    assert len(rest.items) == 1 and not rest.has_more and empty.items == []
    assert all("*" in a.applicant_name_masked and "****" in a.phone_masked for a in first.items)


def test_catalog_pages_and_retired_versions(ref: ReferencePlatform) -> None:
    with terminal(ref) as c:
        m = c.catalog_manifest()
        page = c.catalog_page(version=m.version, offset=0, limit=2)
        assert [d["code"] for d in page.items] == ["532822000001", "532822000002"] and page.total == 3
        for n in range(6):
            ref.publish_catalog([{"kind": "item", "code": "532822000001", "body": {"rev": n}}])
        with pytest.raises(PlatformRequestRefused) as e:
            c.catalog_page(version=1, offset=0, limit=2)
        assert e.value.status == 410
        with pytest.raises(PlatformRequestRefused) as e:
            c.catalog_changes(since=1, offset=0, limit=10)
        assert e.value.reason_code == "delta_unavailable"
        with pytest.raises(PlatformRequestRefused) as e:
            c.catalog_page(version=99, offset=0, limit=2)
        assert e.value.status == 404


def test_unknown_route_wrong_method_and_oversized_request(ref: ReferencePlatform) -> None:
    from shared.protocol import signing as s

    def call(method: str, path: str, body: bytes = b"") -> requests.Response:
        h = s.sign_request(app_key="AK1", secret=b"1" * 40, method=method, path_with_query=path, body=body)
        return requests.request(method, ref.base_url + path, data=body, headers=h.as_dict(), timeout=5)

    assert call("GET", "/v1/nothing").json()["error"]["code"] == "not_found"
    assert call("GET", p.PATH_EVENTS).status_code == 405
    big = requests.post(
        ref.base_url + p.PATH_EVENTS, data=b"x" * (ref.config.max_request_bytes + 1), timeout=10
    )
    assert big.status_code == 413


def test_platform_refuses_to_listen_beyond_loopback_by_default(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="本机"):
        ReferencePlatform(make_config(tmp_path, host="0.0.0.0"))


def test_issue_credentials_cli_writes_an_owner_only_file(tmp_path: Path) -> None:
    out = tmp_path / "keys" / "platform.toml"
    assert (
        platform_main(
            [
                "issue-credentials",
                "--terminal-id",
                "T-0042",
                "--out",
                str(out),
                "--db",
                str(tmp_path / "p.db"),
            ]
        )
        == 0
    )
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    from shared.protocol.credentials import load_credentials

    creds = load_credentials(out)
    rp = ReferencePlatform(make_config(tmp_path).__class__(db_path=tmp_path / "p.db", catalog_documents=()))
    try:
        assert rp.store.terminal_key(creds.app_key) is not None
    finally:
        rp.stop()
