"""Fixed people and moments the service tests share."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Shanghai")
# Tuesday 17 November 2026, 10:00 in Menghai: a working day, windows open
OPEN_MORNING = datetime(2026, 11, 17, 10, 0, tzinfo=TZ)
ELDERLY_ID = "532822195601010010"  # born 1956: 70 at the test date
YOUNG_ID = "532822199803150028"
