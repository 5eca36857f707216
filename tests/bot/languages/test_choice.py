"""The hub's choice of the language to answer in: set by what people write, never flipped by a word."""
from __future__ import annotations

import pytest

from bot.languages.choice import decide
from bot.languages.phrases import ROMANISED


@pytest.mark.parametrize(
    "text, language",
    [
        ("Sąsiad mnie nęka i grozi mi, boję się", "pl"),
        ("Vecinul meu mă amenință în fiecare zi", "ro"),
        ("મને મદદ જોઈએ છે", "gu"),
        ("ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", "pa"),
        ("میرا شوہر مجھے مارتا ہے", "ur"),
        ("زوجي يضربني كل يوم", "ar"),
        ("আমার সাহায্য দরকার", "bn"),
        ("मुझे मदद चाहिए", "hi"),
        ("எனக்கு உதவி வேண்டும்", "ta"),
        ("O meu vizinho ameaça-me todos os dias", "pt"),
        ("دراوسێکەم هەڕەشەم لێ دەکات", "ckb"),
        ("caawimaad baan u baahanahay", "so"),
        ("Ez ji cîranê xwe ditirsim", "ku"),
        ("mara padosi mane roj gaalo aape che", "gu"),
    ],
)
def test_a_first_message_in_one_of_our_languages_sets_it_and_says_so(text: str, language: str) -> None:
    decision = decide(None, False, text)
    assert (decision.answer_language, decision.changed) == (language, True)


def test_a_single_word_in_a_script_of_one_language_is_enough_at_the_start() -> None:
    assert decide(None, False, "હા").answer_language == "gu"


@pytest.mark.parametrize("word", ["tak", "haa", "ok", "da", "sim", "haan", "yes", "nie"])
def test_a_one_word_answer_never_changes_the_language_mid_conversation(word: str) -> None:
    assert decide("pl", False, word).answer_language == "pl"
    assert decide("en", False, word).answer_language == "en"


@pytest.mark.parametrize("word", ["tak", "ok", "haa", "maya", "erê", "da"])
@pytest.mark.parametrize("language", ["so", "ku", "ro"])
@pytest.mark.parametrize("chosen", [False, True])
def test_a_one_word_answer_never_changes_somali_kurmanji_or_romanian(word: str, language: str, chosen: bool) -> None:
    assert decide(language, chosen, word).answer_language == language


def test_a_script_word_mid_conversation_is_read_in_its_language_but_answers_stay() -> None:
    decision = decide("en", False, "હા")
    assert (decision.answer_language, decision.text_language, decision.changed) == ("en", "gu", False)


def test_a_clear_sentence_in_another_of_our_languages_changes_it_mid_conversation() -> None:
    decision = decide("en", False, "Mój partner mnie bije i boję się wrócić do domu")
    assert (decision.answer_language, decision.changed) == ("pl", True)


def test_a_language_the_person_chose_is_never_changed_for_them() -> None:
    decision = decide("pl", True, "I would rather carry on writing in English now")
    assert (decision.answer_language, decision.changed, decision.text_language) == ("pl", False, "en")


def test_english_from_nothing_is_no_change_to_announce() -> None:
    decision = decide(None, False, "my neighbour keeps shouting at me")
    assert (decision.answer_language, decision.changed) == ("en", False)


@pytest.mark.parametrize("text", ["Съседът ми ме заплашва и ме е страх", "Mon voisin me menace et j'ai peur"])
def test_a_language_we_do_not_speak_is_recognised_at_the_start(text: str) -> None:
    assert decide(None, False, text).unsupported


@pytest.mark.parametrize("text", ["mi hermano tiene miedo de la policía", "sestra se bojí chodit ven",
                                  "mana māsa baidās iziet ārā", "dada yangu anaogopa polisi"])
def test_a_latin_script_language_we_do_not_speak_never_sets_one_of_ours(text: str) -> None:
    assert decide(None, False, text).answer_language == "en"


def test_romanised_urdu_is_understood_but_not_a_language_to_answer_in() -> None:
    decision = decide(None, False, "mujhe madad chahiye abhi")
    assert (decision.answer_language, decision.text_language, decision.changed) == ("en", ROMANISED, False)


@pytest.mark.parametrize("text", ["hey um hi", "im not safe here", "im bleeding a lot", "help me please now"])
def test_short_english_is_english_whatever_the_model_makes_of_it(text: str) -> None:
    decision = decide(None, False, text)
    assert (decision.answer_language, decision.unsupported, decision.changed) == ("en", False, False)


@pytest.mark.parametrize("text, language", [("Um homem empurrou-me no autocarro", "pt"), ("on to zrobił i uciekł", "pl")])
def test_words_english_shares_with_another_of_ours_never_turn_it_english(text: str, language: str) -> None:
    assert decide(language, False, text).answer_language == language
