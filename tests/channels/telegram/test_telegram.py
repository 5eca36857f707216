"""Telegram (its Bot API's stand-in) with the real assistant: the secret-token webhook, inline keyboards
for choices, the same keywords and flows. Loose about the assistant's words, strict about the channel."""
from __future__ import annotations

import time

import pytest
import requests

from bot.identity import conversation_id_for
from bot.launcher import Stack
from tests.channels.texting.people import CallHandler, TelegramUser, wait_until_sent
from tests.support.standins import StandIns
from tests.support.standins.telegram_api import SentTelegram


def keyboard(replies: list[SentTelegram]) -> list[dict[str, str]]:
    """The buttons of the reply's keyboard (Telegram shows it under the last message)."""
    assert replies and replies[-1].buttons, [r.text for r in replies]
    assert all(not reply.buttons for reply in replies[:-1])
    return replies[-1].buttons


def heard(user: TelegramUser) -> list[str]:
    return user.hub.assistant_heard(user.conversation_id)


def offered_payload(user: TelegramUser, title: str) -> str:
    for row in reversed(user.hub.transcript(user.conversation_id)):
        for button in row.buttons or []:
            if button["title"] == title:
                return str(button["payload"])
    raise AssertionError(f"no button {title!r} was offered")


def test_start_opens_with_an_inline_keyboard(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    replies = user.send(user.message("/start"))
    buttons = keyboard(replies)
    assert len(buttons) >= 2
    assert not any("Reply 1 for" in reply.text for reply in replies)  # no numbered menu: Telegram has buttons
    assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)
    assert heard(user) == ["/start_conversation"]


def test_pressing_a_button_sends_its_payload_and_acknowledges_the_press(
    stack_telegram_user: TelegramUser, standins: StandIns
) -> None:
    user = stack_telegram_user
    button = keyboard(user.send(user.message("/start")))[-1]
    payload = offered_payload(user, button["text"])
    press = user.press(button["callback_data"])
    assert user.send(press)
    assert heard(user)[-1] == payload
    assert user.hub.said_by_person(user.conversation_id)[-1] == button["text"]
    standins.telegram.answered_callbacks.wait_for(lambda ids: press["callback_query"]["id"] in ids, timeout=10)


