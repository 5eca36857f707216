"""The contract between the hub and the assistant (the Rasa server's plugins and the action server).

Both sides import this module, so what one side sends the other reads with the same names and types:

- the names: the channels, the intents the hub sends Rasa (as `/intent` payloads), the hub's own button
  payloads (which never reach Rasa), the metadata key naming the channel, the danger intent and the danger
  detector's risk categories that the actions answer;
- the control messages: what the actions tell the hub with a custom payload `{"speakup": {...}}`, which the
  hub acts on and never shows (docs/architecture.md). The actions build them; the hub reads them with
  `parse`, which gives None for anything malformed instead of raising into the router.

Only the standard library here: the action server and the Rasa server import it too."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any, Mapping, Optional, Union

log = logging.getLogger(__name__)

# --- channels: the conversation's channel, in the metadata the hub sends Rasa under CHANNEL_KEY ----------
WEB = "web"
SMS = "sms"
WHATSAPP = "whatsapp"
TELEGRAM = "telegram"
CHANNELS = frozenset({WEB, SMS, WHATSAPP, TELEGRAM})
CHANNEL_KEY = "channel"

# --- whether a person can come to the chat now (bot/availability.py), in the metadata under STAFF_KEY -----
STAFF_KEY = "staff"
STAFF_AVAILABLE = "available"
OUTSIDE_STAFFED_HOURS = "outside_hours"
NOBODY_ON_DUTY = "nobody_on_duty"

# --- connections between them: the Rasa server and the action server are Sanic apps, which close a
# connection idle for KEEP_ALIVE_TIMEOUT (5 s). A client that reused one idle that long could send on it as
# the server closes it, and read a healthy server as gone (a turn kept, "the assistant isn't available"),
# so their clients (the hub's, Rasa's own to the action server) let a connection go sooner.
SERVER_KEEP_ALIVE_SECONDS = 5
IDLE_CONNECTION_SECONDS = 2.0

# --- intents the hub sends Rasa on the person's behalf (never typed; domain/ lists each) -----------------
START_CONVERSATION = "start_conversation"
CONTACT_GIVEN = "contact_given"
HANDOFF_ENDED = "handoff_ended"
HANDOFF_UNAVAILABLE = "handoff_unavailable"
ATTACHMENT_RECEIVED = "attachment_received"
LANGUAGE_CHANGED = "language_changed"
HUB_INTENTS = frozenset(
    {START_CONVERSATION, CONTACT_GIVEN, HANDOFF_ENDED, HANDOFF_UNAVAILABLE, ATTACHMENT_RECEIVED, LANGUAGE_CHANGED}
)
# The entity CONTACT_GIVEN carries: an opaque reference to the sealed details, never the details.
CONTACT_REF = "contact_ref"

# --- intents both the Rasa plugins and the actions name -------------------------------------------------
# Someone is in danger now: the danger detector (bot/rasa_plugins) sets it, the actions answer it.
DANGER_NOW = "danger_now"
# Rasa's own intent below the classifier's threshold (rasa.shared.constants.DEFAULT_NLU_FALLBACK_INTENT_NAME).
NLU_FALLBACK = "nlu_fallback"

# --- the danger detector's findings, kept in the parse data under DANGER_KEY for the actions ------------
DANGER_KEY = "danger"
# Someone has harmed themselves, taken an overdose or means to end their life: the answer adds Samaritans.
SELF_HARM = "self_harm"
# Danger that fits no particular risk category.
GENERAL = "general"

# --- the hub's own button payloads: it acts on them itself, and never sends them to Rasa -----------------
SET_LANGUAGE = "/set_language"
CANCEL_WAITING = "/cancel_waiting"


def command(intent: str, entities: Optional[Mapping[str, Any]] = None) -> str:
    """What the hub sends Rasa to trigger `intent` directly: "/intent" or "/intent{json}"."""
    return "/" + intent + (json.dumps(dict(entities)) if entities else "")


# --- control messages: actions → hub ---------------------------------------------------------------------
CONTROL_KEY = "speakup"
HANDOFF_REQUESTED = "requested"
HANDOFF_CANCELLED = "cancelled"
CONTACT_DETAILS = "contact_details"


@dataclass(frozen=True)
class ConversationFacts:
    """The kind of incident became known or danger was detected, so staff queues can sort. `danger_fired`
    names a danger flag that fired just now (the emergency answer was given); the hub records it with the time."""

    incident_kind: Optional[str]
    danger: bool
    danger_fired: Optional[str] = None

    def to_json(self) -> dict[str, Any]:
        facts: dict[str, Any] = {"incident_kind": self.incident_kind, "danger": self.danger}
        if self.danger_fired:
            facts["danger_fired"] = self.danger_fired
        return {"conversation": facts}


@dataclass(frozen=True)
class HandoffRequested:
    """The person asked for a person: the hub puts the conversation in the staff queue, with these facts."""

    incident_kind: Optional[str]
    danger: bool

    def to_json(self) -> dict[str, Any]:
        return {"handoff": HANDOFF_REQUESTED, "incident_kind": self.incident_kind, "danger": self.danger}


@dataclass(frozen=True)
class HandoffCancelled:
    """The person no longer waits for a person: the hub takes the conversation out of the queue."""

    def to_json(self) -> dict[str, Any]:
        return {"handoff": HANDOFF_CANCELLED}


@dataclass(frozen=True)
class CaptureContactDetails:
    """Sent with the question asking for contact details: the hub seals the answer before Rasa sees it."""

    def to_json(self) -> dict[str, Any]:
        return {"capture": CONTACT_DETAILS}


@dataclass(frozen=True)
class Forget:
    """The person chose to delete what they said: the hub drops the transcript, what the assistant said
    before this message in the same answer, sealed details, and the assistant's memory of the conversation."""

    def to_json(self) -> dict[str, Any]:
        return {"forget": True}


