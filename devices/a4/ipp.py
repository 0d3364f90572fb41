"""A small IPP/1.1 client (RFC 8010 encoding, RFC 8011 operations) over HTTP.

Just the operations an A4 kiosk printer needs: Print-Job, Get-Job-Attributes,
Get-Printer-Attributes, Get-Jobs and Cancel-Job (with CUPS's ``purge-job``, which also drops
the job's files and history). Standard library only, so it runs on any kiosk; CUPS speaks
IPP on its port 631 (and so do IPP Everywhere printers directly).
"""

from __future__ import annotations

import http.client
import itertools
import struct
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from devices.errors import DeviceError
from shared.domain.words import words

VERSION = (1, 1)

# operations (RFC 8011 §5.4)
PRINT_JOB = 0x0002
CANCEL_JOB = 0x0008
GET_JOB_ATTRIBUTES = 0x0009
GET_JOBS = 0x000A
GET_PRINTER_ATTRIBUTES = 0x000B

# delimiter tags
OPERATION = 0x01
JOB = 0x02
END = 0x03
PRINTER = 0x04
UNSUPPORTED = 0x05

# value tags
INTEGER = 0x21
BOOLEAN = 0x22
ENUM = 0x23
OCTETS = 0x30
DATETIME = 0x31
RESOLUTION = 0x32
RANGE = 0x33
TEXT_LANG = 0x35
NAME_LANG = 0x36
TEXT = 0x41
NAME = 0x42
KEYWORD = 0x44
URI = 0x45
CHARSET = 0x47
LANGUAGE = 0x48
MIME = 0x49
NO_VALUE = 0x13
UNKNOWN = 0x12

# job-state (RFC 8011 §5.3.7)
JOB_PENDING, JOB_HELD, JOB_PROCESSING, JOB_STOPPED = 3, 4, 5, 6
JOB_CANCELED, JOB_ABORTED, JOB_COMPLETED = 7, 8, 9
# printer-state (§5.4.12)
PRINTER_IDLE, PRINTER_PROCESSING, PRINTER_STOPPED = 3, 4, 5

_STRING_TAGS = {TEXT, NAME, KEYWORD, URI, CHARSET, LANGUAGE, MIME, OCTETS}


class IppError(DeviceError):
    """The spooler could not be reached, or answered with an error status."""

    def __init__(self, message: str, *, hint: str = "", status: int | None = None) -> None:
        super().__init__(message, hint=hint, device="a4")
        self.status = status


@dataclass(frozen=True, slots=True)
class Value:
    tag: int
    value: Any


