"""不予受理: the grounds the law allows, and what the notice must say for each.

行政许可法 第32条第1款: an application is not accepted only when (一) the matter needs no
licence by law, or (二) it lies outside this agency's powers — then the agency says so and
names the competent agency. A person without standing (not the party the item is for) is
refused on the item's own 设定依据. Materials that are incomplete or not in legal form are
NOT grounds for refusal: they call for 补正告知 (第4项), and the case stays open.

The notice gives the reason, the legal basis and the remedies: 行政复议 within 60 days
(行政复议法 2023 第20条) or 行政诉讼 within 6 months (行政诉讼法 第46条).
"""

from __future__ import annotations

from enum import StrEnum

from shared.domain.errors import ValidationError
from shared.domain.words import words


class RefusalGrounds(StrEnum):
    NO_LICENCE_NEEDED = "no_licence_needed"  # 依法不需要取得行政许可
    OUTSIDE_POWERS = "outside_powers"  # 不属于本机关职权范围
    NO_STANDING = "no_standing"  # 申请人不是本事项的适格申请人


GROUNDS_LABELS: dict[RefusalGrounds, str] = {
    RefusalGrounds.NO_LICENCE_NEEDED: "申请事项依法不需要取得行政许可",
    RefusalGrounds.OUTSIDE_POWERS: "申请事项不属于本机关职权范围",
    RefusalGrounds.NO_STANDING: "申请人不具备本事项的申请资格",
}

GROUNDS_BASIS: dict[RefusalGrounds, str] = {
    RefusalGrounds.NO_LICENCE_NEEDED: "《中华人民共和国行政许可法》第三十二条第一款第（一）项",
    RefusalGrounds.OUTSIDE_POWERS: "《中华人民共和国行政许可法》第三十二条第一款第（二）项",
    RefusalGrounds.NO_STANDING: "《中华人民共和国行政许可法》第三十二条",
}


def remedy_text(county: str) -> str:
    """救济途径 naming the county's government and court."""
    return (
        f"如对本决定不服，可自收到本通知书之日起六十日内向{county}人民政府申请行政复议，"
        f"或者自收到本通知书之日起六个月内向{county}人民法院提起行政诉讼。"
    )


def check_refusal(grounds: RefusalGrounds | str, *, reason: str, competent_authority: str) -> RefusalGrounds:
    """The grounds as a value; refuses a refusal the law does not allow, with a clerk's hint."""
    if isinstance(grounds, str) and grounds in {"materials", "incomplete", "补正"}:
        raise ValidationError(
            "材料不齐全或不符合法定形式不是不予受理的理由。",
            hint="请出具补正告知书（一次性告知），申请人补齐后受理（行政许可法第三十二条第一款第（四）项）。",
        )
    try:
        value = RefusalGrounds(grounds)
    except ValueError:
        choices = "、".join(f"{g.value}（{GROUNDS_LABELS[g]}）" for g in RefusalGrounds)
        raise ValidationError(words("不予受理的理由“{grounds}”无效。", grounds=grounds), hint=words("可选：{choices}。", choices=choices)) from None
    if len(reason.strip()) < 4:
        raise ValidationError("不予受理须写明具体理由。", hint="例如：驾驶证补领由州车辆管理所办理。")
    if value is RefusalGrounds.OUTSIDE_POWERS and not competent_authority.strip():
        raise ValidationError(
            "不属于本机关职权范围的，须告知申请人向哪个机关申请。", hint="请填写有权办理的机关名称。"
        )
    return value
