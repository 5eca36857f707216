"""Understanding a message: one small classifier per language, English's included.

Each is a logistic regression over character n-grams (1 to 4, within words) and words, fitted by
stochastic gradient descent (as accurate as the exact solver here, measured on Polish and Gujarati, and
ten to fifteen times faster to train), on that language's examples in data/languages/<code>/nlu.yml
(English's in data/training/nlu/). Chosen over DIET by training time and F1 (docs/benchmarks.md): a
language trains in a second or two, where DIET took minutes for English alone and adding every
language's examples would multiply them, and on held-out English it scored at least as well; character
n-grams carry the misspellings and missing diacritics people type. Plain scikit-learn (a Rasa
dependency), so the bench can cross-validate exactly what the Rasa component uses
(bot/rasa_plugins/language_intents.py)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping, Optional, Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from bot.assistant_contract import (
    CONTACT_GIVEN, HANDOFF_ENDED, HANDOFF_UNAVAILABLE, LANGUAGE_CHANGED, START_CONVERSATION,
)
from bot.languages.phrases import normalise
from bot.languages.shared_vocabulary import shared
from bot.languages.supported import ENGLISH

# Light regularisation, so that a clear example gets a confident answer, as the fallback threshold expects.
REGULARISATION_ALPHA = 1e-5
EPOCHS = 30
# Intents whose English examples are placeholders for what the hub sends, or bare numbers: not what
# people type, so not taught to the other languages' classifiers.
NOT_TYPED = frozenset({START_CONVERSATION, CONTACT_GIVEN, HANDOFF_ENDED, HANDOFF_UNAVAILABLE, LANGUAGE_CHANGED,
                       "choose"})


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    language: str


def new_model(class_weight: Optional[str] = None) -> Pipeline:
    """`class_weight="balanced"` weighs a rare class (danger now, bot/languages/danger_now.py) as much as the rest."""
    features = FeatureUnion(
        [
            ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), sublinear_tf=True, preprocessor=normalise)),
            ("words", TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, preprocessor=normalise,
                                      token_pattern=r"(?u)\S+")),
        ]
    )
    classifier = SGDClassifier(loss="log_loss", alpha=REGULARISATION_ALPHA, max_iter=EPOCHS, tol=None, random_state=1,
                               class_weight=class_weight)
    return Pipeline([("features", features), ("classifier", classifier)])


def train_model(examples: Sequence[Example]) -> Pipeline:
    model = new_model()
    model.fit([e.text for e in examples], [e.intent for e in examples])
    return compact(model)


def compact(model: Pipeline) -> Pipeline:
    """Keep a fitted model's weights in single precision and its vocabularies shared: far less memory and model
    file for the same answers. The weights are a dense matrix of intents by n-grams (15 languages, 270 MB in
    double precision in December 2026); single precision (the features too, `predict_probabilities`) moves a
    probability by under 1e-6, far below any threshold it meets, and leaves every ranking as it was. The
    vocabularies (n-gram -> column) took more still, repeated across languages and classifiers:
    shared_vocabulary.py keeps each once (docs/benchmarks.md)."""
    classifier = model.named_steps["classifier"]
    # Column-major, so that the transpose a prediction multiplies by (`predict_probabilities`) is contiguous.
    classifier.coef_ = np.asfortranarray(classifier.coef_.astype(np.float32))
    for _, vectoriser in model.named_steps["features"].transformer_list:
        vectoriser.vocabulary_ = shared(vectoriser.vocabulary_)
    return model


def by_language(examples: Iterable[Example]) -> dict[str, list[Example]]:
    grouped: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        grouped[example.language].append(example)
    return dict(grouped)


def predict_probabilities(model: Pipeline, texts: Sequence[str]) -> np.ndarray:
    """`model.predict_proba(texts)`, with the n-gram features in single precision like the weights. Given double
    precision features, scikit-learn's product converts the whole weight matrix (intents by n-grams) to double on
    every call: 3.4 ms a message for English's, a tenth of the Rasa server's busy time (py-spy, docs/benchmarks.md);
    single precision features against the contiguous transpose `compact` keeps take 0.03 ms. The probabilities
    move by about 1e-6, far below any threshold they meet."""
    features = model.named_steps["features"].transform(texts).astype(np.float32)
    return np.asarray(model.named_steps["classifier"].predict_proba(features))


def ranking(model: Pipeline, text: str, limit: int = 10) -> list[tuple[str, float]]:
    """The intents, most likely first, with their probabilities."""
    probabilities = predict_probabilities(model, [text])[0]
    ranked = sorted(zip(model.classes_, probabilities), key=lambda pair: pair[1], reverse=True)
    return [(str(intent), float(p)) for intent, p in ranked[:limit]]


class LanguageIntents:
    """A trained classifier for each language that has examples."""

    def __init__(self, models: Mapping[str, Pipeline]) -> None:
        self.models = dict(models)

    @classmethod
    def train(cls, examples: Iterable[Example]) -> "LanguageIntents":
        """A classifier per language. English's learns every English example; each other language's is
        also taught the English examples people type: people mix English into their own language, and it
        widens what each intent looks like (+0.06 to 0.08 macro F1 measured on Polish and Gujarati)."""
        grouped = by_language(examples)
        english = grouped.pop(ENGLISH, [])
        typed_english = [e for e in english if e.intent not in NOT_TYPED]
        models = {language: train_model(found + typed_english) for language, found in grouped.items()}
        if english:
            models[ENGLISH] = train_model(english)
        return cls(models)

    def rank(self, text: str, language: str) -> list[tuple[str, float]]:
        """The ranking of `language`'s classifier, English's for a language without examples."""
        model = self.models.get(language) or self.models.get(ENGLISH)
        return ranking(model, text) if model is not None else []
