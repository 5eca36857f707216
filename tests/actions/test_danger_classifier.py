"""The binary "danger now" classifiers (bot/languages/danger_now.py), their Rasa component
(bot/rasa_plugins/danger_classifier.py) and how the DangerDetector takes their opinion as a third net."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.languages.danger_now import SURE_OVER_GIVE_WAY, DangerNowClassifiers
from bot.languages.intents import Example
from bot.rasa_plugins.danger_classifier import (
    PROBABILITY_KEY, SAYS_DANGER_KEY, SAYS_NOT_DANGER_KEY, SURE_OF_DANGER_KEY, DangerNowClassifier,
)
from bot.rasa_plugins.danger_detector import DangerDetector, detect_danger, told_as_not_now

DANGER_EN = ["he is outside with a knife", "he is hurting me now help", "come quick he is hitting her",
             "he has locked me in and taken my phone", "i have swallowed all the pills"]
OTHER_EN = ["hello there", "thank you so much", "i want to report something that happened last year",
            "what happens to my report", "can i stay anonymous", "he used to shout at me years ago",
            "goodbye", "show me the menu"]
DANGER_PL = ["on ma nóż i jest pod drzwiami", "bije mnie teraz pomocy"]
OTHER_PL = ["dzień dobry", "dziękuję bardzo", "chcę zgłosić coś z zeszłego roku"]


def _examples() -> list[Example]:
    return ([Example(t, "danger_now", "en") for t in DANGER_EN] + [Example(t, "greet", "en") for t in OTHER_EN]
            + [Example(t, "danger_now", "pl") for t in DANGER_PL] + [Example(t, "greet", "pl") for t in OTHER_PL]
            # A language with no danger_now examples gets no classifier (nothing to tell danger from).
            + [Example("olá", "greet", "pt"), Example("obrigado", "thank", "pt")])


@pytest.fixture(scope="module")
def classifiers() -> DangerNowClassifiers:
    return DangerNowClassifiers.train(_examples(), threshold=0.5)


def test_one_classifier_for_each_language_with_danger_examples(classifiers: DangerNowClassifiers) -> None:
    assert sorted(classifiers.models) == ["en", "pl"]
    assert classifiers.probability("olá", "pt") is None
    assert not classifiers.says_danger("he is outside with a knife", "pt")


def test_a_taught_danger_is_told_from_an_ordinary_message(classifiers: DangerNowClassifiers) -> None:
    assert classifiers.says_danger("he is outside with a knife help", "en")
    assert not classifiers.says_danger("thank you so much", "en")
    assert classifiers.says_danger("on ma nóż pomocy", "pl")
    assert not classifiers.says_danger("dziękuję bardzo", "pl")


def _training_data() -> TrainingData:
    def message(example: Example) -> Message:
        data: dict[str, Any] = {"text": example.text, "intent": example.intent}
        if example.language != "en":
            data["metadata"] = {"intent": {"language": example.language}}
        return Message(data=data)

    return TrainingData(training_examples=[message(e) for e in _examples()])


def _storage(tmp_path: Path) -> tuple[LocalModelStorage, Resource, ExecutionContext]:
    return LocalModelStorage(tmp_path), Resource("danger_now"), ExecutionContext(GraphSchema({}))


def test_the_component_trains_each_language_from_the_examples_and_loads_them_back(tmp_path: Path) -> None:
    storage, resource, context = _storage(tmp_path)
    config = {"threshold": 0.5}
    DangerNowClassifier.create(config, storage, resource, context).train(_training_data())

    loaded = DangerNowClassifier.load(config, storage, resource, context)

    assert sorted(loaded.classifiers.models) == ["en", "pl"]
    polish = Message(data={"text": "on ma nóż pomocy", "metadata": {"text_language": "pl"}})
    ordinary, payload = Message(data={"text": "thank you so much"}), Message(data={"text": '/choose{"x": "help"}'})
    loaded.process([polish, ordinary, payload])
    assert polish.get(SAYS_DANGER_KEY) is True and polish.get(PROBABILITY_KEY) >= 0.5
    assert ordinary.get(SAYS_DANGER_KEY) is False
    # A button payload is a command from the hub, never read for danger.
    assert payload.get(PROBABILITY_KEY) is None


def test_a_model_trained_before_the_component_existed_loads_with_no_classifier(tmp_path: Path) -> None:
    storage, resource, context = _storage(tmp_path)
    loaded = DangerNowClassifier.load({}, storage, resource, context)
    message = Message(data={"text": "he is outside with a knife"})
    loaded.process([message])
    assert message.get(SAYS_DANGER_KEY) is None


def _heard_as_danger(text: str, probability: float = 0.93) -> Message:
    """A message the intent classifier took for a story and the binary classifier for danger now."""
    message = Message(data={"text": text})
    ranking = [{"name": "tell_story_stalking", "confidence": 0.7}, {"name": "danger_now", "confidence": 0.2}]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    message.set(PROBABILITY_KEY, probability)
    message.set(SAYS_DANGER_KEY, True)
    message.set(SURE_OF_DANGER_KEY, DangerNowClassifiers({}).sure_of_danger(probability))
    return message


def test_the_detector_takes_the_binary_classifiers_danger_at_its_probability() -> None:
    # No pattern of the detector's reads this as danger: only the binary classifier does.
    [message] = DangerDetector({}).process([_heard_as_danger("the man from next door wont leave and keeps coming closer")])
    assert message.get("intent") == {"name": "danger_now", "confidence": 0.93}
    assert [r["name"] for r in message.get("intent_ranking")] == ["danger_now", "tell_story_stalking"]
    # Not a pattern's finding: no risk category for the actions to answer by.
    assert message.get("danger") is None


@pytest.mark.parametrize("text", ["last year he had a gun", "I'm not in danger now, I just want to report it",
                                  "he always threatens to stab me when he drinks"])
def test_an_unsure_binary_classifier_never_overrides_a_message_told_as_past_habit_or_safe(text: str) -> None:
    [message] = DangerDetector({}).process([_heard_as_danger(text, probability=SURE_OVER_GIVE_WAY - 0.05)])
    assert message.get("intent")["name"] == "tell_story_stalking"


# (twenty-first session) The give-way demoted most of the present danger the held-out sets still missed, read by the
# binary classifier at 0.9 or more: sure, it overrules the words' past, habit or what-if, never a plain "I'm safe now".
# (The first lines chosen, short forced marriages with an age, came to be read by the thirty-sixth round's patterns.)
@pytest.mark.parametrize("text", ["she found out where we moved to last week, her car's been across the road since 7 and she's just walked up to our door",
                                  "he found my new address last month and he's just walked up the path"])
def test_a_binary_classifier_sure_of_danger_overrules_the_give_way(text: str) -> None:
    assert told_as_not_now(text) and detect_danger(text) is None  # only the words' give-way stood in the way
    [message] = DangerDetector({}).process([_heard_as_danger(text, probability=SURE_OVER_GIVE_WAY)])
    assert message.get("intent")["name"] == "danger_now"


def test_a_sure_binary_classifier_never_overrules_a_plain_i_am_safe_now() -> None:
    [message] = DangerDetector({}).process([_heard_as_danger("I'm not in danger now, I just want to report it", probability=0.99)])
    assert message.get("intent")["name"] == "tell_story_stalking"


def test_below_its_threshold_the_binary_classifier_changes_nothing() -> None:
    message = _heard_as_danger("the man from next door wont leave and keeps coming closer", probability=0.4)
    message.set(SAYS_DANGER_KEY, False)
    [message] = DangerDetector({}).process([message])
    assert message.get("intent")["name"] == "tell_story_stalking"


def _taken_as_danger_by_diet(text: str, probability: float, language: str = "en") -> Message:
    """A message the intent classifier took for danger now, with the binary classifier's probability."""
    message = Message(data={"text": text, "metadata": {"text_language": language}})
    ranking = [{"name": "danger_now", "confidence": 0.9}, {"name": "tell_story_domestic_abuse", "confidence": 0.05}]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    message.set(PROBABILITY_KEY, probability)
    message.set(SAYS_DANGER_KEY, probability >= 0.8)
    message.set(SAYS_NOT_DANGER_KEY, DangerNowClassifiers({}).says_not_danger(probability))
    return message


