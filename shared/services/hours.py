"""When the windows are open, for the kiosk and the ticket issuing: the names the apps use,
answered by the one timetable of :mod:`shared.services.hall_time`."""

from __future__ import annotations

from shared.domain.hall_hours import HoursStatus, describe_day

# the kiosk's name for where the clock stands (is_open, next_open, closes_at, describe())
HallHours = HoursStatus

__all__ = ["HallHours", "describe_day"]