ControlMessage = Union[ConversationFacts, HandoffRequested, HandoffCancelled, CaptureContactDetails, Forget]


def custom_payload(message: ControlMessage) -> dict[str, Any]:
    """The custom payload an action sends (`dispatcher.utter_message(json_message=...)`)."""
    return {CONTROL_KEY: message.to_json()}


def _optional_text(value: Any) -> tuple[bool, Optional[str]]:
    """(well formed, value): a text or nothing."""
    return (value is None or isinstance(value, str)), value


def _facts(details: Mapping[str, Any]) -> Optional[tuple[Optional[str], bool]]:
    """(incident kind, danger), or None when either is of the wrong type."""
    kind_ok, kind = _optional_text(details.get("incident_kind"))
    danger = details.get("danger", False)
    if not kind_ok or not isinstance(danger, bool):
        return None
    return kind, danger


def _conversation_facts(details: Any) -> Optional[ConversationFacts]:
    if not isinstance(details, Mapping):
        return None
    facts = _facts(details)
    fired_ok, fired = _optional_text(details.get("danger_fired"))
    if facts is None or not fired_ok:
        return None
    return ConversationFacts(incident_kind=facts[0], danger=facts[1], danger_fired=fired or None)


def _handoff(control: Mapping[str, Any]) -> Optional[ControlMessage]:
    if control["handoff"] == HANDOFF_CANCELLED:
        return HandoffCancelled()
    if control["handoff"] != HANDOFF_REQUESTED:
        return None
    facts = _facts(control)
    return HandoffRequested(incident_kind=facts[0], danger=facts[1]) if facts is not None else None


def parse(control: Any) -> Optional[ControlMessage]:
    """The control message in `control` (what is under "speakup"), or None when it is not one: the hub
    then ignores it (logged), as it must never fail a person's turn over a malformed message."""
    message: Optional[ControlMessage] = None
    if not isinstance(control, Mapping):
        pass
    elif "conversation" in control:
        message = _conversation_facts(control["conversation"])
    elif "handoff" in control:
        message = _handoff(control)
    elif control.get("capture") == CONTACT_DETAILS:
        message = CaptureContactDetails()
    elif control.get("forget") is True:
        message = Forget()
    if message is None:
        log.warning("ignored a malformed control message from the assistant (keys: %s)",
                    sorted(map(str, control)) if isinstance(control, Mapping) else type(control).__name__)
    return message
