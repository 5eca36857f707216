"""Helpers for unit-testing actions without a Rasa server: a tracker built from slots and a message."""
from __future__ import annotations

from typing import Any, Optional

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.domain_files import load_domain


@pytest.fixture(scope="session")
def domain() -> dict[str, Any]:
    return load_domain()


def make_tracker(
    text: str = "",
    intent: Optional[str] = None,
    slots: Optional[dict[str, Any]] = None,
    entities: Optional[list[dict[str, Any]]] = None,
    active_loop: Optional[str] = None,
    events: Optional[list[dict[str, Any]]] = None,
    channel: str = "web",
    staff: Optional[str] = None,
    message_id: Optional[str] = None,
) -> Tracker:
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities or [],
              "message_id": message_id}
    # As the hub sends it: the channel, and whether a person can come (bot/availability.py).
    metadata = {"channel": channel, **({"staff": staff} if staff else {})}
    user_event = {"event": "user", "text": text, "parse_data": latest, "metadata": metadata}
    return Tracker(
        sender_id="c0ffee",
        slots=dict(slots or {}),
        latest_message=latest,
        events=[*(events or []), user_event],
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def responses(dispatcher: CollectingDispatcher) -> list[str]:
    return [m.get("response") for m in dispatcher.messages if m.get("response")]


def controls(dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
    return [m["custom"]["speakup"] for m in dispatcher.messages if (m.get("custom") or {}).get("speakup")]
