import pytest

from bot.inbound import InboundRejected, clean_text
from bot.router import looks_like_contact_details


def test_text_is_normalised_without_changing_what_was_said() -> None:
    assert clean_text("  he said \u0000things\u200b  ", 100) == "he said things"
    assert clean_text("e\u0301", 100) == "\u00e9"  # NFC
    assert clean_text("مرحبا، أحتاج مساعدة", 100) == "مرحبا، أحتاج مساعدة"
    assert clean_text("😢😢", 100) == "😢😢"


def test_a_slash_command_cannot_reach_the_assistant() -> None:
    assert clean_text("/restart", 100) == "restart"
    assert clean_text(" //handoff_ended ", 100) == "handoff_ended"


def test_unpaired_surrogates_are_replaced_not_fatal() -> None:
    assert clean_text("a\ud800b", 100) == "a\ufffdb"


@pytest.mark.parametrize("text, code", [("", "empty_message"), ("  \n\t ", "empty_message"), ("/", "empty_message"), ("x" * 101, "message_too_long")])
def test_what_cannot_be_taken_says_why(text: str, code: str) -> None:
    with pytest.raises(InboundRejected) as problem:
        clean_text(text, 100)
    assert problem.value.code == code


@pytest.mark.parametrize("text", ["07700 900123", "+44 7700 900123", "me@example.org", "call 0116 222 2222 after 6"])
def test_contact_details_are_recognised(text: str) -> None:
    assert looks_like_contact_details(text)


@pytest.mark.parametrize("text", ["skip", "text me", "evenings after 6pm", "I'd rather not", "1"])
def test_other_answers_are_not_taken_for_contact_details(text: str) -> None:
    assert not looks_like_contact_details(text)