def test_a_binary_classifier_sure_it_is_not_danger_overrules_the_intent_classifiers_danger() -> None:
    # No pattern reads this; the intent classifier took the idiom for danger, the binary classifier is sure.
    [message] = DangerDetector({}).process([_taken_as_danger_by_diet("this commute is murder every morning", 0.02)])
    assert message.get("intent")["name"] == "tell_story_domestic_abuse"


def test_an_unsure_binary_classifier_leaves_the_intent_classifiers_danger() -> None:
    [message] = DangerDetector({}).process([_taken_as_danger_by_diet("the man from next door wont leave", 0.3)])
    assert message.get("intent") == {"name": "danger_now", "confidence": 0.9}


def test_the_binary_classifier_never_overrules_a_pattern() -> None:
    [message] = DangerDetector({}).process([_taken_as_danger_by_diet("he has a knife to my throat right now", 0.01)])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}
    assert message.get("danger") is not None


def _read_as_a_story_by_both(text: str, story_confidence: float = 0.93, language: str = "en") -> Message:
    """A message both classifiers are sure is not danger now: a story to the intent classifier, under the
    binary classifier's overrule floor."""
    message = _taken_as_danger_by_diet(text, 0.02, language)
    ranking = [{"name": "tell_story_domestic_abuse", "confidence": story_confidence},
               {"name": "danger_now", "confidence": 0.01}]
    message.set("intent", dict(ranking[0]), add_to_output=True)
    message.set("intent_ranking", ranking, add_to_output=True)
    return message


