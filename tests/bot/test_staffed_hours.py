import datetime as dt

import pytest

from bot.staffed_hours import StaffedHours

LONDON_WINTER_MONDAY_9AM = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.timezone.utc)
LONDON_SUMMER_MONDAY_0730_UTC = dt.datetime(2026, 7, 6, 7, 30, tzinfo=dt.timezone.utc)  # 08:30 BST


def test_weekday_hours_follow_london_time_across_the_clock_change() -> None:
    hours = StaffedHours.parse("mon-fri 08:00-20:00")
    assert hours.is_open(LONDON_WINTER_MONDAY_9AM)
    assert hours.is_open(LONDON_SUMMER_MONDAY_0730_UTC)
    assert not hours.is_open(dt.datetime(2026, 11, 23, 20, 0, tzinfo=dt.timezone.utc))
    assert not hours.is_open(dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc))  # a Sunday


def test_several_periods_and_the_whole_day() -> None:
    hours = StaffedHours.parse("mon-fri 08:00-20:00; sat-sun 10:00-16:00")
    assert hours.is_open(dt.datetime(2026, 11, 22, 12, 0, tzinfo=dt.timezone.utc))
    assert not hours.is_open(dt.datetime(2026, 11, 22, 9, 59, tzinfo=dt.timezone.utc))
    assert StaffedHours.parse("sun 00:00-24:00").is_open(dt.datetime(2026, 11, 22, 23, 59, tzinfo=dt.timezone.utc))


def test_always_and_never() -> None:
    assert StaffedHours.parse("always").is_open(LONDON_WINTER_MONDAY_9AM)
    assert not StaffedHours.parse("never").is_open(LONDON_WINTER_MONDAY_9AM)


@pytest.mark.parametrize("setting", ["weekdays 9-5", "mon-fri 08:00", "mon-fri 25:00-26:00", "xyz 08:00-10:00"])
def test_a_setting_that_cannot_be_read_is_refused_with_an_example(setting: str) -> None:
    with pytest.raises(ValueError, match="mon-fri 08:00-20:00"):
        StaffedHours.parse(setting)
