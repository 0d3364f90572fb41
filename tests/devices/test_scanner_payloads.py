"""Payload classification: every format Yimen prints, damaged codes, garbage, extensions."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from devices.scanner.decoders import payload_text
from shared.domain.cases import case_check_digit, make_case_no
from shared.domain.errors import ValidationError
from shared.domain.payloads import (
    AppointmentRef,
    CaseRef,
    EvaluationRef,
    LicenceRef,
    PayloadKind,
    PayloadRegistry,
    PayloadRejected,
    TicketRef,
    appt_url,
    case_url,
    classify,
    default_registry,
    eval_url,
    licence_code,
    ticket_url,
)

CASE_NO = make_case_no(region_code="532822", day=date(2025, 1, 2), terminal_no=1, seq=12)


def _wrong_check(case_no: str) -> str:
    return case_no[:-1] + str((int(case_no[-1]) + 1) % 10)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "yimen://ticket/532822-ZWFW/20250102/A023",
            PayloadKind.TICKET,
            TicketRef("532822-ZWFW", date(2025, 1, 2), "A023"),
        ),
        (
            "YMT:532822-ZWFW/20250102/B1024",
            PayloadKind.TICKET,
            TicketRef("532822-ZWFW", date(2025, 1, 2), "B1024"),
        ),
        (
            "ymt:532822-zwfw/20250102/a023",
            PayloadKind.TICKET,
            TicketRef("532822-ZWFW", date(2025, 1, 2), "A023"),
        ),
        (CASE_NO, PayloadKind.CASE, CaseRef(CASE_NO)),
        (f"yimen://case/{CASE_NO}", PayloadKind.CASE, CaseRef(CASE_NO)),
        (
            f"yimen://eval/case/{CASE_NO}/q8Zr4kT1bX",
            PayloadKind.EVALUATION,
            EvaluationRef("case", CASE_NO, "q8Zr4kT1bX"),
        ),
        (
            "yimen://eval/ticket/A023/q8Zr4kT1bX",
            PayloadKind.EVALUATION,
            EvaluationRef("ticket", "A023", "q8Zr4kT1bX"),
        ),
        ("yimen://appt/ab12cd34", PayloadKind.APPOINTMENT, AppointmentRef("AB12CD34")),
        (
            "DZZZ:1.2.156.3005.2.11100000000013338W.0001:3f9a0c1d2e4b5a69",
            PayloadKind.LICENCE,
            LicenceRef("1.2.156.3005.2.11100000000013338W.0001", "3f9a0c1d2e4b5a69"),
        ),
        ("dzzz:HY53282200002:3F9A0C1D2E4B5A69", PayloadKind.LICENCE, LicenceRef("HY53282200002", "3f9a0c1d2e4b5a69")),
        ("https://zwfw.yn.gov.cn/portal/#/home", PayloadKind.URL, "https://zwfw.yn.gov.cn/portal/#/home"),
        ("勐海县政务服务中心欢迎您", PayloadKind.TEXT, "勐海县政务服务中心欢迎您"),
        ("  \ufeffyimen://appt/AB12CD34\r\n", PayloadKind.APPOINTMENT, AppointmentRef("AB12CD34")),
        ("12345678901234567890123", PayloadKind.TEXT, "12345678901234567890123"),  # not 20 digits
        # the reference platform's old format is no licence any more: one format (§8)
        ("YMEL1-HY53282200002-3f9a0c1d2e4b5a69", PayloadKind.TEXT, "YMEL1-HY53282200002-3f9a0c1d2e4b5a69"),
    ],
)
def test_each_format_is_recognised(text: str, kind: PayloadKind, value: object) -> None:
    payload = classify(text)
    assert (payload.kind, payload.value, payload.problem) == (kind, value, "")
    assert payload.raw == text


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "为空"),
        ("   ", "为空"),
        ("\x00\x01\x02", "无法显示"),
        ("abc\ufffddef", "无法解码"),
        ("x" * 5000, "过长"),
        (_wrong_check(CASE_NO), "校验位"),
        (f"yimen://case/{_wrong_check(CASE_NO)}", "办件编号"),
        ("yimen://case/", "办件编号"),
        ("yimen://ticket/532822-ZWFW/20251340/A023", "日期"),
        ("yimen://ticket/532822-ZWFW/2025010/A023", "不完整"),
        ("yimen://ticket/532822-ZWFW/20250102/023", "不完整"),
        ("YMT:", "不完整"),
        ("yimen://eval/case/12345/q8Zr4kT1bX", "办件编号"),
        ("yimen://eval/ticket/a-23/q8Zr4kT1bX", "不完整"),
        ("yimen://eval/window/3/q8Zr4kT1bX", "不完整"),
        ("yimen://eval/case/" + CASE_NO + "/short", "不完整"),
        ("yimen://appt/AB", "不完整"),
        ("DZZZ:", "证照"),
        ("DZZZ:有中文的标识123:3f9a0c1d2e4b5a69", "证照"),
        ("DZZZ:1.2.156.3005.2.11100000000013338W.0001", "签章"),  # no seal
        ("DZZZ:HY53282200002:3f9a0c1d2e4b5a6", "签章"),  # a seal digit short
        ("yimen://refund/123", "不认识"),
        ("https://", "网址"),
        ("https://zwfw.yn.gov.cn/a b", "网址"),
        ("http://[::1", "网址"),
    ],
)
def test_damaged_and_garbage_payloads_are_unknown_with_a_reason(text: str, problem: str) -> None:
    payload = classify(text)
    assert payload.kind == PayloadKind.UNKNOWN
    assert problem in payload.problem


@given(st.text(max_size=300))
def test_classify_never_raises_on_any_text(text: str) -> None:
    payload = classify(text)
    assert payload.kind in set(PayloadKind)
    assert (payload.kind == PayloadKind.UNKNOWN) == bool(payload.problem)


@settings(deadline=None)  # decodes each input as UTF-8 and GB18030: no wall-clock limit under load
@given(st.binary(max_size=200))
def test_classify_never_raises_on_decoded_garbage_bytes(data: bytes) -> None:
    assert classify(payload_text(data)).kind in set(PayloadKind)


_halls = st.from_regex(r"[0-9A-Z][0-9A-Z-]{0,31}", fullmatch=True)
_tickets = st.from_regex(r"[A-Z]{1,2}[0-9]{3,5}", fullmatch=True)
_tokens = st.from_regex(r"[A-Za-z0-9_-]{8,64}", fullmatch=True)
_days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(_halls, _days, _tickets)
def test_ticket_url_round_trips(hall: str, day: date, number: str) -> None:
    assert classify(ticket_url(hall=hall, day=day, number=number)).value == TicketRef(hall, day, number)


@given(st.integers(0, 999), st.integers(1, 9999), _days, _tokens)
def test_case_and_eval_urls_round_trip(terminal: int, seq: int, day: date, token: str) -> None:
    case_no = make_case_no(region_code="532822", day=day, terminal_no=terminal, seq=seq)
    assert classify(case_url(case_no=case_no)).value == CaseRef(case_no)
    assert classify(case_no).value == CaseRef(case_no)
    assert classify(eval_url(kind="case", no=case_no, token=token)).value == EvaluationRef(
        "case", case_no, token
    )


@given(st.from_regex(r"[0-9A-Z]{6,16}", fullmatch=True))
def test_appointment_url_round_trips(code: str) -> None:
    assert classify(appt_url(code=code)).value == AppointmentRef(code)


@given(
    st.from_regex(r"[0-9A-Za-z][0-9A-Za-z._-]{5,127}", fullmatch=True),
    st.from_regex(r"[0-9a-fA-F]{16}", fullmatch=True),
)
def test_licence_code_round_trips(licence_no: str, seal: str) -> None:
    ref = classify(licence_code(licence_no=licence_no, seal=seal)).value
    assert ref == LicenceRef(licence_no, seal.lower())
    assert isinstance(ref, LicenceRef) and classify(ref.code).value == ref


@given(st.integers(0, 10**19 - 1), st.integers(0, 18), st.integers(1, 9))
def test_a_single_wrong_digit_in_a_case_number_is_never_accepted(body: int, pos: int, delta: int) -> None:
    text = f"{body:019d}"
    text += case_check_digit(text)
    assert classify(text).value == CaseRef(text)
    changed = text[:pos] + str((int(text[pos]) + delta) % 10) + text[pos + 1 :]
    assert classify(changed).kind == PayloadKind.UNKNOWN


@pytest.mark.parametrize(
    "build",
    [
        lambda: ticket_url(hall="532822 ZWFW", day=date(2025, 1, 2), number="A023"),
        lambda: ticket_url(hall="532822-zwfw", day=date(2025, 1, 2), number="A023"),
        lambda: ticket_url(hall="532822-ZWFW", day=date(2025, 1, 2), number="23"),
        lambda: case_url(case_no="123"),
        lambda: eval_url(kind="window", no="A023", token="q8Zr4kT1bX"),
        lambda: eval_url(kind="case", no=CASE_NO, token="short"),
        lambda: eval_url(kind="ticket", no="a023", token="q8Zr4kT1bX"),
        lambda: appt_url(code="ab12cd"),
        lambda: licence_code(licence_no="证照", seal="3f9a0c1d2e4b5a69"),
        lambda: licence_code(licence_no="HY53282200002", seal="not-hex-at-all!!"),
    ],
)
def test_builders_refuse_what_the_classifier_would_not_read_back(build) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        build()


def test_registry_extension_first_and_last() -> None:
    registry = default_registry()
    registry.register("parcel", lambda t: t[3:] if t.startswith("EMS") else None, first=True)
    registry.register("never", lambda t: None)
    assert classify("EMS1234567890", registry=registry).kind == "parcel"
    assert classify("EMS1234567890").kind == PayloadKind.TEXT  # the default registry is untouched
    assert registry.kinds()[0] == "parcel"


def test_a_faulty_recogniser_is_skipped_and_a_rejecting_one_marks_unknown() -> None:
    registry = PayloadRegistry()

    def explodes(text: str) -> object:
        raise KeyError("bug in an extension")

    def rejects(text: str) -> object:
        if text.startswith("BAD"):
            raise PayloadRejected("坏码")
        return None

    registry.register("boom", explodes)
    registry.register("strict", rejects)
    registry.register(PayloadKind.TEXT, lambda t: t)
    assert classify("hello", registry=registry).kind == PayloadKind.TEXT
    bad = classify("BAD1", registry=registry)
    assert (bad.kind, bad.problem) == (PayloadKind.UNKNOWN, "坏码")
    with pytest.raises(ValidationError):
        registry.register(PayloadKind.UNKNOWN, lambda t: t)
    empty = PayloadRegistry()
    assert classify("anything", registry=empty).kind == PayloadKind.UNKNOWN
