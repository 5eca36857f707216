"""Control messages for the hub. The hub acts on them and never shows them (see docs/architecture.md)."""
from __future__ import annotations

from typing import Optional

from rasa_sdk.executor import CollectingDispatcher


def _send(dispatcher: CollectingDispatcher, control: dict) -> None:
    dispatcher.utter_message(json_message={"speakup": control})


def conversation_facts(
    dispatcher: CollectingDispatcher, incident_kind: Optional[str], danger: bool, fired: Optional[str] = None
) -> None:
    """Whenever the kind of incident becomes known or danger is detected, so staff queues can sort.
    `fired` names a danger flag that fired just now (the hub records it with the time, for staff)."""
    facts: dict = {"incident_kind": incident_kind, "danger": danger}
    if fired:
        facts["danger_fired"] = fired
    _send(dispatcher, {"conversation": facts})


def request_handoff(dispatcher: CollectingDispatcher, incident_kind: Optional[str], danger: bool) -> None:
    _send(dispatcher, {"handoff": "requested", "incident_kind": incident_kind, "danger": danger})


def capture_contact_details(dispatcher: CollectingDispatcher) -> None:
    """Sent with the question asking for contact details: the hub seals the answer before Rasa sees it."""
    _send(dispatcher, {"capture": "contact_details"})


def forget(dispatcher: CollectingDispatcher) -> None:
    """The person chose to delete what they said. Send it before any reply: the hub drops what precedes it."""
    _send(dispatcher, {"forget": True})
