"""How a message is read (bot/rasa_plugins/language_intents.py): by its language's classifier, English's when
the hub names no language or one without examples; an intent payload is left to Rasa."""
from __future__ import annotations

from pathlib import Path

from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader
from rasa.shared.nlu.training_data.message import Message

from bot.languages.intents import LanguageIntents
from bot.rasa_plugins.language_intents import LanguageIntentClassifier, intent_examples


def _classifier(tmp_path: Path, nlu: str) -> LanguageIntentClassifier:
    intents = LanguageIntents.train(intent_examples(RasaYAMLReader().reads(nlu)))
    return LanguageIntentClassifier(LocalModelStorage(tmp_path), Resource("language_intents"), intents)


TWO_LANGUAGES = """
version: "3.1"
nlu:
- intent: greet
  examples: |
    - hello there
    - hi
    - good morning
- intent: get_help_now
  examples: |
    - I need help
    - help me please
    - can someone help me
- intent: greet
  metadata:
    language: pl
  examples: |
    - dzień dobry
    - cześć
- intent: get_help_now
  metadata:
    language: pl
  examples: |
    - potrzebuję pomocy
    - pomóż mi
"""


def _read(classifier: LanguageIntentClassifier, text: str, **metadata: str) -> Message:
    message = Message(data={"text": text, "metadata": metadata})
    classifier.process([message])
    return message


def test_a_message_is_read_by_its_languages_classifier_and_english_when_none_is_named(tmp_path: Path) -> None:
    classifier = _classifier(tmp_path, TWO_LANGUAGES)

    english = _read(classifier, "help me please")
    polish = _read(classifier, "potrzebuję pomocy", text_language="pl")

    assert english.get("intent")["name"] == "get_help_now"
    assert english.get("intent_ranking")[0] == english.get("intent")
    assert polish.get("intent")["name"] == "get_help_now"
    assert set(classifier.intents.models) == {"en", "pl"}


def test_a_language_without_examples_is_read_by_the_english_classifier(tmp_path: Path) -> None:
    classifier = _classifier(tmp_path, TWO_LANGUAGES)

    assert _read(classifier, "hello there", text_language="so").get("intent")["name"] == "greet"


def test_every_message_gets_an_intent_even_an_intent_payload(tmp_path: Path) -> None:
    """The fallback classifier after it reads every message's intent; Rasa's RegexMessageHandler replaces a valid
    payload's at the end of the pipeline."""
    classifier = _classifier(tmp_path, TWO_LANGUAGES)

    for text in ('/choose{"incident_kind":"hate"}', "/nonsense", ""):
        assert _read(classifier, text).get("intent")["name"] in {"greet", "get_help_now"}
