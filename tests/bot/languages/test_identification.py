"""Which language a short message is in: the languages no script decides (messages not from tests/heldout)."""
from __future__ import annotations

import pytest

from bot.languages.identification import identify
from bot.languages.phrases import ROMANISED


@pytest.mark.parametrize(
    "text, language",
    [
        ("maxaa dhacay", "so"),
        ("walaashay waa la garaacay", "so"),
        ("alîkarî bike", "ku"),
        ("ez tirsiyam", "ku"),
        ("Poliția nu m-a ajutat deloc", "ro"),  # ș and ț with the comma below, as Romanian keyboards type them
        ("tame kya cho", "gu"),  # romanised Gujarati, though "kya" is Urdu too
        ("mujhe kya karna chahiye", ROMANISED),
        ("ohne mainu belt naal kuttya", ROMANISED),  # romanised Punjabi, once read as Somali or English
        ("bhra kehnda ajj raat tainu chaddna nahi", ROMANISED),
        ("someone spat at my daughter", "en"),
    ],
)
def test_a_short_message_is_read_in_its_language(text: str, language: str) -> None:
    assert identify(text).language == language


def test_a_word_both_kurmanji_and_romanised_urdu_use_goes_to_the_language_with_more_words() -> None:
    # "ji" is Kurmanji "from" and Urdu's polite "ji"; "kar" is Urdu "do"
    assert identify("ez ji kar hatim malê").language == "ku"
    assert identify("haan ji main kar rahi hoon").language == ROMANISED


def test_a_word_neither_detector_reads_is_no_language_and_no_error() -> None:
    # "en" (as a person types a language code): fastText's top twenty hold none of lingua's five, lingua gives 0
    assert identify("en").language is None


@pytest.mark.parametrize(
    "text",
    [
        "howe bi2elli ra7 yeqtolni",  # he tells me he will kill me
        "5ayfe ktir",  # I'm very scared
        "3am yedrabni hala2",  # he is hitting me now
        "ma3o sekkine",  # he has a knife
        "ana msh 2adra etla3 men el beit",  # I can't leave the house
    ],
)
def test_arabic_typed_with_digits_for_letters_is_arabic_not_somali_or_romanian(text: str) -> None:
    # Read as Somali, Romanian or Polish, the message met that language's classifier, which knows no Arabic.
    assert identify(text).language == "ar"


@pytest.mark.parametrize(
    "text",
    [
        "khouya rahou ydrebni dork",  # my brother is hitting me now (Algerian, no digits)
        "rajli wach ghadi ydrebni",  # will my husband hit me (Moroccan)
    ],
)
def test_maghrebi_arabizi_typed_without_digits_is_arabic_when_half_its_words_are(text: str) -> None:
    assert identify(text).language == "ar"


def test_romanised_urdu_sharing_one_word_with_arabizi_stays_romanised() -> None:
    assert identify("ro rahi hun bas").language != "ar"


@pytest.mark.parametrize(
    "text",
    [
        "he came round at 3am and wouldnt leave",
        "it happened near the A563 in LE3",
        "gr8 thanks c u at 7pm",
        "g2g he's back",
        "he sold my ps5 and took 2 grand",
    ],
)
def test_times_roads_postcodes_and_text_speak_with_digits_stay_english(text: str) -> None:
    assert identify(text).language == "en"


@pytest.mark.parametrize(
    "text",
    [
        "o amake marteche ekhon",  # he is hitting me now
        "ami ghore lukiye achi, o dorjay",  # I'm hiding at home, he's at the door
        "shami bolche ajke amake shesh kore dibe",  # my husband says he'll finish me today
        "amar bhoy lagche, keu ashche",  # I'm scared, someone is coming
    ],
)
def test_bengali_typed_in_latin_letters_is_bengali_not_english_or_somali(text: str) -> None:
    # Read as English, Somali or Romanian, Banglish met a classifier that knows none of it; Bengali's was taught it.
    assert identify(text).language == "bn"


@pytest.mark.parametrize(
    "text",
    [
        "amar ilaalin sidee lagu helaa",  # Somali: how do I get a protection order ("amar", order)
        "ek achi dukaan batao",  # romanised Urdu: "achi" is good
        "tomar o carro amanhã",  # Portuguese: "tomar", to take
    ],
)
def test_one_word_banglish_shares_with_another_language_is_not_bengali(text: str) -> None:
    assert identify(text).language != "bn"


@pytest.mark.parametrize(
    "text, language",
    [
        ("ਮੇਰੇ ex ਨੇ phone ਤੇ message ਕੀਤਾ", "pa"),
        ("मेरा boyfriend बाहर खड़ा है", "hi"),
        ("ஏன் husband door ல நிக்கிறார்", "ta"),
        ("আমার ex বাসার সামনে", "bn"),
    ],
)
def test_an_indic_script_message_with_english_words_in_it_is_in_the_scripts_language(text: str, language: str) -> None:
    # The vowel signs are Unicode marks, not letters: counted with their script, the few English words do not
    # outnumber it.
    assert identify(text).language == language
