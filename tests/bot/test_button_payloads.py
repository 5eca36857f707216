"""A pressed button's payload is read by the hub channel as Rasa's pipeline reads it, without running it
(bot/rasa_plugins/button_payloads.py): the same intent, entities and ranking reach the conversation."""
from __future__ import annotations

import asyncio
from typing import Any, Iterator

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.domain import Domain

from bot.rasa_plugins.button_payloads import payload_parse_data
from tests.bench_danger import model_path

DOMAIN = Domain.from_dict({"intents": ["choose", "request_human"], "entities": ["incident_kind"]})


def test_a_payload_of_a_known_intent_is_read_with_its_entities() -> None:
    parsed = payload_parse_data('/choose{"incident_kind":"hate"}', DOMAIN)
    assert parsed is not None
    assert parsed["intent"] == {"name": "choose", "confidence": 1.0}
    assert parsed["intent_ranking"] == [{"name": "choose", "confidence": 1.0}]
    assert [(e["entity"], e["value"]) for e in parsed["entities"]] == [("incident_kind", "hate")]
    assert payload_parse_data(" /request_human ", DOMAIN) is not None


def test_words_are_left_to_the_pipeline() -> None:
    assert payload_parse_data("help me please", DOMAIN) is None


@pytest.mark.parametrize("text", [
    "/report_incident",        # an intent this domain does not have
    "/ he is at the door",     # typed, starting with a slash
])
def test_what_only_looks_like_a_payload_is_left_to_the_pipeline_with_rasas_warning(text: str) -> None:
    with pytest.warns(UserWarning, match="Continuing with given line as user text"):
        assert payload_parse_data(text, DOMAIN) is None


def test_without_a_model_nothing_is_read_here() -> None:
    assert payload_parse_data("/request_human", None) is None


@pytest.fixture(scope="module")
def agent() -> Iterator[Any]:
    from rasa.core.agent import Agent

    if not model_path().exists():
        pytest.skip(f"no trained model at {model_path()} (make train)")
    yield Agent.load(str(model_path()))


def every_button_payload(domain: Domain) -> list[str]:
    return sorted({button["payload"] for variations in domain.responses.values() for response in variations
                   for button in response.get("buttons") or []})


@pytest.mark.slow
def test_every_button_of_the_assistant_is_read_exactly_as_the_trained_pipeline_reads_it(agent: Any) -> None:
    payloads = every_button_payload(agent.domain)
    assert len(payloads) > 40  # the domain's buttons were found

    async def through_the_pipeline(text: str) -> dict[str, Any]:
        return dict(await agent.processor.parse_message(UserMessage(text, sender_id="payload-check")))

    for payload in payloads:
        assert payload_parse_data(payload, agent.domain) == asyncio.run(through_the_pipeline(payload)), payload


@pytest.mark.slow
@pytest.mark.parametrize("text", ["/report_incident", "/ he is at the door", "/nonsense{", "/"])
def test_what_only_looks_like_a_payload_is_read_by_the_trained_pipeline(agent: Any, text: str) -> None:
    parsed = asyncio.run(agent.processor.parse_message(UserMessage(text, sender_id="payload-check")))

    assert parsed["text"] == text
    assert parsed["intent"]["name"]  # an intent ("I didn't understand" at worst), never an error
