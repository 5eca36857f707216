"""Small, named reads of the tracker that several actions need.

Of the conversation's events, Rasa sends the action server only the recent ones: from the person's
message before the latest, and the assistant's newest message with buttons
(bot/rasa_plugins/action_events.py). A read that needs to look further back must widen that window."""
from __future__ import annotations

from typing import Any, Optional

from rasa_sdk import Tracker

from bot.assistant_contract import CHANNEL_KEY, CHANNELS, DANGER_KEY, STAFF_AVAILABLE, STAFF_KEY, WEB
from bot.languages.phrases import understood_languages
from bot.languages.supported import ANSWER_LANGUAGE_KEY, ENGLISH, TEXT_LANGUAGE_KEY, is_supported

DEFAULT_CHANNEL = WEB
KNOWN_CHANNELS = CHANNELS


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message.get("text") or "").strip()


def latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_danger_category(tracker: Tracker) -> Optional[str]:
    """The risk category the danger detector found in the latest message ("self_harm", "fire", ...), if any
    (bot/rasa_plugins/danger_detector.py keeps it in the parse data)."""
    return (tracker.latest_message.get(DANGER_KEY) or {}).get("category")


def latest_entity(tracker: Tracker, entity: str) -> Optional[Any]:
    """An entity of the latest message: only button payloads carry entities in this assistant."""
    for found in tracker.latest_message.get("entities") or []:
        if found.get("entity") == entity:
            return found.get("value")
    return None


def _latest_metadata(tracker: Tracker) -> dict[str, Any]:
    """The metadata the hub attached to the latest message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("metadata") or {}
    return {}


def channel(tracker: Tracker) -> str:
    """The channel of the latest message."""
    value = _latest_metadata(tracker).get(CHANNEL_KEY)
    return value if value in KNOWN_CHANNELS else DEFAULT_CHANNEL


def answer_language(tracker: Tracker) -> str:
    """The language the hub answers in (the conversation's), as it said on the latest message."""
    value = _latest_metadata(tracker).get(ANSWER_LANGUAGE_KEY)
    return value if is_supported(value) else ENGLISH


def staff_available(tracker: Tracker) -> bool:
    """A call handler can come now, as the hub said with the latest message (bot/availability.py): the
    one policy for staffed hours and who is on duty. Said nothing (not the hub): nobody can."""
    return _latest_metadata(tracker).get(STAFF_KEY) == STAFF_AVAILABLE


def matching_languages(tracker: Tracker) -> tuple[str, ...]:
    """The languages typed answers are matched in: English, the conversation's, the message's own, and
    romanised where its readers may type it."""
    written = _latest_metadata(tracker).get(TEXT_LANGUAGE_KEY)
    return understood_languages(answer_language(tracker), written if isinstance(written, str) else None)


def user_intents_newest_first(tracker: Tracker) -> list[Optional[str]]:
    """The intents of the person's messages the action server was sent (the latest two), newest first."""
    return [
        (event.get("parse_data") or {}).get("intent", {}).get("name")
        for event in reversed(tracker.events)
        if event.get("event") == "user"
    ]
