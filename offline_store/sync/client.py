"""HTTP client of the Yimen v1 upstream protocol.

Every request is signed (HMAC-SM3, see :mod:`shared.protocol.signing`); every
answer is checked before anything trusts it: size capped while streaming,
signature of the platform verified, JSON parsed strictly into the protocol
models. What can go wrong surfaces as one of four typed errors:

* :class:`PlatformUnavailable` — no connection, timeout, 5xx/429: retry later;
* :class:`PlatformProtocolError` — the answer is not the protocol (bad JSON, wrong
  shape, oversized, unsigned — e.g. a captive portal of the village network);
* :class:`PlatformAuthError` — credentials, signature, clock or nonce refused;
* :class:`PlatformRequestRefused` — a well-formed refusal (4xx) with a reason code.

One client holds one ``requests.Session``; use one client per thread.
"""

from __future__ import annotations

import json
import logging
import netrc  # noqa: F401  requests imports it on the first request: here, with this module, not first on a worker
import time
from typing import Any, TypeVar
from urllib.parse import quote, urlencode, urlsplit

import requests
from pydantic import BaseModel
from pydantic import ValidationError as PydanticValidationError

from offline_store.sync.errors import (
    LicenceRefused,
    PlatformAuthError,
    PlatformProtocolError,
    PlatformRequestRefused,
    PlatformUnavailable,
)
from shared.domain.words import words
from shared.protocol import documents as d
from shared.protocol import messages as p
from shared.protocol.credentials import PlatformCredentials, load_credentials
from shared.protocol.signing import (
    HEADER_NONCE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
    response_signature_matches,
    sign_request,
)

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

_CHUNK = 64 * 1024
_VERDICT_WORDS = {
    p.LicenceVerdict.FORGED: words("电子证照验证失败：证照码无效或被篡改"),
    p.LicenceVerdict.EXPIRED: words("电子证照已过有效期"),
    p.LicenceVerdict.REVOKED: words("电子证照已被发证机关注销"),
    p.LicenceVerdict.UNKNOWN: words("发证机关查无此证照"),
    p.LicenceVerdict.NOT_HOLDER: words("这张电子证照不是申请人本人的"),
}