def test_an_old_keyboard_cannot_choose_what_is_on_offer_now(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    old = keyboard(user.send(user.message("/start")))[0]
    user.send(user.press(old["callback_data"]))
    before = len(heard(user))
    replies = user.send(user.press(old["callback_data"]))
    assert len(heard(user)) == before
    assert [reply.text for reply in replies] == [user.hub.says("utter_hub_not_a_choice")]


def test_typed_numbers_and_words_choose_on_telegram_too(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    first = keyboard(user.send(user.message("/start")))[0]["text"]
    payload = offered_payload(user, first)
    user.send(user.message("1"))
    assert heard(user)[-1] == payload
    second = keyboard(user.send(user.message("MENU")))[1]["text"]
    user.send(user.message(second.lower()))
    assert heard(user)[-1] == offered_payload(user, second)


def test_a_retried_update_is_processed_once(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    update = user.message("something happened")
    assert user.send(update)
    assert user.send(update) == []
    assert heard(user) == ["something happened"]


def test_a_wrong_or_missing_secret_token_is_refused(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    assert user.post(user.message("hi"), secret="wrong").status_code == 403
    assert user.post(user.message("hi"), secret="").status_code == 403
    assert heard(user) == [] and user.hub.transcript(user.conversation_id) == []


def test_stop_and_start(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    assert [r.text for r in user.send(user.message("/stop"))] == [user.hub.says("utter_hub_sms_stopped")]
    assert user.send(user.message("hello")) == []
    assert heard(user) == []
    assert [r.text for r in user.send(user.message("/start"))] == [user.hub.says("utter_hub_sms_started")]
    assert user.send(user.message("hello"))
    assert heard(user) == ["hello"]


def test_a_photo_or_a_sticker_gets_a_reply_and_is_not_kept(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    photo = [{"file_id": "AgADphoto", "file_unique_id": "x", "width": 90, "height": 90}]
    assert user.send(user.message(photo=photo))
    assert heard(user) == ["/attachment_received"]
    sticker = {"file_id": "CAADsticker", "file_unique_id": "y", "type": "regular", "width": 1, "height": 1,
               "is_animated": False, "is_video": False}
    assert user.send(user.message(sticker=sticker))
    stored = str(user.hub.transcript(user.conversation_id)) + str(user.hub.tracker(user.conversation_id))
    assert "AgADphoto" not in stored and "CAADsticker" not in stored


def test_shared_contact_details_are_not_passed_on(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    contact = {"phone_number": "+447700900777", "first_name": "Sam", "user_id": user.chat_id}
    assert user.send(user.message(contact=contact))
    assert "+447700900777" not in str(user.hub.tracker(user.conversation_id))
    assert "+447700900777" not in str(user.hub.transcript(user.conversation_id))


@pytest.mark.parametrize(
    "update",
    [
        {"update_id": 1, "edited_message": {"message_id": 1, "chat": {"id": 5, "type": "private"}, "date": 0, "text": "x"}},
        {"update_id": 2, "my_chat_member": {}},
        {"update_id": 3, "message": {"message_id": 1, "chat": {"id": -100, "type": "group"}, "date": 0, "text": "hi"}},
    ],
)
def test_updates_we_do_not_handle_are_acknowledged_and_ignored(stack_telegram_user: TelegramUser, update: dict) -> None:
    hub = stack_telegram_user.hub
    assert stack_telegram_user.post(update).status_code == 200
    for chat_id in (5, -100):
        conversation_id = conversation_id_for(hub.secret_key, "telegram", str(chat_id))
        assert hub.transcript(conversation_id) == [] and hub.outbox(conversation_id) == []
        assert hub.assistant_heard(conversation_id) == []
        assert stack_telegram_user.telegram.messages_to(chat_id) == []


@pytest.mark.parametrize(
    "update", [{}, {"update_id": "one"}, {"update_id": 4, "message": "text"}, {"update_id": 5, "message": {"chat": {"id": "x", "type": "private"}}}, []]
)
def test_malformed_updates_get_a_clear_400(stack_telegram_user: TelegramUser, update: object) -> None:
    assert stack_telegram_user.post(update).status_code == 400


def test_a_message_over_our_limit_gets_a_helpful_reply(stack: Stack, stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    limit = stack.settings.max_message_chars
    replies = user.send(user.message("x " * (limit // 2 + 20)))
    assert [r.text for r in replies] == [user.hub.says("utter_hub_message_too_long", max_chars=limit)]
    assert heard(user) == []


def test_a_failing_bot_api_is_retried_until_it_recovers(stack_telegram_user: TelegramUser, standins: StandIns) -> None:
    user = stack_telegram_user
    standins.telegram.failures.fail_for(1.5, status=502)
    try:
        started = time.monotonic()
        replies = user.send(user.message("/start"))
        assert replies and replies[-1].buttons  # the whole answer, keyboard last
        assert standins.telegram.failures.failed >= 1
        assert time.monotonic() - started < 15
        assert all(row.status == "sent" for row in user.hub.outbox(user.conversation_id))
    finally:
        standins.telegram.failures.reset()


def test_the_help_command_is_answered_by_the_hub(stack_telegram_user: TelegramUser) -> None:
    user = stack_telegram_user
    replies = user.send(user.message("/help"))
    assert [r.text for r in replies] == [user.hub.says("utter_hub_sms_help")] and "999" in replies[0].text
    assert heard(user) == []


def test_blocking_the_bot_stops_messages_pushed_later_until_start(
    stack_telegram_user: TelegramUser, call_handler: CallHandler
) -> None:
    user = stack_telegram_user
    user.send(user.message("hello"))
    user.send(user.message("talk to a person"))  # a handler is on duty: the person joins the queue
    kicked = user.update(
        my_chat_member={
            "chat": {"id": user.chat_id, "type": "private"},
            "from": {"id": user.chat_id, "is_bot": False, "first_name": "Sam"},
            "date": int(time.time()),
            "old_chat_member": {"user": {"id": 1, "is_bot": True, "first_name": "SpeakUp"}, "status": "member"},
            "new_chat_member": {"user": {"id": 1, "is_bot": True, "first_name": "SpeakUp"}, "status": "kicked", "until_date": 0},
        }
    )
    assert user.send(kicked) == []
    call_handler.claim(user.conversation_id)
    call_handler.send(user.conversation_id, "Are you still there?")
    wait_until_sent(user.hub.engine, user.conversation_id)
    assert user.telegram.messages_to(user.chat_id)[user.seen:] == []
    assert [row.status for row in user.hub.outbox(user.conversation_id)][-2:] == ["suppressed", "suppressed"]
    assert [r.text for r in user.send(user.message("/start"))] == [user.hub.says("utter_hub_sms_started")]
    call_handler.send(user.conversation_id, "Welcome back.")
    wait_until_sent(user.hub.engine, user.conversation_id)
    assert user.telegram.messages_to(user.chat_id)[-1].text == "Welcome back."


def test_a_secret_header_of_arbitrary_bytes_is_refused_not_a_crash(stack_telegram_user: TelegramUser) -> None:
    response = requests.post(
        stack_telegram_user.hub.url + "/webhooks/telegram",
        data=b'{"update_id": 1}',
        headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": b"\xff\xfe\x80".decode("latin-1")},
        timeout=10,
    )
    assert response.status_code == 403
