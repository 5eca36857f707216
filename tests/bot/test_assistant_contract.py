"""The hub–assistant contract (bot/assistant_contract.py): control messages keep their wire format, come
back as the same typed message, and anything malformed is ignored; every name it gives is the domain's."""
from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import control
from bot import assistant_contract as contract
from bot.assistant_contract import (
    CaptureContactDetails,
    ControlMessage,
    ConversationFacts,
    Forget,
    HandoffCancelled,
    HandoffRequested,
    parse,
)
from bot.domain_files import load_domain
from bot.rasa_client import BotMessage


# Each message with the exact JSON the hub has always received under "speakup".
WIRE: list[tuple[ControlMessage, dict[str, Any]]] = [
    (ConversationFacts("hate", False), {"conversation": {"incident_kind": "hate", "danger": False}}),
    (ConversationFacts(None, True, "strangulation"),
     {"conversation": {"incident_kind": None, "danger": True, "danger_fired": "strangulation"}}),
    (HandoffRequested("stalking", True), {"handoff": "requested", "incident_kind": "stalking", "danger": True}),
    (HandoffRequested(None, False), {"handoff": "requested", "incident_kind": None, "danger": False}),
    (HandoffCancelled(), {"handoff": "cancelled"}),
    (CaptureContactDetails(), {"capture": "contact_details"}),
    (Forget(), {"forget": True}),
]


def _domain_intents() -> set[str]:
    intents = load_domain()["intents"]
    return {next(iter(intent)) if isinstance(intent, dict) else intent for intent in intents}


@pytest.mark.parametrize("message, wire", WIRE)
def test_each_control_message_keeps_its_wire_format_and_round_trips(message: ControlMessage, wire: dict) -> None:
    assert message.to_json() == wire
    assert contract.custom_payload(message) == {"speakup": wire}
    assert parse(wire) == message
    assert parse(message.to_json()) == message


@pytest.mark.parametrize("malformed", [
    None, "forget", 42, [], {},
    {"conversation": "hate"},
    {"conversation": {"incident_kind": 7, "danger": False}},
    {"conversation": {"incident_kind": "hate", "danger": "yes"}},
    {"conversation": {"incident_kind": "hate", "danger": True, "danger_fired": ["weapon"]}},
    {"handoff": "maybe"},
    {"handoff": "requested", "danger": 1},
    {"handoff": "requested", "incident_kind": {"kind": "hate"}},
    {"capture": "address"},
    {"forget": "yes"},
    {"forget": False},
    {"something": "new"},
])
def test_malformed_control_messages_are_ignored_without_raising(malformed: Any) -> None:
    assert parse(malformed) is None


def test_a_malformed_control_message_from_rasa_is_neither_acted_on_nor_shown() -> None:
    assert BotMessage.from_rasa({"custom": {"speakup": {"handoff": "maybe"}}}) is None
    assert BotMessage.from_rasa({"custom": {"speakup": "forget"}}) is None
    assert BotMessage.from_rasa({"custom": {"speakup": {"forget": True}}}) == BotMessage(control=Forget())
    assert BotMessage.from_rasa({"text": "Hello"}) == BotMessage(text="Hello")


def test_the_actions_send_the_contract_s_messages() -> None:
    dispatcher = CollectingDispatcher()
    control.conversation_facts(dispatcher, "hate", danger=True, fired="weapon")
    control.conversation_facts(dispatcher, "hate", danger=False)
    control.request_handoff(dispatcher, None, False)
    control.capture_contact_details(dispatcher)
    control.forget(dispatcher)
    sent = [message["custom"]["speakup"] for message in dispatcher.messages]
    assert sent == [
        {"conversation": {"incident_kind": "hate", "danger": True, "danger_fired": "weapon"}},
        {"conversation": {"incident_kind": "hate", "danger": False}},
        {"handoff": "requested", "incident_kind": None, "danger": False},
        {"capture": "contact_details"},
        {"forget": True},
    ]
    assert [parse(control) for control in sent] == [
        ConversationFacts("hate", True, "weapon"), ConversationFacts("hate", False), HandoffRequested(None, False),
        CaptureContactDetails(), Forget(),
    ]


def test_every_intent_the_contract_names_is_in_the_domain() -> None:
    intents = _domain_intents()
    named = contract.HUB_INTENTS | {contract.DANGER_NOW}
    assert named <= intents, named - intents


def test_the_hub_s_own_payloads_are_no_intent_of_the_assistant() -> None:
    # The hub acts on these itself; an intent of the same name would let Rasa act on them too.
    intents = _domain_intents()
    assert contract.SET_LANGUAGE.lstrip("/") not in intents
    assert contract.CANCEL_WAITING.lstrip("/") not in intents


def test_the_fallback_intent_is_rasa_s() -> None:
    from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME

    assert contract.NLU_FALLBACK == DEFAULT_NLU_FALLBACK_INTENT_NAME


def test_commands_are_what_rasa_reads_as_an_intent_with_entities() -> None:
    assert contract.command(contract.HANDOFF_ENDED) == "/handoff_ended"
    assert contract.command(contract.CONTACT_GIVEN, {contract.CONTACT_REF: "abc"}) == '/contact_given{"contact_ref": "abc"}'


def test_the_channels_are_the_hub_s_channels() -> None:
    assert contract.CHANNELS == {"web", "sms", "whatsapp", "telegram"}