class PlatformClient:
    """Signed, strictly validating client for one terminal."""

    def __init__(
        self,
        *,
        base_url: str,
        credentials: PlatformCredentials,
        terminal_id: str,
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 10.0,
        ca_bundle: str | None = None,
        max_response_bytes: int = p.MAX_RESPONSE_BYTES,
        adjust_clock: bool = True,
        require_signed_responses: bool = True,
    ) -> None:
        parts = urlsplit(base_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"platform base_url must be http(s)://host[:port][/prefix], got {base_url!r}")
        self.base_url = base_url.rstrip("/")
        self._prefix = parts.path.rstrip("/")
        self.credentials = credentials
        self.terminal_id = terminal_id
        self.timeouts = (connect_timeout_s, read_timeout_s)
        # production: the province's CA bundle; True: the system store
        self.verify: str | bool = ca_bundle or True
        self.max_response_bytes = max_response_bytes
        self.adjust_clock = adjust_clock
        self.require_signed_responses = require_signed_responses
        # seconds to add to the local clock so our timestamps match the platform's (learned from clock_skew)
        self.clock_offset_s = 0.0
        self._session = requests.Session()
        self._session.headers["User-Agent"] = "yimen-sync/1"

    @classmethod
    def from_settings(cls, settings: Any) -> PlatformClient:
        """Build from :class:`shared.domain.settings.Settings`; checks the credentials file (0600)."""
        ps = settings.platform
        return cls(
            base_url=ps.base_url,
            credentials=load_credentials(ps.credentials_file),
            terminal_id=settings.terminal.id,
            connect_timeout_s=ps.connect_timeout_s,
            read_timeout_s=ps.read_timeout_s,
            ca_bundle=str(ps.ca_bundle) if ps.ca_bundle else None,
        )

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> PlatformClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ protocol operations

    def ping(self) -> p.Pong:
        return self._call("GET", p.PATH_PING, model=p.Pong)

    def register(self, request: p.RegisterRequest) -> p.RegisterResponse:
        return self._call("POST", p.PATH_REGISTER, body=request, model=p.RegisterResponse)

    def upload_events(self, events: list[p.CaseEvent]) -> p.EventBatchResult:
        """Send one batch; the answer must name every sent event exactly once."""
        batch = p.EventBatch(terminal_id=self.terminal_id, events=events)
        result = self._call("POST", p.PATH_EVENTS, body=batch, model=p.EventBatchResult)
        sent = [e.event_id for e in events]
        answered = [r.event_id for r in result.results]
        if sorted(map(str, sent)) != sorted(map(str, answered)):
            raise PlatformProtocolError(
                words("平台对 {n_sent} 条事件的答复不完整或有多余（答复 {n_answered} 条）。", n_sent=len(sent), n_answered=len(answered)),
                hint="本批事件保持待发，稍后重发；平台去重保证不会重复入库。",
            )
        return result

    def status_feed(self, *, cursor: str, limit: int = 200) -> p.StatusFeedPage:
        return self._call(
            "GET", p.PATH_STATUS_FEED, params={"cursor": cursor, "limit": limit}, model=p.StatusFeedPage
        )

    def catalog_manifest(self) -> p.CatalogManifest:
        return self._call("GET", p.PATH_CATALOG_MANIFEST, model=p.CatalogManifest)

    def catalog_page(self, *, version: int, offset: int, limit: int) -> p.CatalogPage:
        page = self._call(
            "GET",
            p.PATH_CATALOG_ITEMS.format(version=version),
            params={"offset": offset, "limit": limit},
            model=p.CatalogPage,
        )
        if page.version != version or page.offset != offset:
            raise PlatformProtocolError(
                words("平台返回了错误的目录分页（版本 {version}，偏移 {offset}）。", version=page.version, offset=page.offset)
            )
        return page

    def catalog_lines(
        self, *, version: int, offset: int, limit: int
    ) -> tuple[p.CatalogPageHead, list[bytes]]:
        """A catalog page as its canonical documents, one ``bytes`` line each, undecoded: what
        the full download hashes and stores (issue 13: no JSON decoding of 100,000 items)."""
        content = self._call_raw(
            "GET",
            p.PATH_CATALOG_ITEMS.format(version=version),
            params={"offset": offset, "limit": limit, "format": "ndjson"},
        )
        lines = content.split(b"\n")
        if not lines or lines[-1] != b"":
            raise PlatformProtocolError("平台返回的目录分页不完整（缺少最后的换行）。")
        head = _parse(p.CatalogPageHead, lines[0])
        docs = lines[1:-1]
        if head.version != version or head.offset != offset or head.count != len(docs):
            raise PlatformProtocolError(
                words("平台返回了错误的目录分页（版本 {version}，偏移 {offset}，{n_docs}/{count} 条）。", version=head.version, offset=head.offset, n_docs=len(docs), count=head.count)
            )
        return head, docs

    def catalog_changes(self, *, since: int, offset: int, limit: int) -> p.CatalogChangesPage:
        page = self._call(
            "GET",
            p.PATH_CATALOG_CHANGES,
            params={"since": since, "offset": offset, "limit": limit},
            model=p.CatalogChangesPage,
        )
        if page.from_version != since or page.offset != offset:
            raise PlatformProtocolError(
                words("平台返回了错误的目录增量分页（自版本 {from_version}，偏移 {offset}）。", from_version=page.from_version, offset=page.offset)
            )
        return page

    def calendar_index(self) -> p.CalendarIndex:
        return self._call("GET", p.PATH_CALENDAR_INDEX, model=p.CalendarIndex)

    def calendar_year(self, year: int) -> p.CalendarYear:
        cal = self._call("GET", p.PATH_CALENDAR_YEAR.format(year=int(year)), model=p.CalendarYear)
        if cal.year != year or any(d.day.year != year for d in cal.days):
            raise PlatformProtocolError(words("平台返回的节假日数据不是 {year} 年的。", year=year))
        return cal

    def verify_licence(
        self, *, code: str, purpose: str, case_no: str | None = None, holder_id: str | None = None
    ) -> p.LicenceDetails:
        """The licence behind an e-licence code; raises :class:`LicenceRefused` unless it is
        valid (and, with ``holder_id``, held by that person)."""
        answer = self._call(
            "POST",
            p.PATH_LICENCE_VERIFY,
            body=p.LicenceVerifyRequest(code=code, purpose=purpose, case_no=case_no, holder_id=holder_id),
            model=p.LicenceVerification,
        )
        if answer.verdict is p.LicenceVerdict.VALID:
            if answer.licence is None:
                raise PlatformProtocolError("平台称证照有效，却没有返回证照信息。")
            return answer.licence
        verdict = _VERDICT_WORDS.get(answer.verdict, words("电子证照未通过核验"))
        raise LicenceRefused(
            words("{verdict}（{reason}）", verdict=verdict, reason=answer.reason) if answer.reason else verdict,
            verdict=answer.verdict.value,
            hint="请申请人出示纸质原件，或到发证机关核实。",
        )

    def query_shared_data(
        self, *, dataset: p.SharedDataset, subject_id: str, purpose: str, case_no: str | None = None
    ) -> p.DataSharingAnswer:
        answer = self._call(
            "POST",
            p.PATH_DATA_SHARING,
            body=p.DataSharingRequest(
                dataset=dataset, subject_id=subject_id, purpose=purpose, case_no=case_no
            ),
            model=p.DataSharingAnswer,
        )
        if answer.dataset != p.SharedDataset(dataset):
            raise PlatformProtocolError(words("平台返回了 {dataset} 的数据，而查询的是 {dataset2}。", dataset=answer.dataset, dataset2=dataset))
        return answer

    # ------------------------------------------------------------ documents and certificates (§8a)

    def query_document(self, request: d.DocumentQueryRequest) -> d.DocumentQueryAnswer:
        """A document about the resident whose card was just read; refusals raise
        :class:`PlatformRequestRefused` with a :class:`~shared.protocol.documents.QueryRefusal` code."""
        answer = self._call("POST", d.PATH_DOCUMENT_QUERY, body=request, model=d.DocumentQueryAnswer)
        if answer.found and (answer.document is None or answer.document.kind != request.kind):
            raise PlatformProtocolError("平台称查到了文书，却没有返回所查的那种文书。")
        return answer

    def licences_of_holder(self, request: d.LicencesOfHolderRequest) -> d.LicencesOfHolder:
        return self._call("POST", d.PATH_LICENCES_OF_HOLDER, body=request, model=d.LicencesOfHolder)

    def verify_certificate(self, *, code: str, purpose: str = "核验证明真伪") -> d.CertificateVerification:
        return self._call(
            "POST",
            d.PATH_CERTIFICATE_VERIFY,
            body=d.CertificateVerifyRequest(code=code, purpose=purpose),
            model=d.CertificateVerification,
        )

    def certificate_keys(self) -> d.CertificateKeys:
        return self._call("GET", d.PATH_CERTIFICATE_KEYS, model=d.CertificateKeys)

    def appointments(self, *, cursor: str, limit: int = 200) -> p.AppointmentsPage:
        return self._call(
            "GET", p.PATH_APPOINTMENTS, params={"cursor": cursor, "limit": limit}, model=p.AppointmentsPage
        )

    # ------------------------------------------------------------ transport

    def _call(
        self,
        method: str,
        path: str,
        *,
        model: type[M],
        params: dict[str, Any] | None = None,
        body: BaseModel | None = None,
    ) -> M:
        raw = body.model_dump_json().encode("utf-8") if body is not None else b""
        return _parse(model, self._call_raw(method, path, params=params, raw=raw))

    def _call_raw(
        self, method: str, path: str, *, params: dict[str, Any] | None = None, raw: bytes = b""
    ) -> bytes:
        """The answer's body, signature checked; JSON unless ``format=ndjson`` was asked for."""
        try:
            return self._call_once(method, path, params=params, raw=raw)
        except PlatformAuthError as e:
            if e.reason_code != p.AuthFailure.CLOCK_SKEW or not self.adjust_clock or e.server_time is None:
                raise
            # village PCs often run minutes or hours off; follow the platform's clock and say so in the status
            self.clock_offset_s = e.server_time - time.time()
            log.warning(
                "platform clock differs from ours by %+.0f s; following the platform", self.clock_offset_s
            )
            return self._call_once(method, path, params=params, raw=raw)

    def _call_once(self, method: str, path: str, *, params: dict[str, Any] | None, raw: bytes) -> bytes:
        full_path = self._prefix + path
        if params:
            full_path += "?" + urlencode(params, quote_via=quote)
        signed = sign_request(
            app_key=self.credentials.app_key,
            secret=self.credentials.secret,
            method=method,
            path_with_query=full_path,
            body=raw,
            timestamp=int(time.time() + self.clock_offset_s),
        )
        want = p.NDJSON if params and params.get("format") == "ndjson" else "application/json"
        headers = signed.as_dict() | {"Accept": want}
        if raw:
            headers["Content-Type"] = "application/json"
        url = self.base_url[: len(self.base_url) - len(self._prefix)] + full_path
        started = time.monotonic()
        try:
            resp = self._session.request(
                method,
                url,
                data=raw or None,
                headers=headers,
                timeout=self.timeouts,
                stream=True,
                verify=self.verify,
            )
        except requests.exceptions.SSLError as e:
            raise PlatformUnavailable(
                words("与平台的加密连接建立失败：{name}", name=e.__class__.__name__),
                hint="检查 platform.ca_bundle 是否为省平台的根证书，以及本机时间是否正确。",
            ) from None
        except (requests.exceptions.Timeout, requests.exceptions.ConnectionError) as e:
            raise PlatformUnavailable(
                words("无法连接省平台：{name}", name=e.__class__.__name__), hint="网络恢复后会自动重试。"
            ) from None
        except requests.exceptions.RequestException as e:
            raise PlatformUnavailable(
                words("请求省平台失败：{name}", name=e.__class__.__name__), hint="稍后会自动重试。"
            ) from None
        with resp:
            content = self._read_capped(resp, started)
        log.debug(
            "%s %s -> %s (%d bytes, %.0f ms)",
            method,
            path,
            resp.status_code,
            len(content),
            1000 * (time.monotonic() - started),
        )
        status = resp.status_code
        if status >= 500 or status == 429:
            raise PlatformUnavailable(words("省平台暂时不可用（HTTP {status}）。", status=status), hint="稍后会自动重试。")
        self._check_response_signature(resp, content, signed.nonce, status)
        if 200 <= status < 300:
            ctype = resp.headers.get("Content-Type", "")
            if not ctype.startswith(want):
                raise PlatformProtocolError(words("省平台返回了非 JSON 内容（{value}）。", value=ctype or "无类型"))
            return content
        self._raise_refusal(status, content)
        raise AssertionError("unreachable")

    def _read_capped(self, resp: requests.Response, started: float) -> bytes:
        cap = self.max_response_bytes
        declared = resp.headers.get("Content-Length")
        if declared is not None and declared.isdigit() and int(declared) > cap:
            raise PlatformProtocolError(
                words("省平台的答复过大（{declared} 字节，上限 {cap}）。", declared=int(declared), cap=cap), hint="请联系平台运维。"
            )
        # a slow drip must not hold the worker forever: the whole body within a few read timeouts
        deadline = started + self.timeouts[0] + 3 * self.timeouts[1]
        buf = bytearray()
        try:
            for chunk in resp.iter_content(_CHUNK):
                buf += chunk
                if len(buf) > cap:
                    raise PlatformProtocolError(
                        words("省平台的答复超过上限 {cap} 字节，已中止读取。", cap=cap), hint="请联系平台运维。"
                    )
                if time.monotonic() > deadline:
                    raise PlatformUnavailable("省平台的答复传输过慢，已中止。", hint="稍后会自动重试。")
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
            requests.exceptions.Timeout,
        ):
            raise PlatformUnavailable("读取省平台答复时连接中断。", hint="稍后会自动重试。") from None
        except requests.exceptions.ContentDecodingError:
            raise PlatformProtocolError("省平台答复的压缩数据损坏。") from None
        return bytes(buf)

    def _check_response_signature(
        self, resp: requests.Response, content: bytes, nonce: str, status: int
    ) -> None:
        sig = resp.headers.get(HEADER_SIGNATURE)
        echoed = resp.headers.get(HEADER_NONCE)
        ts = resp.headers.get(HEADER_TIMESTAMP, "")
        if status == 401:
            # the platform cannot sign for an AppKey it does not know, nor in a way a wrong secret can
            # check: a 401 is read for its reason code and trusted no further
            return
        if sig is None:
            if not self.require_signed_responses:
                return
            raise PlatformProtocolError(
                words("答复没有平台签名（HTTP {status}），可能来自网络设备而非省平台。", status=status),
                hint="检查网络是否需要认证登录（如酒店/村网认证页），或 base_url 是否正确。",
            )
        ok = (
            echoed == nonce
            and ts.isdigit()
            and response_signature_matches(
                secret=self.credentials.secret,
                status=status,
                timestamp=int(ts),
                request_nonce=nonce,
                body=content,
                signature=sig,
            )
        )
        if not ok:
            raise PlatformProtocolError(
                "省平台答复的签名不正确，答复已丢弃。", hint="可能被篡改；若持续出现请联系平台运维。"
            )

    def _raise_refusal(self, status: int, content: bytes) -> None:
        err = _parse(p.ErrorEnvelope, content).error
        if status in (401, 403):
            hints = {
                p.AuthFailure.CLOCK_SKEW: "校准本机时间（与北京时间相差不超过5分钟）。",
                p.AuthFailure.UNKNOWN_APP_KEY: "检查平台凭据文件中的 app_key，或请平台管理员开通本终端。",
                p.AuthFailure.BAD_SIGNATURE: "检查平台凭据文件中的 secret 是否与平台登记的一致。",
                p.AuthFailure.TERMINAL_DISABLED: "本终端已被平台停用，请联系平台管理员。",
            }
            raise PlatformAuthError(
                words("省平台拒绝了本终端的身份验证：{message}（{code}）", message=err.message, code=err.code),
                reason_code=err.code,
                server_time=err.server_time,
                hint=hints.get(p.AuthFailure(err.code), "请联系平台管理员。")
                if err.code in set(p.AuthFailure)
                else "请联系平台管理员。",
            )
        raise PlatformRequestRefused(
            words("省平台拒绝了请求：{message}（{code}）", message=err.message, code=err.code), status=status, reason_code=err.code
        )


def _parse(model: type[M], content: bytes) -> M:
    try:
        return model.model_validate_json(content, strict=True)
    except PydanticValidationError as e:
        first = e.errors()[0]
        if first["type"] == "json_invalid":
            raise PlatformProtocolError(
                "省平台答复不是有效的 JSON。", hint="稍后会重试；若持续出现请联系平台运维。"
            ) from None
        where = ".".join(str(x) for x in first["loc"]) or "(整体)"
        raise PlatformProtocolError(
            words("省平台答复的格式不符合协议：{where}: {first}", where=where, first=first["msg"]),
            hint="可能是平台接口版本不一致，请联系平台运维。",
        ) from None


def dump_json(obj: Any) -> str:
    """Compact JSON for logs and the CLI."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"), default=str)
