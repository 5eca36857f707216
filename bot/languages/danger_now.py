"""Is this message about danger now? One small binary classifier per language, a third net for danger.

Beside the assistant's intent classifier (bot/languages/intents.py, one per language),
whose danger_now competes with thirty other intents, and the danger detector's patterns
(bot/rasa_plugins/danger_detector.py), which catch what they were written for: a classifier that answers
only "danger now or not", taught a language's danger_now examples against every other example of that
language (the hard counterexamples, past accounts, worries and idioms, are in the other intents). Same
family as the per-language intent classifiers (character n-grams and words, SGD logistic regression), so
it trains in under a second for English. Measured offline on the held-out danger sets
(tests/bench_danger_classifier.py, tests/replay_en_danger.py, docs/benchmarks.md), which chose the
thresholds; since the ninth round it learns the oldest sets too (data/training/nlu/danger_taught.yml).

It never decides alone: the DangerDetector takes its danger only when no pattern matched and the message
is not told as past, habit, what-if or safe (danger_detector.told_as_not_now_in) unless, in English, it is sure
(SURE_OVER_GIVE_WAY) and the message does not say the person is safe now; and its "not danger" only against the
intent classifier's danger_now in English, never against a pattern."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

from sklearn.pipeline import Pipeline

from bot.assistant_contract import DANGER_NOW
from bot.languages.intents import NOT_TYPED, Example, by_language, compact, new_model, predict_probabilities
from bot.languages.supported import ENGLISH

# First chosen at 0.8 by leave-one-set-out on sets 1-7 (eighth round: the lowest at which precision stayed
# >= 0.90 on every set). Lowered to 0.7 in the ninth round, once the classifier learns the oldest held-out sets
# and overrules the intent classifier's danger_now below OVERRULE_BELOW (DIET's then): replaying the blind runs
# of sets 5-8 at their commits (tests/replay_en_danger.py), 0.7 caught 2 to 9 points more of each set than
# 0.8 for 0 to 4 points of precision, and on set 8 with main's model 0.93 against 0.90 at the same precision (docs/benchmarks.md).
# Below the forms' INTERRUPTION_CONFIDENCE (0.8), so in a choice question an answer read as one of the
# choices wins over the net's danger, as over any unsure danger_now (actions/form_base.py).
THRESHOLD = 0.7
# Below this probability the classifier is sure enough that a message is NOT danger now to overrule the
# intent classifier's danger_now (never a pattern's): DIET's false alarms on idioms, fiction and everyday
# trouble were many of the false alarms left (DIET understood English until 2026-12-01; not re-chosen since).
# Chosen on sets 5-8 with main's model (docs/benchmarks.md, ninth round; set 8's readings are its blind
# run's): up to 0.3 no set lost a message of danger and sets 5, 6 and 8 lost 1 to 3 false alarms; at 0.4 set 7
# lost one. 0.2 keeps a margin below that; 0.0 switches it off.
OVERRULE_BELOW = 0.2
# A pattern's match in English is overruled only when both classifiers are sure it is not danger now: this
# one below OVERRULE_BELOW and the intent classifier giving another intent at least this confidence (the
# forms' INTERRUPTION_CONFIDENCE, their "sure"). Chosen on sets 11 and 12 read before they were taught
# (twelfth round, docs/benchmarks.md): of 160 pattern matches, 11 false alarms, 5 of them overruled so ("my
# ex choked me back in 2019, can i still report it", "got choked out twice at bjj tonight"); of 149 real
# dangers none, the least sure at 0.25 and 0.75. Self-harm is never overruled (actions/danger.py's Samaritans
# answer is the cheaper mistake).
PATTERN_OVERRULE_SURE = 0.8
# At or above this probability an English message is danger now even when its own words read as past, habit, what-if
# or safe (danger_detector.told_as_not_now): the give-way was written against the intent classifier's false alarms, and
# by the thirty-fifth round it demoted 23 of the 25 present dangers the held-out English sets still missed, most of them
# read by this classifier at 0.9 or more (a shotgun "my late father's" pointed at a sister now; "they marry my daughter
# Saturday. she 14"). Chosen in the twenty-first session (docs/benchmarks.md, "The give-way overruled when the binary
# classifier is sure"): on the twenty-four held-out sets it caught 17 more at 0.9 (21 at 0.8) and no false alarm more;
# leaving each taught round out in turn, see the figures there.
SURE_OVER_GIVE_WAY = 0.9
DANGER, NOT_DANGER = 1, 0


def train_binary(examples: Sequence[Example]) -> Pipeline:
    """danger_now against everything else; balanced, since danger_now is about one English example in seven."""
    model = new_model(class_weight="balanced")
    model.fit([e.text for e in examples], [DANGER if e.intent == DANGER_NOW else NOT_DANGER for e in examples])
    return compact(model)


def danger_probability(model: Pipeline, texts: Sequence[str]) -> list[float]:
    column = list(model.classes_).index(DANGER)
    return [float(row[column]) for row in predict_probabilities(model, texts)]


@dataclass(frozen=True)
class DangerNowClassifiers:
    """A trained binary classifier for each language that has danger_now examples."""

    models: Mapping[str, Pipeline]
    threshold: float = THRESHOLD
    overrule_below: float = OVERRULE_BELOW
    sure_over_give_way: float = SURE_OVER_GIVE_WAY

    @classmethod
    def train(cls, examples: Iterable[Example], threshold: float = THRESHOLD, with_english: bool = True,
              overrule_below: float = OVERRULE_BELOW, sure_over_give_way: float = SURE_OVER_GIVE_WAY) -> "DangerNowClassifiers":
        """English on its own examples; another language on its own and, with `with_english`, the English
        ones too, as its intent classifier is (people mix English in, and English has most of the examples)."""
        grouped = by_language(examples)
        english = [e for e in grouped.get(ENGLISH, []) if e.intent not in NOT_TYPED]
        models = {}
        for language, found in grouped.items():
            if not any(e.intent == DANGER_NOW for e in found):
                continue
            taught = english if language == ENGLISH else found + (english if with_english else [])
            models[language] = train_binary(taught)
        return cls(models, threshold, overrule_below, sure_over_give_way)

    def probability(self, text: str, language: str) -> Optional[float]:
        """The probability that the message tells of danger now; None for a language with no classifier."""
        model = self.models.get(language)
        return danger_probability(model, [text])[0] if model is not None else None

    def says_danger(self, text: str, language: str) -> bool:
        return self.reaches_threshold(self.probability(text, language))

    def reaches_threshold(self, probability: Optional[float]) -> bool:
        """Sure enough that the message is danger now to be taken as it (by the DangerDetector)."""
        return probability is not None and probability >= self.threshold

    def sure_of_danger(self, probability: Optional[float]) -> bool:
        """Sure enough that the message is danger now to overrule its own words' give-way (English only: the
        DangerDetector asks it of English messages alone)."""
        return probability is not None and probability >= self.sure_over_give_way

    def says_not_danger(self, probability: Optional[float]) -> bool:
        """Sure enough that the message is not danger now to overrule another classifier's danger_now."""
        return probability is not None and probability < self.overrule_below
