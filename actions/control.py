"""Control messages for the hub. The hub acts on them and never shows them (see docs/architecture.md);
their types and wire format are the contract both sides import (bot/assistant_contract.py)."""
from __future__ import annotations

from typing import Optional

from rasa_sdk.executor import CollectingDispatcher

from bot.assistant_contract import (
    CaptureContactDetails,
    ControlMessage,
    ConversationFacts,
    Forget,
    HandoffRequested,
    custom_payload,
)


def _send(dispatcher: CollectingDispatcher, control: ControlMessage) -> None:
    dispatcher.utter_message(json_message=custom_payload(control))


def conversation_facts(
    dispatcher: CollectingDispatcher, incident_kind: Optional[str], danger: bool, fired: Optional[str] = None
) -> None:
    """Whenever the kind of incident becomes known or danger is detected, so staff queues can sort.
    `fired` names a danger flag that fired just now (the hub records it with the time, for staff)."""
    _send(dispatcher, ConversationFacts(incident_kind=incident_kind, danger=danger, danger_fired=fired))


def request_handoff(dispatcher: CollectingDispatcher, incident_kind: Optional[str], danger: bool) -> None:
    _send(dispatcher, HandoffRequested(incident_kind=incident_kind, danger=danger))


def capture_contact_details(dispatcher: CollectingDispatcher) -> None:
    """Sent with the question asking for contact details: the hub seals the answer before Rasa sees it."""
    _send(dispatcher, CaptureContactDetails())


def forget(dispatcher: CollectingDispatcher) -> None:
    """The person chose to delete what they said. Send it before any reply: the hub drops what precedes it."""
    _send(dispatcher, Forget())
