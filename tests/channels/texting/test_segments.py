"""SMS segment counting (GSM-7 and UCS-2) and splitting long replies into sensible messages."""
from __future__ import annotations

from channels.texting.segments import (
    GSM7,
    UCS2,
    count_segments,
    fits_characters,
    fits_sms_segments,
    prefer_gsm7,
    split_message,
)


def test_gsm7_fits_160_characters_in_one_segment_and_153_in_each_of_several() -> None:
    assert count_segments("a" * 160) == count_segments("a" * 160).__class__(GSM7, 160, 1)
    assert count_segments("a" * 161).segments == 2
    assert count_segments("a" * 306).segments == 2
    assert count_segments("a" * 307).segments == 3
    assert count_segments("").segments == 0


def test_one_character_outside_gsm7_makes_the_whole_message_ucs2() -> None:
    assert count_segments("a" * 69 + "ą") == count_segments("x").__class__(UCS2, 70, 1)
    assert count_segments("a" * 70 + "ą").segments == 2  # 71 > 70: then 67 a segment
    assert count_segments("a" * 133 + "ą").segments == 2
    assert count_segments("a" * 134 + "ą").segments == 3
    assert count_segments("I’m here").encoding == UCS2  # a curly apostrophe


def test_gsm7_extension_characters_count_double_and_are_never_split() -> None:
    assert count_segments("€" * 80).units == 160
    assert count_segments("€" * 80).segments == 1
    assert count_segments("€" * 81).segments == 2
    # 152 plain characters and then a two-septet one: it cannot straddle the segment boundary.
    assert count_segments("a" * 152 + "€" + "a" * 10).segments == 2
    assert count_segments("a" * 152 + "€" + "a" * 152).segments == 3


def test_emoji_take_two_ucs2_units_and_are_never_split() -> None:
    assert count_segments("🙂" * 35).segments == 1
    assert count_segments("🙂" * 36).segments == 2


def test_typographic_punctuation_is_replaced_so_sms_stays_gsm7() -> None:
    text = prefer_gsm7("I’m sorry – “really”… Zoë")
    assert text == "I'm sorry - \"really\"... Zoë" or count_segments(text).encoding == GSM7
    assert count_segments(prefer_gsm7("It’s not your fault — you did the right thing.")).encoding == GSM7


def test_a_short_text_is_one_message() -> None:
    assert split_message("Hello. How are you?", fits_sms_segments(1)) == ["Hello. How are you?"]
    assert split_message("   ", fits_sms_segments(1)) == []


def test_long_texts_are_split_at_sentence_boundaries() -> None:
    sentences = [f"Sentence {n} is here to make the text long enough." for n in range(12)]
    text = " ".join(sentences)
    parts = split_message(text, fits_sms_segments(1))
    assert len(parts) > 1
    assert all(count_segments(part).segments == 1 for part in parts)
    assert all(part.endswith(".") for part in parts)
    assert " ".join(parts) == text


def test_ucs2_texts_are_split_to_the_shorter_ucs2_limit() -> None:
    text = " ".join(["Zgłoszenie jest anonimowe, nikt nie zobaczy Twojego numeru."] * 6)
    parts = split_message(text, fits_sms_segments(1))
    assert all(count_segments(part).encoding == UCS2 and len(part) <= 70 for part in parts)
    assert " ".join(parts) == text


def test_a_sentence_too_long_for_one_message_is_split_between_words_then_inside_a_word() -> None:
    words = " ".join(["word"] * 100) + "."
    parts = split_message(words, fits_sms_segments(1))
    assert all(len(part) <= 160 for part in parts)
    assert " ".join(parts) == words
    assert split_message("x" * 400, fits_characters(160)) == ["x" * 160, "x" * 160, "x" * 80]


def test_line_breaks_are_kept_so_a_menu_stays_one_option_a_line() -> None:
    text = "Who is making this report?\n\nReply 1 for It happened to me\nReply 2 for I saw it happen"
    assert split_message(text, fits_sms_segments(1)) == [text]
    parts = split_message("A question that is rather long. " * 4 + "\n\n" + "Reply 1 for Yes\nReply 2 for No", fits_characters(100))
    # The menu stays whole, with the question it answers if there is room.
    assert parts[-1] == "A question that is rather long.\n\nReply 1 for Yes\nReply 2 for No"


def test_1600_characters_become_messages_of_at_most_three_segments() -> None:
    text = " ".join(["This is a sentence of a long reply."] * 45)[:1600]
    parts = split_message(text, fits_sms_segments(3))
    assert all(count_segments(part).segments <= 3 for part in parts)
    assert len(parts) == 4
