"""The finder of identities typed anywhere (bot/identities_in_text.py): every spelling people use, and
the numbers and words that are not identities and must stay as written (helplines, references, dates).

The lists here are also the measurement quoted in the commit that brought in `phonenumbers`:
`.venv/bin/python -m tests.bot.test_sealing_identities` prints how many of each list the finder gets right."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.identities_in_text import EMAIL, PHONE, POSTCODE, IdentityFinder
from bot.storage.references import format_reference, new_reference

FINDER = IdentityFinder()

PHONES = [
    "07700 900456", "07700900456", "07700 900 456", "07700-900-456", "07700.900.456", "0 7 7 0 0 9 0 0 4 5 6",
    "+44 7700 900456", "+447700900456", "+44 (0)7700 900456", "0044 7700 900456", "00447700900456",
    "(0116) 496 0000", "0116-496-0000", "0116 496 0000", "01164960000", "0116 4960000", "020 7946 0000",
    "0207 946 0000", "0800 123 4567", "0345 123 4567", "7911 123456",
    "+48 601 234 567", "+48601234567", "0048 601 234 567", "+92 300 1234567", "0092 300 1234567",
    "+1 202 555 0143", "+33 6 12 34 56 78", "+91 98765 43210", "+880 1712 345678", "+40 721 234 567",
    "+351 912 345 678", "+252 61 234 5678",
]
EMAILS = [
    "jo.bloggs@example.com", "JO.BLOGGS@EXAMPLE.CO.UK", "jo+abuse@mail.example.org", "jo @ example . com",
    "jo.bloggs at example dot com", "jo dot bloggs at example dot co dot uk", "jo [at] example [dot] com",
    "jo(at)example(dot)org", "jo at example.com",
]
POSTCODES = ["LE1 5WW", "le15ww", "LE1  5WW", "le1 5ww", "LE19 1AB", "M1 1AA", "B33 8TH", "SW1A 1AA", "EC1A1BB", "CR2 6XH"]
# Messages in which nothing must be sealed: what the assistant needs to read as it is.
NOT_IDENTITIES = [
    "call 999", "I rang 101 yesterday", "press 55 when asked", "text relay 18000", "I called 116 123", "18001 101",
    "I called Stop Hate UK on 0800 138 1625", "I texted 07717 989 025", "the helpline 0808 2000 247 helped",
    "my reference is 1234 5678 9012", "reference 482193750164", "4821-9375-0164",
    "8181 0001 2281", "4472 8519 9526", "4412 7950 3816",  # mistyped references
    "it happened on 12/03/2024 at 14:30", "on 2024-03-12", "on 12.03.2024", "at 5pm", "at 17.30", "around 9:45 pm",
    "he took £2000 from me", "2,500 pounds", "£1,250.50", "I am 34 years old", "he is 55", "my son is 7",
    "I live at 42 Church Street", "flat 3, 12 High Road", "bus 14 at 5.30", "it happened 3 times in 2023 and 2024",
    "between 10 and 20 people", "about 15 of them", "I was at home dot", "I met him at school", "we met at the shop.",
    "I'm in year 10 and 11", "on the A6 going north", "the number 48 bus", "it was in LE1", "room 101",
    "@jobloggs on instagram", "I waited 45 minutes", "3 weeks 2 days", "1st, 2nd and 3rd of May",
]


def kinds_found(text: str) -> list[tuple[str, str]]:
    return [(found.kind, found.text) for found in FINDER.find(text)]


@pytest.mark.parametrize("number", PHONES)
def test_phone_numbers_in_every_spelling_are_found_whole(number: str) -> None:
    assert kinds_found(f"he keeps ringing me from {number} every night") == [(PHONE, number)]


@pytest.mark.parametrize("address", EMAILS)
def test_email_addresses_plain_and_spelled_out_are_found_whole(address: str) -> None:
    assert kinds_found(f"and emails me at {address} too") == [(EMAIL, address)]


@pytest.mark.parametrize("postcode", POSTCODES)
def test_full_uk_postcodes_are_found_with_any_spacing(postcode: str) -> None:
    assert kinds_found(f"he lives near {postcode}, by the park") == [(POSTCODE, postcode)]


@pytest.mark.parametrize("text", NOT_IDENTITIES)
def test_helplines_references_dates_times_amounts_ages_and_house_numbers_are_left_alone(text: str) -> None:
    assert kinds_found(text) == []


@pytest.mark.parametrize("before", ["on 12/03/2024", "flat 12", "at 14.30", "he is 34.", "room 101", "3 times:"])
def test_a_number_right_after_other_digits_is_still_found(before: str) -> None:
    # libphonenumber's matcher takes the digits before as part of the number and rejects the whole.
    assert kinds_found(f"{before} 07700 900456 rang me") == [(PHONE, "07700 900456")]


def test_references_even_mistyped_are_never_taken_for_phone_numbers() -> None:
    for _ in range(2000):
        reference = new_reference()
        mistyped = reference[:-1] + str((int(reference[-1]) + 1) % 10)
        for written in (format_reference(reference), reference, format_reference(mistyped), "-".join(format_reference(mistyped).split())):
            assert kinds_found(f"my reference is {written}") == [], written


def test_several_identities_in_one_account_are_each_replaced_in_place() -> None:
    account = "He rings me from 07700 900456, emails jo@example.com and waits outside LE1 5WW. Ref 1234 5678 9012."
    sealed, found = FINDER.replace(account, lambda kind: f"[{kind}]")
    assert sealed == "He rings me from [phone], emails [email] and waits outside [postcode]. Ref 1234 5678 9012."
    assert [f.text for f in found] == ["07700 900456", "jo@example.com", "LE1 5WW"]


def test_a_number_inside_an_email_address_is_part_of_the_address() -> None:
    assert kinds_found("write to jo07700900456@example.com") == [(EMAIL, "jo07700900456@example.com")]


def test_a_message_without_identities_comes_back_as_it_was() -> None:
    text = "Someone shouted at me on the bus on 3 May at 8am"
    assert FINDER.replace(text, lambda kind: "[x]") == (text, [])


def test_the_longest_message_is_searched_quickly() -> None:
    worst = ("a.b.c.d " * 300 + "at at dot dot 0 1 2 3 4 5 6 7 8 9 " * 40)[:4000]
    started = time.perf_counter()
    FINDER.find(worst)
    assert time.perf_counter() - started < 0.5


def measure() -> None:
    """How many of each list the finder gets right (found exactly, or rightly left alone)."""
    wrapped = {
        PHONE: [f"he rings from {p} at night" for p in PHONES],
        EMAIL: [f"emails me at {e} too" for e in EMAILS],
        POSTCODE: [f"lives near {p}, by the park" for p in POSTCODES],
    }
    for kind, texts in wrapped.items():
        hits = sum(1 for text in texts if [f.kind for f in FINDER.find(text)] == [kind])
        print(f"{kind}: {hits}/{len(texts)} found")
    wrong = [text for text in NOT_IDENTITIES if FINDER.find(text)]
    print(f"not identities: {len(NOT_IDENTITIES) - len(wrong)}/{len(NOT_IDENTITIES)} left alone; wrongly sealed: {wrong}")


if __name__ == "__main__":
    measure()


def _placeholders_in_every_language() -> list[str]:
    from bot.identities_in_text import PLACEHOLDER_RESPONSES
    from bot.languages.supported import LANGUAGES
    from bot.texts import TextCatalogue

    texts = TextCatalogue.from_domain()
    return [texts.render(name, lang.code) for lang in LANGUAGES for name in PLACEHOLDER_RESPONSES.values()]


def test_the_classifiers_read_a_message_without_placeholders_and_the_answer_keeps_them(tmp_path: Path) -> None:
    from rasa.engine.storage.local_model_storage import LocalModelStorage
    from rasa.engine.storage.resource import Resource
    from rasa.shared.nlu.training_data.message import Message

    from bot.languages.intents import LanguageIntents
    from bot.rasa_plugins.language_intents import LanguageIntentClassifier, _read_without_placeholders

    read: list[str] = []

    class RecordingIntents(LanguageIntents):
        def rank(self, text: str, language: str) -> list[tuple[str, float]]:
            read.append(text)
            return [("tell_story_harassment", 1.0)]

    classifier = LanguageIntentClassifier(LocalModelStorage(tmp_path), Resource("language_intents"), RecordingIntents({}))
    for placeholder in _placeholders_in_every_language():
        sent = f"my neighbour, his number is {placeholder}"
        assert _read_without_placeholders(Message(data={"text": sent})).strip() == "my neighbour, his number is"
        message = Message(data={"text": sent})
        classifier.process([message])
        assert read[-1].strip() == "my neighbour, his number is"
        assert message.get("text") == sent


def test_no_placeholder_in_any_language_sets_off_a_danger_pattern() -> None:
    from bot.rasa_plugins.danger_detector import detect_danger

    for placeholder in _placeholders_in_every_language():
        assert detect_danger(f"he rings me from {placeholder}") is None, placeholder
