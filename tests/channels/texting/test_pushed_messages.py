"""Messages pushed later (a call handler's replies) go out on the person's own texting channel."""
from __future__ import annotations

from tests.channels.texting.people import Hub, TelegramUser, TwilioPhone, wait_until_sent


def test_a_handlers_reply_reaches_the_phone_with_its_menu(phone: TwilioPhone, scripted_hub: Hub) -> None:
    phone.say("hello")
    scripted_hub.push(phone.conversation_id, "Hello, I'm Sam, a call handler. Are you safe now?",
                      [{"title": "Yes", "payload": "/affirm"}, {"title": "No", "payload": "/deny"}])
    assert phone.new_replies() == ["Hello, I'm Sam, a call handler. Are you safe now?\n\nReply 1 for Yes\nReply 2 for No"]


def test_stop_holds_back_pushed_messages_until_start(phone: TwilioPhone, scripted_hub: Hub) -> None:
    phone.say("hello")
    phone.say("STOP")
    scripted_hub.push(phone.conversation_id, "Are you still there?")
    assert phone.new_replies() == []
    phone.say("START")
    scripted_hub.push(phone.conversation_id, "Welcome back.")
    assert phone.new_replies()[-1] == "Welcome back."


def test_a_handlers_reply_reaches_telegram_with_a_keyboard(telegram_user: TelegramUser, scripted_hub: Hub) -> None:
    telegram_user.send(telegram_user.message("hello"))
    scripted_hub.push(telegram_user.conversation_id, "Are you safe now?", [{"title": "Yes", "payload": "/affirm"}])
    wait_until_sent(scripted_hub.engine, telegram_user.conversation_id)
    pushed = telegram_user.telegram.messages_to(telegram_user.chat_id)[-1]
    assert pushed.text == "Are you safe now?"
    assert [b["text"] for b in pushed.buttons] == ["Yes"]
