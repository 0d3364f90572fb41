"""Fictional residents for the demo day: valid ID numbers, invented names."""

from __future__ import annotations

import random
from datetime import date, timedelta

from shared.domain.identity import USCC_CHARSET, resident_id_check_digit, uscc_check_char

SURNAMES = "岩玉刀李张王杨陈罗字石周赵"
GIVEN = ["温", "香", "罕", "应", "叫", "光", "丽", "明", "芳", "强", "燕", "华", "保", "忠"]
# 勐海县 and its neighbours: where a township centre's residents' cards were issued
REGIONS = ["532822", "532822", "532822", "532801", "532823"]


def random_id_number(rng: random.Random, *, born_after: date, born_before: date) -> str:
    span = (born_before - born_after).days
    birth = born_after + timedelta(days=rng.randrange(span))
    body = f"{rng.choice(REGIONS)}{birth:%Y%m%d}{rng.randrange(1, 999):03d}"
    return body + resident_id_check_digit(body)


def random_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))


def random_credit_code(rng: random.Random) -> str:
    # 92 = 个体工商户, 91 = 企业; then the region, then a random body (GB 32100-2015)
    body = (
        rng.choice(["91", "92"]) + rng.choice(REGIONS) + "".join(rng.choice(USCC_CHARSET) for _ in range(9))
    )
    return body + uscc_check_char(body)


def random_business_name(rng: random.Random) -> str:
    return f"勐海{rng.choice(['茶', '米', '果', '木', '布'])}{rng.choice(['香', '韵', '源', '乡'])}{rng.choice(['商贸有限公司', '茶厂', '农业合作社', '餐饮店'])}"
