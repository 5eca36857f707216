"""Numbered menus for phones without buttons, choosing by number or words, and keywords."""
from __future__ import annotations

import pytest

from channels.texting.keywords import CHAT_APP_KEYWORDS, SMS_KEYWORDS, Keyword, recognise
from channels.texting.menus import choice_token, choose, chosen_by_token, numbered_menu, with_menu
from channels.texting.rendering import KeyboardButtons, NumberedMenus
from channels.texting.segments import count_segments, fits_characters, fits_sms_segments
from bot.texts import TextCatalogue

BUTTONS = [
    {"title": "It happened to me", "payload": '/choose{"reporter_role": "victim"}'},
    {"title": "I saw it happen", "payload": '/choose{"reporter_role": "witness"}'},
    {"title": "Talk to a person", "payload": "/request_human"},
]
WORDING = TextCatalogue.from_domain()


def test_buttons_become_numbered_lines_under_the_text() -> None:
    assert numbered_menu(BUTTONS, WORDING).splitlines() == [
        "Reply 1 for It happened to me",
        "Reply 2 for I saw it happen",
        "Reply 3 for Talk to a person",
    ]
    assert with_menu("Who is making this report?", BUTTONS, WORDING).startswith("Who is making this report?\n\nReply 1")
    assert with_menu("Just text.", [], WORDING) == "Just text."


def test_the_menu_line_wording_comes_from_the_domain_when_it_has_it() -> None:
    wording = TextCatalogue({"utter_hub_menu_option": [{"text": "{number}: {title}"}]})
    assert numbered_menu(BUTTONS[:1], wording) == "1: It happened to me"


@pytest.mark.parametrize("reply", ["2", " 2 ", "2.", "2)", "#2", "option 2", "Number 2"])
def test_a_number_chooses_its_option(reply: str) -> None:
    assert choose(reply, BUTTONS) == BUTTONS[1]


@pytest.mark.parametrize("reply", ["i saw it happen", "I SAW IT HAPPEN!", "  I saw it happen. "])
def test_the_options_words_choose_it(reply: str) -> None:
    assert choose(reply, BUTTONS) == BUTTONS[1]


@pytest.mark.parametrize("reply", ["4", "0", "12", "I saw it happen on the bus", "yes", ""])
def test_anything_else_is_free_text(reply: str) -> None:
    assert choose(reply, BUTTONS) is None


def test_nothing_is_a_choice_when_nothing_is_on_offer() -> None:
    assert choose("1", []) is None


def test_keyboard_tokens_are_short_and_name_only_what_is_on_offer_now() -> None:
    tokens = [choice_token(i, b) for i, b in enumerate(BUTTONS)]
    assert all(len(token.encode()) <= 64 for token in tokens)  # Telegram's callback_data limit
    assert chosen_by_token(tokens[2], BUTTONS) == BUTTONS[2]
    later = [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}]
    assert chosen_by_token(tokens[0], later) is None  # a stale keyboard picks nothing
    assert chosen_by_token("garbage", BUTTONS) is None
    assert chosen_by_token("9:abc", BUTTONS) is None


def test_sms_rendering_numbers_the_menu_and_keeps_each_message_within_three_segments() -> None:
    renderer = NumberedMenus(fits_sms_segments(3), WORDING, prefer_gsm7=True)
    parts = renderer.render("It’s not your fault. " * 40, BUTTONS)
    assert len(parts) > 1
    assert all(count_segments(part.text).segments <= 3 for part in parts)
    assert all(count_segments(part.text).encoding == "GSM-7" for part in parts)
    assert parts[-1].text.endswith("Reply 3 for Talk to a person")
    assert all(not part.choices for part in parts)


def test_telegram_rendering_hangs_a_keyboard_on_the_last_message() -> None:
    parts = KeyboardButtons(fits_characters(4096)).render("Who is making this report?", BUTTONS)
    assert len(parts) == 1
    assert [c["title"] for c in parts[0].choices] == [b["title"] for b in BUTTONS]
    assert "Reply 1" not in parts[0].text


@pytest.mark.parametrize(
    "text, keyword",
    [("STOP", Keyword.STOP), ("stop.", Keyword.STOP), ("Unsubscribe", Keyword.STOP), ("cancel", Keyword.STOP),
     ("START", Keyword.START), ("unstop", Keyword.START), ("HELP", Keyword.HELP), ("help!", Keyword.HELP),
     ("PERSON", Keyword.PERSON), ("agent", Keyword.PERSON), ("talk to a person", Keyword.PERSON),
     ("RESTART", Keyword.RESTART), ("Menu", Keyword.RESTART), ("start again", Keyword.RESTART),
     ("/start", Keyword.START), ("/help", Keyword.HELP)],
)
def test_keywords_are_recognised_in_any_case_and_punctuation(text: str, keyword: Keyword) -> None:
    assert recognise(text, SMS_KEYWORDS) is keyword


@pytest.mark.parametrize("text", ["please stop him", "he won't stop", "I need help with a report", "yes", "1"])
def test_only_a_whole_message_is_a_keyword(text: str) -> None:
    assert recognise(text, SMS_KEYWORDS) is None


def test_yes_means_start_only_to_someone_who_has_stopped() -> None:
    assert recognise("YES", SMS_KEYWORDS, stopped=True) is Keyword.START
    assert recognise("YES", SMS_KEYWORDS, stopped=False) is None


def test_carrier_opt_out_words_stop_sms_but_not_chat_apps() -> None:
    assert recognise("cancel", SMS_KEYWORDS) is Keyword.STOP
    assert recognise("cancel", CHAT_APP_KEYWORDS) is None
    assert recognise("stop", CHAT_APP_KEYWORDS) is Keyword.STOP


def test_help_is_the_hubs_on_sms_and_the_assistants_on_chat_apps_except_the_command() -> None:
    assert recognise("help", SMS_KEYWORDS) is Keyword.HELP
    assert recognise("help", CHAT_APP_KEYWORDS) is None
    assert recognise("/help", CHAT_APP_KEYWORDS) is Keyword.HELP
    assert recognise("/start", CHAT_APP_KEYWORDS) is Keyword.START
    assert recognise("/stop", CHAT_APP_KEYWORDS) is Keyword.STOP
