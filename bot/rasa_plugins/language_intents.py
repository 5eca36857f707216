"""Rasa's intent classifier for SpeakUp: one small classifier per language, English's included.

`LanguageIntentClassifier` trains one classifier per language (bot/languages/intents.py) on the examples
marked `metadata: {language: <code>}`, and English's on the unmarked ones. A message is read by the
classifier of the language the hub says it is in (metadata `text_language`, else the conversation's
`language`), English's when the hub names none; its ranking becomes the message's intent, and the fallback
classifier and the danger detector after it judge it. A message that is exactly a keyword (person, stop
report, menu; data/languages/<code>/phrases.yml) of the message's or the conversation's language gets that
keyword's intent. English was understood by DIET until 2026-12-01: the same classifier as the other
languages scored as well on held-out English and trains in seconds instead of minutes (docs/benchmarks.md
"Training time: DIET replaced").

The classifiers read the message without the hub's placeholders for what it sealed ("[phone number kept
safely]", bot/identities_in_text.py); the text is put back as it came, so that the answer (a slot's value,
the report) keeps them."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import (
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    METADATA,
    METADATA_INTENT,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.identities_in_text import Placeholders
from bot.languages.intents import Example, LanguageIntents
from bot.languages.phrases import keyword_intent, understood_languages
from bot.languages.supported import ANSWER_LANGUAGE_KEY, ENGLISH, TEXT_LANGUAGE_KEY
from bot.rasa_plugins.trained_objects import read_trained, write_trained

# The text as the hub sent it, kept while the classifiers read it without placeholders.
SENT_TEXT_KEY = "speakup_sent_text"
_MODEL_FILE = "language_intents.pkl"


def example_language(message: Message) -> str:
    """The language a training example is marked with; English when it is not marked."""
    metadata = message.get(METADATA) or {}
    marked = (metadata.get(METADATA_INTENT) or {}) if isinstance(metadata, dict) else {}
    return str(marked.get("language") or ENGLISH) if isinstance(marked, dict) else ENGLISH


def intent_examples(training_data: TrainingData) -> list[Example]:
    """The training data's intent examples, each with its language."""
    return [Example(str(m.get(TEXT)), str(m.get(INTENT)), example_language(m)) for m in training_data.intent_examples]


def message_language(message: Message) -> Optional[str]:
    """The language the hub says a message is in: what it is written in, else the conversation's."""
    metadata = message.get(METADATA) or {}
    if not isinstance(metadata, dict):
        return None
    return metadata.get(TEXT_LANGUAGE_KEY) or conversation_language(message)


def conversation_language(message: Message) -> Optional[str]:
    """The conversation's language (the one it is answered in), whatever the message is written in."""
    metadata = message.get(METADATA) or {}
    answer = metadata.get(ANSWER_LANGUAGE_KEY) if isinstance(metadata, dict) else None
    return answer if isinstance(answer, str) else None


def _understood(message: Message) -> tuple[str, ...]:
    metadata = message.get(METADATA) or {}
    if not isinstance(metadata, dict):
        return ()
    answer = metadata.get(ANSWER_LANGUAGE_KEY)
    return understood_languages(answer if isinstance(answer, str) else ENGLISH, metadata.get(TEXT_LANGUAGE_KEY))


_placeholders: Optional[Placeholders] = None


def without_placeholders(text: str) -> str:
    """The text as the classifiers read it: without the hub's placeholders for what it sealed."""
    global _placeholders
    if text.startswith("/"):
        return text
    if _placeholders is None:
        from bot.texts import TextCatalogue

        _placeholders = Placeholders(TextCatalogue.from_domain())
    return _placeholders.removed(text)


def _read_without_placeholders(message: Message) -> str:
    """The text the classifiers read: without the hub's placeholders (the text as sent is kept aside)."""
    text = message.get(TEXT) or ""
    read = without_placeholders(text)
    if read != text:
        message.set(SENT_TEXT_KEY, text)
        message.set(TEXT, read)
    return read


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class LanguageIntentClassifier(GraphComponent):
    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext
    ) -> "LanguageIntentClassifier":
        return cls(model_storage, resource, LanguageIntents({}))

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LanguageIntentClassifier":
        intents = read_trained(model_storage, resource, _MODEL_FILE, LanguageIntents({}))
        return cls(model_storage, resource, intents)

    def __init__(self, model_storage: ModelStorage, resource: Resource, intents: LanguageIntents) -> None:
        self._storage = model_storage
        self._resource = resource
        self.intents = intents

    def train(self, training_data: TrainingData) -> Resource:
        self.intents = LanguageIntents.train(intent_examples(training_data))
        write_trained(self._storage, self._resource, _MODEL_FILE, self.intents)
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            # An intent payload ("/choose{...}") is classified too: the fallback classifier after this needs an
            # intent on every message, and Rasa's RegexMessageHandler, last, replaces it when the payload is valid.
            self._classify(message, _read_without_placeholders(message))
            sent = message.get(SENT_TEXT_KEY)
            if sent is not None:
                message.set(TEXT, sent)
        return messages

    def _classify(self, message: Message, text: str) -> None:
        """The intent ranking of the message's language's classifier (English's when the hub names none, or
        one without examples); a message that is exactly a keyword of a language it is understood in gets
        that keyword's intent."""
        keyword = keyword_intent(message.get(SENT_TEXT_KEY) or text, _understood(message))
        ranked = [(keyword, 1.0)] if keyword is not None else self.intents.rank(text, message_language(message) or ENGLISH)
        if not ranked:
            return
        ranking = [{INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: p} for intent, p in ranked]
        message.set(INTENT, ranking[0], add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
