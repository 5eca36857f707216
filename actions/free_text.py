"""Free text told over several messages until the person says "done": the account of what happened,
and an addition to an earlier report. Every message is kept, including one that says someone is in
danger now: that one also gets the emergency answer (see actions/danger.py)."""
from __future__ import annotations

from typing import Any, Optional

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.choices import NOT_GIVEN, is_done, is_skip
from actions.danger import DANGER_INTENT, give_emergency_answer
from actions.tracker_facts import latest_intent, latest_text

PART_SEPARATOR = "\n\n"


def join_parts(parts: Optional[list[str]]) -> Optional[str]:
    return PART_SEPARATOR.join(parts) if parts else None


def collect_part(
    slot: str,
    parts_slot: str,
    dispatcher: CollectingDispatcher,
    tracker: Tracker,
) -> dict[str, Any]:
    """Slot updates for one more message of free text.

    Returns the whole text in `slot` once the person says "done" (or NOT_GIVEN if they skip before
    saying anything); until then `slot` stays empty, so the form asks for more."""
    text, intent = latest_text(tracker), latest_intent(tracker)
    parts: list[str] = list(tracker.get_slot(parts_slot) or [])
    if is_done(text, intent):
        return {slot: join_parts(parts) or NOT_GIVEN, parts_slot: parts}
    if not parts and is_skip(text, intent):
        return {slot: NOT_GIVEN, parts_slot: parts}
    parts.append(text)
    updates: dict[str, Any] = {slot: None, parts_slot: parts}
    if intent == DANGER_INTENT:
        updates.update(give_emergency_answer(dispatcher, tracker, inside_free_text=True))
    return updates


def is_continuing(tracker: Tracker, parts_slot: str) -> bool:
    """True when the latest message was just kept as a part, so the next prompt is "carry on"."""
    parts = tracker.get_slot(parts_slot) or []
    return bool(parts) and parts[-1] == latest_text(tracker)