# The neck pattern reads a rugby scrum's hands as strangling; both classifiers read it as everyday. (The detector
# learnt to let "the ref ... lol" pass on its own, so the example is one it still matches.)
_SCRUM = "my brother had his hands round my neck in the scrum at rugby practice"


def test_both_classifiers_sure_overrule_a_patterns_match() -> None:
    text = _SCRUM
    assert detect_danger(text) is not None
    [message] = DangerDetector({}).process([_read_as_a_story_by_both(text)])
    assert message.get("intent")["name"] == "tell_story_domestic_abuse"
    assert message.get("danger") is None


def test_a_pattern_stands_when_the_intent_classifier_is_unsure() -> None:
    text = _SCRUM
    [message] = DangerDetector({}).process([_read_as_a_story_by_both(text, story_confidence=0.6)])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}


def test_self_harm_is_never_overruled() -> None:
    text = "i want to die of embarrassment after that meeting"
    assert detect_danger(text) is not None
    [message] = DangerDetector({}).process([_read_as_a_story_by_both(text)])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}
    assert message.get("danger")["category"] == "self_harm"


def test_a_girls_cutting_arranged_soon_is_never_overruled() -> None:
    # (forty-second round) a party that is the cutting, a girl named: the emergency answer is the cheaper mistake
    text = "the 'celebration' on friday is really my daughters cutting, not eid"
    assert detect_danger(text) is not None
    [message] = DangerDetector({}).process([_read_as_a_story_by_both(text)])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}
    assert message.get("danger")["category"] == "forced_marriage_or_fgm"


def test_a_pattern_is_overruled_only_in_english() -> None:
    text = _SCRUM
    [message] = DangerDetector({}).process([_read_as_a_story_by_both(text, language="pl")])
    assert message.get("intent") == {"name": "danger_now", "confidence": 1.0}


def test_the_binary_classifier_overrules_only_english() -> None:
    # The floor was chosen on English messages; another language's danger_now stays as its classifier said.
    message = _taken_as_danger_by_diet("on jest tutaj", 0.01, language="pl")
    [message] = DangerDetector({}).process([message])
    assert message.get("intent")["name"] == "danger_now"


def test_the_component_marks_what_it_is_sure_is_not_danger(tmp_path: Path) -> None:
    storage, resource, context = _storage(tmp_path)
    config = {"threshold": 0.5, "overrule_below": 0.45}
    DangerNowClassifier.create(config, storage, resource, context).train(_training_data())
    loaded = DangerNowClassifier.load(config, storage, resource, context)
    ordinary, danger = Message(data={"text": "thank you so much"}), Message(data={"text": "he is outside with a knife help"})
    loaded.process([ordinary, danger])
    assert ordinary.get(SAYS_NOT_DANGER_KEY) is True
    assert danger.get(SAYS_NOT_DANGER_KEY) is False


def test_the_component_marks_what_it_is_sure_is_danger_by_its_configured_threshold(tmp_path: Path) -> None:
    storage, resource, context = _storage(tmp_path)
    DangerNowClassifier.create({"threshold": 0.5}, storage, resource, context).train(_training_data())
    danger = "he is outside with a knife help"
    readings = {}
    for sure_over_give_way in (0.0, 1.01):
        loaded = DangerNowClassifier.load({"sure_over_give_way": sure_over_give_way}, storage, resource, context)
        message = Message(data={"text": danger})
        loaded.process([message])
        readings[sure_over_give_way] = message.get(SURE_OF_DANGER_KEY)
    # The configuration's threshold, not the one pickled at training.
    assert readings == {0.0: True, 1.01: False}


def test_a_message_identified_as_another_language_is_also_read_in_the_conversations(tmp_path: Path) -> None:
    # Polish words the hub took for English (a misidentification) in a Polish conversation: the English
    # classifier has never seen them, the Polish one has.
    storage, resource, context = _storage(tmp_path)
    component = DangerNowClassifier.create({"threshold": 0.5}, storage, resource, context)
    component.train(_training_data())
    misread = Message(data={"text": "on ma nóż pomocy", "metadata": {"text_language": "en", "language": "pl"}})
    alone = Message(data={"text": "on ma nóż pomocy", "metadata": {"text_language": "en", "language": "en"}})
    component.process([misread, alone])
    assert misread.get(SAYS_DANGER_KEY) is True
    assert misread.get(PROBABILITY_KEY) > alone.get(PROBABILITY_KEY)
