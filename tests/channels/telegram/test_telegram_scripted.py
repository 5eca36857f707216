"""Telegram: secret-token webhook, inline keyboards for choices, the same keywords and flows."""
from __future__ import annotations

import time

import pytest
import requests

from tests.channels.texting.people import Hub, TelegramUser, wait_until_sent
from tests.support.standins import StandIns
from tests.support.standins.assistant import OPENING, ScriptedAssistant


def test_start_opens_with_an_inline_keyboard(telegram_user: TelegramUser) -> None:
    replies = telegram_user.send(telegram_user.message("/start"))
    assert len(replies) == 1
    assert replies[0].text == OPENING  # no numbered menu: Telegram has buttons
    assert [b["text"] for b in replies[0].buttons] == ["It happened to me", "I saw it happen", "Talk to a person"]
    assert all(len(b["callback_data"].encode()) <= 64 for b in replies[0].buttons)


def test_pressing_a_button_sends_its_payload_and_acknowledges_the_press(
    telegram_user: TelegramUser, assistant: ScriptedAssistant, standins: StandIns
) -> None:
    opening = telegram_user.send(telegram_user.message("/start"))
    press = telegram_user.press(opening[0].buttons[1]["callback_data"])
    replies = telegram_user.send(press)
    assert assistant.received.all()[-1]["text"] == '/choose{"reporter_role": "witness"}'
    assert replies[-1].text == "What happened?"
    standins.telegram.answered_callbacks.wait_for(lambda ids: press["callback_query"]["id"] in ids, timeout=10)


def test_an_old_keyboard_cannot_choose_what_is_on_offer_now(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    opening = telegram_user.send(telegram_user.message("/start"))
    telegram_user.send(telegram_user.press(opening[0].buttons[0]["callback_data"]))
    before = len(assistant.received.all())
    replies = telegram_user.send(telegram_user.press(opening[0].buttons[0]["callback_data"]))
    assert len(assistant.received.all()) == before
    assert "isn't available" in replies[0].text


def test_typed_numbers_and_words_choose_on_telegram_too(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    telegram_user.send(telegram_user.message("/start"))
    telegram_user.send(telegram_user.message("1"))
    assert assistant.received.all()[-1]["text"] == '/choose{"reporter_role": "victim"}'


def test_a_retried_update_is_processed_once(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    update = telegram_user.message("something happened")
    before = len(assistant.received.all())
    assert len(telegram_user.send(update)) == 1
    assert telegram_user.send(update) == []
    assert len(assistant.received.all()) == before + 1


def test_a_wrong_or_missing_secret_token_is_refused(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    before = len(assistant.received.all())
    assert telegram_user.post(telegram_user.message("hi"), secret="wrong").status_code == 403
    assert telegram_user.post(telegram_user.message("hi"), secret="").status_code == 403
    assert len(assistant.received.all()) == before


def test_stop_and_start(telegram_user: TelegramUser) -> None:
    assert len(telegram_user.send(telegram_user.message("/stop"))) == 1
    assert telegram_user.send(telegram_user.message("hello")) == []
    assert len(telegram_user.send(telegram_user.message("/start"))) == 1
    assert telegram_user.send(telegram_user.message("hello"))[0].text == "You said: hello"


def test_a_photo_or_a_sticker_gets_a_helpful_reply(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    photo = [{"file_id": "AgAD", "file_unique_id": "x", "width": 90, "height": 90}]
    replies = telegram_user.send(telegram_user.message(photo=photo))
    assert "photos or files" in replies[0].text
    assert assistant.received.all()[-1]["text"] == "/attachment_received"
    sticker = {"file_id": "CAAD", "file_unique_id": "y", "type": "regular", "width": 1, "height": 1, "is_animated": False, "is_video": False}
    assert telegram_user.send(telegram_user.message(sticker=sticker))


def test_shared_contact_details_are_not_passed_on(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    contact = {"phone_number": "+447700900777", "first_name": "Sam", "user_id": telegram_user.chat_id}
    telegram_user.send(telegram_user.message(contact=contact))
    assert "+447700900777" not in str(assistant.received.all())


@pytest.mark.parametrize(
    "update",
    [
        {"update_id": 1, "edited_message": {"message_id": 1, "chat": {"id": 5, "type": "private"}, "date": 0, "text": "x"}},
        {"update_id": 2, "my_chat_member": {}},
        {"update_id": 3, "message": {"message_id": 1, "chat": {"id": -100, "type": "group"}, "date": 0, "text": "hi"}},
    ],
)
def test_updates_we_do_not_handle_are_acknowledged_and_ignored(telegram_user: TelegramUser, update: dict) -> None:
    assert telegram_user.post(update).status_code == 200


@pytest.mark.parametrize(
    "update", [{}, {"update_id": "one"}, {"update_id": 4, "message": "text"}, {"update_id": 5, "message": {"chat": {"id": "x", "type": "private"}}}, []]
)
def test_malformed_updates_get_a_clear_400(telegram_user: TelegramUser, update: object) -> None:
    assert telegram_user.post(update).status_code == 400


def test_a_message_over_our_limit_gets_a_helpful_reply(telegram_user: TelegramUser) -> None:
    replies = telegram_user.send(telegram_user.message("x " * 2040))
    assert "too long" in replies[0].text


def test_a_failing_bot_api_is_retried_until_it_recovers(telegram_user: TelegramUser, standins: StandIns) -> None:
    standins.telegram.failures.fail_for(1.5, status=502)
    started = time.monotonic()
    replies = telegram_user.send(telegram_user.message("are you there"))
    assert [r.text for r in replies] == ["You said: are you there"]
    assert standins.telegram.failures.failed >= 1
    assert time.monotonic() - started < 15
    standins.telegram.failures.reset()


def test_the_help_command_is_answered_by_the_hub(telegram_user: TelegramUser, assistant: ScriptedAssistant) -> None:
    before = len(assistant.received.all())
    replies = telegram_user.send(telegram_user.message("/help"))
    assert len(replies) == 1 and "999" in replies[0].text
    assert len(assistant.received.all()) == before


def test_blocking_the_bot_stops_messages_until_start(telegram_user: TelegramUser, scripted_hub: Hub) -> None:
    telegram_user.send(telegram_user.message("hello"))
    kicked = telegram_user.update(
        my_chat_member={
            "chat": {"id": telegram_user.chat_id, "type": "private"},
            "from": {"id": telegram_user.chat_id, "is_bot": False, "first_name": "Sam"},
            "date": int(time.time()),
            "old_chat_member": {"user": {"id": 1, "is_bot": True, "first_name": "SpeakUp"}, "status": "member"},
            "new_chat_member": {"user": {"id": 1, "is_bot": True, "first_name": "SpeakUp"}, "status": "kicked", "until_date": 0},
        }
    )
    assert telegram_user.send(kicked) == []
    scripted_hub.push(telegram_user.conversation_id, "Are you still there?")
    wait_until_sent(scripted_hub.engine, telegram_user.conversation_id)
    assert telegram_user.telegram.messages_to(telegram_user.chat_id)[-1].text != "Are you still there?"
    assert len(telegram_user.send(telegram_user.message("/start"))) == 1


def test_a_secret_header_of_arbitrary_bytes_is_refused_not_a_crash(telegram_user: TelegramUser) -> None:
    response = requests.post(
        telegram_user.hub.url + "/webhooks/telegram",
        data=b'{"update_id": 1}',
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": b"\xff\xfe\x80".decode("latin-1")},
        timeout=10,
    )
    assert response.status_code == 403
