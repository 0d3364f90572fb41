"""Status light, the self-service brake, back-off, and the credentials file check."""

from __future__ import annotations

import os
import random
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from offline_store.sqltypes import utc_now
from offline_store.store import Store
from offline_store.sync.errors import CredentialsError
from offline_store.sync.status import Light, SyncStatus, may_accept_self_service, read_status
from offline_store.sync.worker import backoff_delay
from shared.domain.settings import PlatformSettings
from shared.protocol.credentials import PlatformCredentials, load_credentials, write_credentials
from tests.support.sync import new_case


def _status(**kw: object) -> SyncStatus:
    base = dict(online=True, backlog=0, pending=0, quarantined=0, blocked=0, oldest_pending_age_s=None,
                last_success_at=utc_now(), last_attempt_at=utc_now(), last_error="", last_error_kind="",
                catalog_version="1", clock_offset_s=0.0, light=Light.GREEN, words="")  # fmt: skip
    return SyncStatus(**(base | kw))  # type: ignore[arg-type]


def test_self_service_allowed_within_limits() -> None:
    assert may_accept_self_service(_status(backlog=10), PlatformSettings()) == (True, "")


def test_self_service_refused_past_the_backlog_limit() -> None:
    ok, why = may_accept_self_service(_status(backlog=501), PlatformSettings(max_backlog=500))
    assert not ok and "501" in why and "500" in why and "窗口" in why


def test_self_service_refused_after_too_many_days_without_sync() -> None:
    ok, why = may_accept_self_service(
        _status(last_success_at=utc_now() - timedelta(days=8)), PlatformSettings(max_days_since_sync=7)
    )
    assert not ok and "8 天" in why
    never = _status(last_success_at=None, oldest_pending_age_s=9 * 86400.0, backlog=3)
    assert may_accept_self_service(never, PlatformSettings())[0] is False
    fresh = _status(last_success_at=None, oldest_pending_age_s=None)
    assert may_accept_self_service(fresh, PlatformSettings())[0] is True


def test_status_of_a_fresh_store_is_grey_then_counts_backlog(store: Store) -> None:
    st0 = read_status(store)
    assert st0.light is Light.GREY and st0.backlog == 0 and st0.online is None
    new_case(store, terminal_id="T-0001", terminal_no=1)
    st1 = read_status(store, now=utc_now() + timedelta(hours=3))
    assert (
        st1.backlog == 2 and st1.oldest_pending_age_s is not None and st1.oldest_pending_age_s >= 3 * 3600 - 5
    )
    assert "2 条待上传" in st1.words
    st2 = read_status(store, max_backlog=1)
    assert st2.light is Light.RED and "上限 1" in st2.words
    assert set(st2.to_dict()) >= {"online", "backlog", "light", "words", "last_success_at"}


@given(failures=st.integers(min_value=1, max_value=60), seed=st.integers(0, 1000))
def test_backoff_grows_then_caps_with_jitter(failures: int, seed: int) -> None:
    rng = random.Random(seed)
    d = backoff_delay(failures, base_s=2.0, max_s=300.0, rng=rng)
    ceiling = min(300.0, 2.0 * 2 ** (failures - 1))
    assert ceiling / 2 <= d <= ceiling


def test_credentials_round_trip_with_owner_only_file(tmp_path: Path) -> None:
    path = write_credentials(tmp_path / "k" / "platform.toml", PlatformCredentials("AK1", b"s" * 40))
    creds = load_credentials(path)
    assert creds.app_key == "AK1" and creds.secret == b"s" * 40
    assert "s" * 40 not in repr(creds)


def test_credentials_readable_by_others_are_refused(tmp_path: Path) -> None:
    path = write_credentials(tmp_path / "platform.toml", PlatformCredentials("AK1", b"s" * 40))
    os.chmod(path, 0o644)
    with pytest.raises(CredentialsError, match="chmod 600"):
        load_credentials(path)


@pytest.mark.parametrize("text,problem", [
    ('app_key = "AK1"\n', "secret"),
    ('secret = "' + "s" * 40 + '"\n', "app_key"),
    ('app_key = "AK1"\nsecret = "short"\n', "过短"),
    ("app_key = \n", "TOML"),
])  # fmt: skip
def test_malformed_credentials_are_refused_with_the_reason(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "platform.toml"
    path.write_text(text)
    os.chmod(path, 0o600)
    with pytest.raises(CredentialsError, match=problem):
        load_credentials(path)


def test_missing_credentials_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(CredentialsError) as e:
        load_credentials(tmp_path / "none.toml")
    assert "chmod 600" in e.value.hint


def test_worker_from_settings_checks_the_credentials_file(tmp_path: Path, store: Store) -> None:
    from offline_store.sync.worker import SyncWorker
    from shared.domain.settings import Settings

    creds = tmp_path / "platform.toml"
    write_credentials(creds, PlatformCredentials("AK1", b"s" * 40))
    os.chmod(creds, 0o640)
    settings = Settings(platform=PlatformSettings(credentials_file=creds))
    with pytest.raises(CredentialsError):
        SyncWorker.from_settings(settings, store)
    os.chmod(creds, 0o600)
    worker = SyncWorker.from_settings(settings, store)
    assert worker.client.credentials.app_key == "AK1"  # type: ignore[attr-defined]
