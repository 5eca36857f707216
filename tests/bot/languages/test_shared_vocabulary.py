"""The classifiers' n-gram vocabularies (bot/languages/shared_vocabulary.py): loaded from the model once per
process however many classifiers hold them, and read exactly as before."""
from __future__ import annotations

import pickle

import numpy as np
from sklearn.pipeline import Pipeline

from bot.languages.intents import Example, ranking, train_model
from bot.languages.shared_vocabulary import SharedVocabulary, shared

POLISH = [Example(text, intent, "pl") for intent, texts in {
    "get_help_now": ["potrzebuję pomocy", "pomóżcie mi proszę", "ktoś mi grozi, pomocy"],
    "report_incident": ["chcę zgłosić napaść", "sąsiad mnie nęka, chcę to zgłosić", "zgłoszenie przestępstwa"],
}.items() for text in texts]
PORTUGUESE = [Example(text, intent, "pt") for intent, texts in {
    "get_help_now": ["preciso de ajuda", "socorro, pomocy", "ajudem-me por favor"],
    "report_incident": ["quero denunciar uma agressão", "o vizinho ameaça-me", "queixa de crime de ódio"],
}.items() for text in texts]


def _vocabularies(model: Pipeline) -> list[dict[str, int]]:
    return [vectoriser.vocabulary_ for _, vectoriser in model.named_steps["features"].transformer_list]


def _reloaded(model: Pipeline) -> Pipeline:
    reloaded: Pipeline = pickle.loads(pickle.dumps(model))
    return reloaded


def test_a_reloaded_classifier_ranks_every_message_exactly_as_before() -> None:
    model = train_model(POLISH)
    reloaded = _reloaded(model)
    assert all(isinstance(vocabulary, SharedVocabulary) for vocabulary in _vocabularies(reloaded))
    for text in ["pomocy szybko", "chcę zgłosić sąsiada", "hello", "socorro"]:
        expected, found = ranking(model, text), ranking(reloaded, text)
        assert [intent for intent, _ in found] == [intent for intent, _ in expected]
        assert np.array_equal([p for _, p in found], [p for _, p in expected])


def test_two_classifiers_that_learnt_the_same_texts_share_one_vocabulary_once_loaded() -> None:
    # A language's intent and danger-now classifiers learn the same texts: two pickles, one vocabulary.
    first, second = _reloaded(train_model(POLISH)), _reloaded(train_model(POLISH))
    for mine, theirs in zip(_vocabularies(first), _vocabularies(second)):
        assert mine is theirs


def test_an_ngram_in_two_languages_vocabularies_is_one_string_once_loaded() -> None:
    polish, portuguese = _reloaded(train_model(POLISH)), _reloaded(train_model(PORTUGUESE))
    polish_words, portuguese_words = _vocabularies(polish)[1], _vocabularies(portuguese)[1]
    assert polish_words is not portuguese_words
    in_polish = next(word for word in polish_words if word == "pomocy")
    in_portuguese = next(word for word in portuguese_words if word == "pomocy")
    assert in_polish is in_portuguese


def test_a_vocabulary_that_cannot_be_joined_stays_a_plain_dict() -> None:
    for vocabulary in ({"a\x00b": 0, "c": 1}, {"a": 0, "b": 2}):
        kept = shared(vocabulary)
        assert type(kept) is dict and kept == vocabulary
        assert pickle.loads(pickle.dumps(kept)) == vocabulary
