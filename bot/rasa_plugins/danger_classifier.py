"""`DangerNowClassifier`: the binary "danger now" classifiers (bot/languages/danger_now.py) in the pipeline.

First in config.yml. At training it sees every language's examples and trains one classifier per language
that has danger_now examples. For each message it reads (in the language the hub says the message is in,
else English; and in the conversation's language too, when that is another) it leaves the probability of
danger now on the message (the higher of the two), and whether it reaches each threshold. The second reading
is for a message identification got wrong: Somali read as romanised Urdu, Kurmanji as English, would
otherwise meet only a classifier that never learnt its words.
It changes no intent: the DangerDetector, last, decides (a third net beside its patterns and the intent
classifier's danger_now, never for a message it reads as past, habit, what-if or safe unless, in English, sure of it:
bot/languages/danger_now.py, SURE_OVER_GIVE_WAY)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any, Dict, List, Optional, Text, TypedDict

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.languages.danger_now import OVERRULE_BELOW, SURE_OVER_GIVE_WAY, THRESHOLD, DangerNowClassifiers
from bot.languages.supported import ENGLISH
from bot.rasa_plugins.trained_objects import read_trained, write_trained
from bot.rasa_plugins.language_intents import conversation_language, intent_examples, message_language, without_placeholders

# Left on the message for the DangerDetector (not in the parse output): the probability, whether it
# reached the threshold, whether it is high enough to overrule the words' give-way, and whether it is low
# enough to overrule the intent classifier's danger_now.
PROBABILITY_KEY = "speakup_danger_now_probability"
SAYS_DANGER_KEY = "speakup_danger_now_classifier"
SURE_OF_DANGER_KEY = "speakup_danger_now_classifier_sure"
SAYS_NOT_DANGER_KEY = "speakup_danger_now_classifier_says_not"
_MODEL_FILE = "danger_now.pkl"


def classifier_says_danger(message: Message) -> bool:
    return bool(message.get(SAYS_DANGER_KEY))


def classifier_sure_of_danger(message: Message) -> bool:
    return bool(message.get(SURE_OF_DANGER_KEY))


def classifier_says_not_danger(message: Message) -> bool:
    return bool(message.get(SAYS_NOT_DANGER_KEY))


def classifier_probability(message: Message) -> Optional[float]:
    probability = message.get(PROBABILITY_KEY)
    return float(probability) if probability is not None else None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class DangerNowClassifier(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        # with_english: another language's classifier is also taught the English examples, as its intent
        # classifier is (bot/languages/intents.py).
        # overrule_below: under this probability the intent classifier's danger_now is overruled.
        # sure_over_give_way: at or over it an English message's give-way is overruled (the DangerDetector's).
        return {"threshold": THRESHOLD, "with_english": True, "overrule_below": OVERRULE_BELOW,
                "sure_over_give_way": SURE_OVER_GIVE_WAY}

    @classmethod
    def create(
        cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext
    ) -> "DangerNowClassifier":
        return cls(config, model_storage, resource, DangerNowClassifiers({}, **_thresholds(config)))

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "DangerNowClassifier":
        trained = read_trained(model_storage, resource, _MODEL_FILE, DangerNowClassifiers({}))
        # The thresholds are the configuration's, not those pickled at training: a model trained before the
        # floor existed, or before a threshold was chosen again, reads with today's.
        classifiers = replace(trained, **_thresholds(config))
        return cls(config, model_storage, resource, classifiers)

    def __init__(
        self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource, classifiers: DangerNowClassifiers
    ) -> None:
        self._config = {**self.get_default_config(), **config}
        self._storage = model_storage
        self._resource = resource
        self.classifiers = classifiers

    def train(self, training_data: TrainingData) -> Resource:
        self.classifiers = DangerNowClassifiers.train(
            intent_examples(training_data), with_english=bool(self._config["with_english"]), **_thresholds(self._config))
        write_trained(self._storage, self._resource, _MODEL_FILE, self.classifiers)
        return self._resource

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            # Button payloads ("/choose{...}") are commands from the hub, never cries for help.
            if text.startswith("/"):
                continue
            readings = {message_language(message) or ENGLISH, conversation_language(message) or ENGLISH}
            read = without_placeholders(text)
            probabilities = [p for language in sorted(readings) if (p := self.classifiers.probability(read, language)) is not None]
            if not probabilities:
                continue
            probability = max(probabilities)
            message.set(PROBABILITY_KEY, probability)
            message.set(SAYS_DANGER_KEY, self.classifiers.reaches_threshold(probability))
            message.set(SURE_OF_DANGER_KEY, self.classifiers.sure_of_danger(probability))
            message.set(SAYS_NOT_DANGER_KEY, self.classifiers.says_not_danger(probability))
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


class _Thresholds(TypedDict):
    threshold: float
    overrule_below: float
    sure_over_give_way: float


def _thresholds(config: Dict[Text, Any]) -> _Thresholds:
    """The three thresholds, the configuration's or their defaults (bot/languages/danger_now.py says how each was chosen)."""
    return {
        "threshold": float(config.get("threshold", THRESHOLD)),
        "overrule_below": float(config.get("overrule_below", OVERRULE_BELOW)),
        "sure_over_give_way": float(config.get("sure_over_give_way", SURE_OVER_GIVE_WAY)),
    }
