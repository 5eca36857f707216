"""A language's intent classifier (bot/languages/intents.py) keeps its weights in single precision and answers
as the double-precision model it was fitted as."""
from __future__ import annotations

import numpy as np
from sklearn.pipeline import Pipeline

from bot.languages.intents import Example, compact, new_model, ranking, train_model

EXAMPLES = [Example(text, intent, "pl") for intent, texts in {
    "greet": ["dzień dobry", "cześć", "hej, jest tu ktoś", "witam serdecznie"],
    "get_help_now": ["potrzebuję pomocy", "pomóżcie mi proszę", "ktoś mi grozi, pomocy", "help mnie ktoś"],
    "report_incident": ["chcę zgłosić napaść", "sąsiad mnie nęka, chcę to zgłosić", "zgłoszenie przestępstwa z nienawiści",
                        "chce zglosic ze ktos mnie obraza"],
}.items() for text in texts]
MESSAGES = ["dzien dobry", "pomocy szybko", "chcę zgłosić sąsiada", "hello", "ktoś mnie nęka i grozi"]


def _fitted() -> Pipeline:
    model = new_model()
    model.fit([e.text for e in EXAMPLES], [e.intent for e in EXAMPLES])
    return model


def test_a_trained_classifier_keeps_its_weights_in_single_precision() -> None:
    classifier = train_model(EXAMPLES).named_steps["classifier"]
    assert classifier.coef_.dtype == np.float32
    # what makes a prediction cheap: the transpose it multiplies by is contiguous (predict_probabilities)
    assert classifier.coef_.T.flags["C_CONTIGUOUS"]


def test_single_precision_weights_rank_every_message_as_double_precision_did() -> None:
    """Against scikit-learn's own prediction in double precision, features and weights."""
    double, single = _fitted(), compact(_fitted())
    for text in MESSAGES:
        probabilities = double.predict_proba([text])[0]
        expected = sorted(zip(double.classes_, probabilities), key=lambda pair: pair[1], reverse=True)
        found = ranking(single, text)
        assert [intent for intent, _ in found] == [intent for intent, _ in expected]
        assert np.allclose([p for _, p in found], [p for _, p in expected], atol=1e-6)
