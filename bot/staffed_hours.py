"""When call handlers are on duty, from a setting such as "mon-fri 08:00-20:00; sat-sun 10:00-16:00".

"always" and "never" are accepted too. Times are local to the configured zone (Europe/London), so the
hours stay right across the clock changes."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional
from zoneinfo import ZoneInfo

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_PERIOD = re.compile(r"^(?P<first>[a-z]{3})(?:-(?P<last>[a-z]{3}))?\s+(?P<start>\d{2}:\d{2})-(?P<end>\d{2}:\d{2})$")


@dataclass(frozen=True)
class Period:
    days: frozenset[int]
    start_minute: int
    end_minute: int  # 24:00 is 1440

    def covers(self, weekday: int, minute: int) -> bool:
        return weekday in self.days and self.start_minute <= minute < self.end_minute


def _minutes(text: str) -> int:
    hours, minutes = (int(part) for part in text.split(":"))
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise ValueError(f"not a time of day: {text}")
    return hours * 60 + minutes


def _day_range(first: str, last: Optional[str]) -> frozenset[int]:
    start, end = DAYS.index(first), DAYS.index(last or first)
    if end < start:  # e.g. "sat-mon" wraps over the week's end
        return frozenset(list(range(start, 7)) + list(range(0, end + 1)))
    return frozenset(range(start, end + 1))


@dataclass(frozen=True)
class StaffedHours:
    periods: tuple[Period, ...]
    zone: ZoneInfo

    @classmethod
    def parse(cls, text: str, timezone: str = "Europe/London") -> "StaffedHours":
        zone = ZoneInfo(timezone)
        cleaned = text.strip().lower()
        if cleaned == "always":
            return cls((Period(frozenset(range(7)), 0, 1440),), zone)
        if cleaned in ("never", ""):
            return cls((), zone)
        periods = []
        for part in re.split(r"[;,]", cleaned):
            periods.append(cls._period(part.strip()))
        return cls(tuple(periods), zone)

    @staticmethod
    def _period(text: str) -> Period:
        problem = f"STAFFED_HOURS: cannot read {text!r}; write e.g. 'mon-fri 08:00-20:00'"
        match = _PERIOD.match(text)
        if not match or match["first"] not in DAYS or (match["last"] and match["last"] not in DAYS):
            raise ValueError(problem)
        try:
            return Period(_day_range(match["first"], match["last"]), _minutes(match["start"]), _minutes(match["end"]))
        except ValueError as error:
            raise ValueError(problem) from error

    def is_open(self, when: Optional[dt.datetime] = None) -> bool:
        local = (when or dt.datetime.now(dt.timezone.utc)).astimezone(self.zone)
        minute = local.hour * 60 + local.minute
        return any(period.covers(local.weekday(), minute) for period in self.periods)
