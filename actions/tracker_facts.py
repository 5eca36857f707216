"""Small, named reads of the tracker that several actions need."""
from __future__ import annotations

from typing import Any, Optional

from rasa_sdk import Tracker

DEFAULT_CHANNEL = "web"
KNOWN_CHANNELS = frozenset({"web", "sms", "whatsapp", "telegram"})


def latest_text(tracker: Tracker) -> str:
    return (tracker.latest_message.get("text") or "").strip()


def latest_intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def latest_entity(tracker: Tracker, entity: str) -> Optional[Any]:
    """An entity of the latest message: only button payloads carry entities in this assistant."""
    for found in tracker.latest_message.get("entities") or []:
        if found.get("entity") == entity:
            return found.get("value")
    return None


def channel(tracker: Tracker) -> str:
    """The channel of the latest message, from the metadata the hub attaches to every message."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            metadata = event.get("metadata") or {}
            value = metadata.get("channel")
            return value if value in KNOWN_CHANNELS else DEFAULT_CHANNEL
    return DEFAULT_CHANNEL


def user_intents_newest_first(tracker: Tracker) -> list[Optional[str]]:
    return [
        (event.get("parse_data") or {}).get("intent", {}).get("name")
        for event in reversed(tracker.events)
        if event.get("event") == "user"
    ]
