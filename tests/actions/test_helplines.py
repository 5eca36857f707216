"""The helpline catalogue (only verified numbers, from the reference list) and its opening hours."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any, Iterable, Optional
from zoneinfo import ZoneInfo

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.helplines import (
    ALWAYS_OPEN,
    CLOSED_NOW,
    Helpline,
    ONLINE,
    OPEN_NOW,
    catalogue,
    helplines_for,
    parse_catalogue,
    say_helplines,
)

REFERENCE_COPY = Path(__file__).parent / "data" / "helplines-reference.md"
SHARED_REFERENCE = Path("/work/shared/reference/helplines.md")
LONDON = ZoneInfo("Europe/London")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _reference_text() -> str:
    # The shared reference when present (development machines); the committed copy everywhere else.
    path = SHARED_REFERENCE if SHARED_REFERENCE.exists() else REFERENCE_COPY
    return path.read_text(encoding="utf-8")


def _reference_numbers() -> set[str]:
    """Every phone-like digit run in the reference, spaces removed ("0800 138 1625" -> "08001381625")."""
    runs = re.findall(r"\d[\d ]*\d|\d", _reference_text())
    return {_digits(run) for run in runs}


def test_the_committed_copy_of_the_reference_is_current() -> None:
    if not SHARED_REFERENCE.exists():
        pytest.skip("shared reference not on this machine")
    assert REFERENCE_COPY.read_text(encoding="utf-8") == SHARED_REFERENCE.read_text(encoding="utf-8")


def test_every_number_in_the_catalogue_is_in_the_verified_reference() -> None:
    known = _reference_numbers()
    reference = _digits(_reference_text())
    for helpline in catalogue():
        for route in helpline.routes:
            for text in filter(None, [route.number, route.label]):
                for run in re.findall(r"\d[\d ]*\d|\d", text):
                    assert _digits(run) in known or _digits(run) in reference, (helpline.id, text)


def test_unverified_services_are_never_shown() -> None:
    unverified = [h for h in catalogue() if h.status != "verified"]
    assert unverified, "the catalogue keeps known but unverified services as reminders"
    for kind in ["hate", "domestic_abuse", "stalking", "sexual_violence", "honour_based_abuse", "not_sure", None]:
        listed = helplines_for(kind, catalogue())
        assert listed, kind
        assert all(h.status == "verified" and h.routes for h in listed)


@pytest.mark.parametrize(
    "kind, expected_first",
    [
        ("hate", "stop_hate_uk"),
        ("domestic_abuse", "freeva"),
        ("sexual_violence", "freeva"),
        ("stalking", "freeva"),
        (None, "police_non_emergency"),
    ],
)
def test_services_for_the_kind_come_before_general_ones(kind: Optional[str], expected_first: str) -> None:
    assert helplines_for(kind, catalogue())[0].id == expected_first


def test_emergency_routes_are_not_listed_as_helplines() -> None:
    assert all("emergency" not in h.kinds for h in helplines_for(None, catalogue()))


def _helpline(
    hours: str, routes: Iterable[dict[str, str]] = ({"type": "phone", "number": "0808 802 0028", "label": "call"},)
) -> Helpline:
    data = {"helplines": [{"id": "x", "name": "X", "status": "verified", "kinds": ["general"], "hours": hours,
                           "hours_text": "8am to 8pm", "routes": list(routes)}]}
    return parse_catalogue(data)[0]


def test_a_helpline_open_8_to_8_is_open_at_noon_and_closed_at_night_in_london_time() -> None:
    helpline = _helpline("mon-sun 08:00-20:00")
    assert helpline.availability(dt.datetime(2026, 11, 21, 12, 0, tzinfo=LONDON)) == OPEN_NOW
    assert helpline.availability(dt.datetime(2026, 11, 21, 20, 0, tzinfo=LONDON)) == CLOSED_NOW
    assert helpline.availability(dt.datetime(2026, 11, 22, 7, 59, tzinfo=LONDON)) == CLOSED_NOW


def test_opening_hours_follow_british_summer_time() -> None:
    helpline = _helpline("mon-sun 08:00-20:00")
    # 07:30 UTC in July is 08:30 in London (BST): open. In November it is 07:30 in London: closed.
    assert helpline.availability(dt.datetime(2026, 7, 1, 7, 30, tzinfo=dt.timezone.utc)) == OPEN_NOW
    assert helpline.availability(dt.datetime(2026, 11, 18, 7, 30, tzinfo=dt.timezone.utc)) == CLOSED_NOW


def test_24_hour_and_online_services() -> None:
    assert _helpline("always").availability(dt.datetime(2026, 11, 21, 3, 0, tzinfo=LONDON)) == ALWAYS_OPEN
    online = _helpline("always", routes=({"type": "online", "label": "website"},))
    assert online.availability() == ONLINE


def test_malformed_hours_fail_when_the_catalogue_loads() -> None:
    with pytest.raises(ValueError):
        _helpline("weekdays 9 till 5")


def test_the_listing_says_open_or_closed_and_always_ends_with_routes_for_people_who_cannot_call() -> None:
    dispatcher = CollectingDispatcher()
    say_helplines(dispatcher, "domestic_abuse", when=dt.datetime(2026, 11, 21, 23, 0, tzinfo=LONDON))
    said = [m["response"] for m in dispatcher.messages]
    assert said[0] == "utter_helplines_intro"
    assert said[-1] == "utter_helplines_access"
    freeva = next(m for m in dispatcher.messages if m.get("name", "").startswith("Freeva"))
    assert freeva["response"] == "utter_helpline_closed_now"
    assert "0808 802 0028" in freeva["routes"]


def test_the_access_text_only_uses_verified_numbers(domain: dict[str, Any]) -> None:
    known = _reference_numbers()
    for name in ["utter_helplines_access", "utter_emergency", "utter_emergency_routes"]:
        for variation in domain["responses"][name]:
            for run in re.findall(r"\d[\d ]*\d|\d", variation["text"]):
                assert _digits(run) in known or _digits(run) in _digits(_reference_text()), (name, run)


async def test_a_kind_named_in_the_question_picks_its_helplines(domain: dict[str, Any]) -> None:
    from actions.helplines import ActionListHelplines
    from tests.actions.conftest import make_tracker

    dispatcher = CollectingDispatcher()
    await ActionListHelplines().run(dispatcher, make_tracker("where can I get help with hate crime", "find_helpline"), domain)
    assert any("0800 138 1625" in (m.get("routes") or "") for m in dispatcher.messages)
