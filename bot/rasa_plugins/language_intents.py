"""Rasa components for understanding in every language, with the English pipeline left as it was.

`LanguageExamplesSplitter` comes first in config.yml. At training it trains one classifier per language
(bot/languages/intents.py) on the examples marked `metadata: {language: <code>}` and passes only the
English examples on, so the featurizers and DIET learn English as before and train no slower. For a
message the hub says is in another language (metadata `text_language`, else the answer `language`), it
ranks the intents with that language's classifier and leaves the ranking on the message.

`LanguageIntentOverride` comes after DIET: where such a ranking was left, it becomes the message's
intent, and the fallback classifier and the danger detector after it judge it as they judge DIET's. A
message that is exactly a keyword (person, stop report, menu; data/languages/<code>/phrases.yml) of the
message's or the conversation's language gets that keyword's intent.

Between the two, every classifier reads the message without the hub's placeholders for what it sealed
("[phone number kept safely]", bot/identities_in_text.py): the splitter takes them out of the text and the
override puts the text back as it came, so that the answer (a slot's value, the report) keeps them."""
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

RANKING_KEY = "speakup_language_intents"
# The text as the hub sent it, kept while the classifiers read it without placeholders.
SENT_TEXT_KEY = "speakup_sent_text"
_MODEL_FILE = "language_intents.pkl"


# Intent metadata marking examples taught only to the danger-now classifier (bot/rasa_plugins/danger_classifier.py),
# not to DIET nor to the languages' intent classifiers: data/training/nlu/danger_taught.yml, the older held-out
# danger sets, which the replays of the blind runs chose for that classifier (docs/benchmarks.md "Ninth round").
# Given to DIET too they made `rasa train` 13 minutes instead of under 10 (issue 10 and CI's limit).
TAUGHT_TO_KEY = "taught_to"
DANGER_CLASSIFIER_ONLY = "danger_now_classifier"


def _intent_metadata(message: Message) -> dict[str, Any]:
    metadata = message.get(METADATA) or {}
    marked = (metadata.get(METADATA_INTENT) or {}) if isinstance(metadata, dict) else {}
    return marked if isinstance(marked, dict) else {}


def example_language(message: Message) -> str:
    """The language a training example is marked with; English when it is not marked."""
    return str(_intent_metadata(message).get("language") or ENGLISH)


def for_the_danger_classifier_only(message: Message) -> bool:
    return _intent_metadata(message).get(TAUGHT_TO_KEY) == DANGER_CLASSIFIER_ONLY


def intent_examples(training_data: TrainingData, with_danger_classifier_only: bool) -> list[Example]:
    """The training data's intent examples, each with its language; with or without those taught to the
    danger-now classifier only."""
    return [Example(str(m.get(TEXT)), str(m.get(INTENT)), example_language(m)) for m in training_data.intent_examples
            if with_danger_classifier_only or not for_the_danger_classifier_only(m)]


def message_language(message: Message) -> Optional[str]:
    """The language the hub says a message is in: what it is written in, else the conversation's."""
    metadata = message.get(METADATA) or {}
    if not isinstance(metadata, dict):
        return None
    return metadata.get(TEXT_LANGUAGE_KEY) or metadata.get(ANSWER_LANGUAGE_KEY)


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


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER],
    is_trainable=True,
)
class LanguageExamplesSplitter(GraphComponent):
    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext
    ) -> "LanguageExamplesSplitter":
        return cls(model_storage, resource, LanguageIntents({}))

    @classmethod
    def load(
        cls,
        config: Dict[Text, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        **kwargs: Any,
    ) -> "LanguageExamplesSplitter":
        intents = read_trained(model_storage, resource, _MODEL_FILE, LanguageIntents({}))
        return cls(model_storage, resource, intents)

    def __init__(self, model_storage: ModelStorage, resource: Resource, intents: LanguageIntents) -> None:
        self._storage = model_storage
        self._resource = resource
        self.intents = intents

    def train(self, training_data: TrainingData) -> Resource:
        self.intents = LanguageIntents.train(intent_examples(training_data, with_danger_classifier_only=False))
        write_trained(self._storage, self._resource, _MODEL_FILE, self.intents)
        return self._resource

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        """Only the English examples go on to the featurizers and DIET, without those taught to the danger-now
        classifier only."""
        english = [m for m in training_data.training_examples
                   if example_language(m) == ENGLISH and not for_the_danger_classifier_only(m)]
        return TrainingData(
            training_examples=english,
            entity_synonyms=training_data.entity_synonyms,
            regex_features=training_data.regex_features,
            lookup_tables=training_data.lookup_tables,
            responses=training_data.responses,
        )

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text, language = _read_without_placeholders(message), message_language(message)
            if not language or language == ENGLISH or text.startswith("/"):
                continue
            ranked = self.intents.rank(text, language)
            if ranked:
                message.set(RANKING_KEY, ranked)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class LanguageIntentOverride(GraphComponent):
    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext
    ) -> "LanguageIntentOverride":
        return cls()

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            sent = message.get(SENT_TEXT_KEY)
            if sent is not None:
                message.set(TEXT, sent)
            ranked = message.get(RANKING_KEY)
            keyword = keyword_intent(message.get(TEXT) or "", _understood(message))
            if keyword is not None:
                ranked = [(keyword, 1.0)]
            if not ranked:
                continue
            ranking = [{INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: p} for intent, p in ranked]
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