@dataclass(slots=True)
class Response:
    status: int
    request_id: int
    groups: list[tuple[int, dict[str, list[Any]]]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status < 0x0100  # successful-ok and its -ignored/-conflicting variants

    def group(self, tag: int) -> dict[str, list[Any]]:
        return next((attrs for t, attrs in self.groups if t == tag), {})

    def groups_of(self, tag: int) -> list[dict[str, list[Any]]]:
        return [attrs for t, attrs in self.groups if t == tag]

    def first(self, tag: int, name: str, default: Any = None) -> Any:
        values = self.group(tag).get(name)
        return values[0] if values else default

    @property
    def message(self) -> str:
        return str(self.first(OPERATION, "status-message", ""))


def _encode_value(tag: int, value: Any) -> bytes:
    if tag in (INTEGER, ENUM):
        return struct.pack(">i", int(value))
    if tag == BOOLEAN:
        return b"\x01" if value else b"\x00"
    if tag == NO_VALUE:
        return b""
    if isinstance(value, bytes):
        return value
    return str(value).encode("utf-8")


def encode(operation: int, request_id: int, groups: list[tuple[int, list[tuple[str, Value | list[Value]]]]]) -> bytes:
    out = bytearray(struct.pack(">BBHI", *VERSION, operation, request_id))
    for group_tag, attrs in groups:
        out.append(group_tag)
        for name, values in attrs:
            values = values if isinstance(values, list) else [values]
            for i, v in enumerate(values):
                data = _encode_value(v.tag, v.value)
                key = name.encode("ascii") if i == 0 else b""  # additional values carry no name
                out += struct.pack(">BH", v.tag, len(key)) + key + struct.pack(">H", len(data)) + data
    out.append(END)
    return bytes(out)


def _decode_value(tag: int, data: bytes) -> Any:
    if tag in (INTEGER, ENUM) and len(data) == 4:
        return struct.unpack(">i", data)[0]
    if tag == BOOLEAN and len(data) == 1:
        return data != b"\x00"
    if tag == RANGE and len(data) == 8:
        return struct.unpack(">ii", data)
    if tag == RESOLUTION and len(data) == 9:
        return struct.unpack(">iiB", data)
    if tag in (TEXT_LANG, NAME_LANG) and len(data) >= 4:
        n = struct.unpack(">H", data[:2])[0]
        m = struct.unpack(">H", data[2 + n : 4 + n])[0]
        return data[4 + n : 4 + n + m].decode("utf-8", "replace")
    if tag in _STRING_TAGS or 0x40 <= tag <= 0x5F:
        return data.decode("utf-8", "replace")
    return data


def decode(data: bytes) -> Response:
    if len(data) < 9:
        raise IppError("打印服务的答复不完整。", hint="检查打印服务（CUPS）是否正常运行。")
    _major, _minor, status, request_id = struct.unpack(">BBHI", data[:8])
    response = Response(status, request_id)
    pos = 8
    current: dict[str, list[Any]] | None = None
    last_name = ""
    try:
        while pos < len(data):
            tag = data[pos]
            pos += 1
            if tag == END:
                break
            if tag < 0x10:  # a new attribute group
                current = {}
                response.groups.append((tag, current))
                continue
            name_len = struct.unpack(">H", data[pos : pos + 2])[0]
            name = data[pos + 2 : pos + 2 + name_len].decode("ascii", "replace")
            pos += 2 + name_len
            value_len = struct.unpack(">H", data[pos : pos + 2])[0]
            raw = data[pos + 2 : pos + 2 + value_len]
            pos += 2 + value_len
            if current is None:
                raise IppError("打印服务的答复格式不正确。")
            if name:
                last_name = name
                current.setdefault(name, [])
            if tag in (0x34, 0x37):  # begCollection / endCollection: not used here, skipped
                continue
            current.setdefault(last_name, []).append(_decode_value(tag, raw))
    except struct.error:
        raise IppError("打印服务的答复被截断。", hint="检查打印服务（CUPS）是否正常运行。") from None
    return response


class IppClient:
    """One printer URI (``ipp://host:631/printers/QUEUE``); thread-safe, one request at a time."""

    _ids = itertools.count(1)

    def __init__(self, uri: str, *, timeout_s: float = 10.0, user: str = "yimen") -> None:
        parts = urlsplit(uri)
        if parts.scheme not in ("ipp", "http") or not parts.hostname or not parts.path.strip("/"):
            raise IppError(
                words("A4 打印机地址“{uri}”无效。", uri=uri), hint="应为 ipp://主机:631/printers/队列名，例如 ipp://127.0.0.1:631/printers/A4PDF。"  # words-ok: a URL
            )
        self.uri = f"ipp://{parts.hostname}:{parts.port or 631}{parts.path}"
        self.host, self.port, self.path = parts.hostname, parts.port or 631, parts.path
        self.timeout_s = timeout_s
        self.user = user
        self._lock = threading.Lock()

    @property
    def queue(self) -> str:
        return self.path.rstrip("/").rsplit("/", 1)[-1]

    def _operation_head(self, *, with_printer: bool = True) -> list[tuple[str, Value | list[Value]]]:
        attrs: list[tuple[str, Value | list[Value]]] = [
            ("attributes-charset", Value(CHARSET, "utf-8")),
            ("attributes-natural-language", Value(LANGUAGE, "zh-cn")),
        ]
        if with_printer:
            attrs.append(("printer-uri", Value(URI, self.uri)))
        attrs.append(("requesting-user-name", Value(NAME, self.user)))
        return attrs

    def call(
        self,
        operation: int,
        operation_attrs: list[tuple[str, Value | list[Value]]],
        *,
        job_attrs: list[tuple[str, Value | list[Value]]] | None = None,
        document: bytes = b"",
    ) -> Response:
        groups: list[tuple[int, list[tuple[str, Value | list[Value]]]]] = [(OPERATION, operation_attrs)]
        if job_attrs:
            groups.append((JOB, job_attrs))
        request_id = next(self._ids)
        body = encode(operation, request_id, groups) + document
        with self._lock:
            conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout_s)
            try:
                conn.request("POST", self.path, body=body, headers={"Content-Type": "application/ipp"})
                resp = conn.getresponse()
                data = resp.read()
            except (OSError, http.client.HTTPException) as e:  # timeouts are OSErrors
                raise IppError(
                    words("连接不上打印服务 {host}:{port}（{name}）。", host=self.host, port=self.port, name=e.__class__.__name__),
                    hint="检查 CUPS 是否在运行（systemctl status cups），以及 A4 打印机地址。",
                ) from None
            finally:
                conn.close()
        if resp.status != 200:
            raise IppError(
                words("打印服务拒绝了请求（HTTP {status}）。", status=resp.status),
                hint="检查队列名是否正确、本机是否有权打印（cupsd.conf 的 Location /）。",
                status=resp.status,
            )
        answer = decode(data)
        if not answer.ok:
            raise IppError(
                words("打印服务返回错误 0x{status:04x}: {value}", status=answer.status, value=answer.message or "未说明"),
                hint="检查打印队列是否存在并接受任务（lpstat -p）。",
                status=answer.status,
            )
        return answer

    # ------------------------------------------------------------ operations

    def print_job(self, document: bytes, *, job_name: str, options: dict[str, str] | None = None) -> int:
        ops = [
            *self._operation_head(),
            ("job-name", Value(NAME, job_name)),
            ("document-format", Value(MIME, "application/pdf")),
        ]
        job: list[tuple[str, Value | list[Value]]] = [
            ("media", Value(KEYWORD, "iso_a4_210x297mm")),
            ("copies", Value(INTEGER, 1)),
        ]
        job += [(k, Value(KEYWORD, v)) for k, v in (options or {}).items()]
        answer = self.call(PRINT_JOB, ops, job_attrs=job, document=document)
        job_id = answer.first(JOB, "job-id")
        if not isinstance(job_id, int):
            raise IppError("打印服务接受了任务却没有给出任务号。")
        return job_id

    def job_attributes(self, job_id: int) -> dict[str, list[Any]]:
        ops = [
            *self._operation_head(),
            ("job-id", Value(INTEGER, job_id)),
            (
                "requested-attributes",
                [Value(KEYWORD, k) for k in ("job-state", "job-state-reasons", "job-state-message", "job-name")],
            ),
        ]
        return self.call(GET_JOB_ATTRIBUTES, ops).group(JOB)

    def printer_attributes(self) -> dict[str, list[Any]]:
        wanted = (
            "printer-state", "printer-state-reasons", "printer-state-message", "printer-is-accepting-jobs",
            "printer-make-and-model", "printer-info", "queued-job-count", "document-format-supported",
        )  # fmt: skip
        ops = [*self._operation_head(), ("requested-attributes", [Value(KEYWORD, k) for k in wanted])]
        return self.call(GET_PRINTER_ATTRIBUTES, ops).group(PRINTER)

    def jobs(self, *, which: str = "all") -> list[dict[str, list[Any]]]:
        ops = [
            *self._operation_head(),
            ("which-jobs", Value(KEYWORD, which)),
            ("requested-attributes", [Value(KEYWORD, k) for k in ("job-id", "job-name", "job-state")]),
        ]
        return self.call(GET_JOBS, ops).groups_of(JOB)

    def cancel_job(self, job_id: int, *, purge: bool = True) -> None:
        """Cancel (if still pending) and, with ``purge``, drop the job's files and history
        (CUPS's ``purge-job``): a personal document must not stay in the spool."""
        ops = [*self._operation_head(), ("job-id", Value(INTEGER, job_id))]
        if purge:
            ops.append(("purge-job", Value(BOOLEAN, True)))
        self.call(CANCEL_JOB, ops)
