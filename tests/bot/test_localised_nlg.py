"""What the Rasa server's NLG (bot/rasa_plugins/localised_nlg.py) sends for a response with buttons: the
payload each button carries is exactly the one written in domain/, the one the hub, the console and the
catalogues read, and filling the response logs no error."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.domain_files import DOMAIN_DIR, load_domain
from bot.rasa_plugins.localised_nlg import LocalisedNaturalLanguageGenerator

# Every response whose buttons carry entities in JSON ("/choose{...}"): braces Rasa's interpolator
# would read as a slot's name.
JSON_PAYLOAD_RESPONSES = sorted(
    name
    for name, variations in load_domain()["responses"].items()
    if any("{" in str(button.get("payload", "")) for variation in variations for button in variation.get("buttons") or [])
)


def generate(domain: Domain, name: str, **kwargs: Any) -> dict[str, Any]:
    nlg = LocalisedNaturalLanguageGenerator(domain=domain)
    tracker = DialogueStateTracker.from_events("someone", [], slots=domain.slots)
    response = asyncio.run(nlg.generate(name, tracker, "web", **kwargs))
    assert response is not None, f"{name} gave no response"
    return response


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(DOMAIN_DIR))


def test_some_responses_carry_json_payloads() -> None:
    assert "utter_ask_incident_kind" in JSON_PAYLOAD_RESPONSES


@pytest.mark.parametrize("name", JSON_PAYLOAD_RESPONSES)
def test_a_button_carries_its_payload_as_written_and_nothing_is_logged_as_an_error(
    domain: Domain, name: str, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    written = {str(button["title"]): button["payload"] for variation in load_domain()["responses"][name]
               for button in variation.get("buttons") or []}

    with caplog.at_level(logging.WARNING):
        sent = generate(domain, name)

    assert sent["buttons"], f"{name} was sent without its buttons"
    for button in sent["buttons"]:
        assert button["payload"] == written[button["title"]]
    # Rasa's records only: a hub another test left running in this process (a thread) logs its own.
    assert [record.getMessage() for record in caplog.records
            if record.levelno >= logging.ERROR and record.name.startswith(("rasa", "bot.rasa_plugins"))] == []
    # Rasa's interpolator logs through structlog, which may print rather than use logging.
    assert "does not exist" not in capsys.readouterr().out


def test_button_titles_are_still_filled_from_the_values_given() -> None:
    domain = Domain.from_dict({"responses": {"utter_choose_report": [{
        "text": "Which report?",
        "buttons": [{"title": "Report {reference}", "payload": '/choose{"report":"latest"}'}],
    }]}})

    sent = generate(domain, "utter_choose_report", reference="1234 5678 9012")

    assert sent["buttons"] == [{"title": "Report 1234 5678 9012", "payload": '/choose{"report":"latest"}'}]
