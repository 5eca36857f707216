"""Messages pushed later go out on the person's own texting channel, through Twilio's and Telegram's APIs:
a call handler at the staff console claims the conversation and writes (HandoffDesk -> Router.push ->
the channel's deliverer -> the outbox), and on handing back, the assistant's words with their choices."""
from __future__ import annotations

from tests.channels.texting.people import CallHandler, TelegramUser, TwilioPhone, numbered_options, wait_until_sent


def ask_for_a_person(phone: TwilioPhone) -> None:
    phone.say("hello")
    phone.say("PERSON")  # a handler is on duty: the assistant puts the person in the queue


def test_a_handlers_messages_reach_the_phone_and_the_assistants_choices_come_numbered_on_hand_back(
    stack_phone: TwilioPhone, call_handler: CallHandler
) -> None:
    phone, hub = stack_phone, stack_phone.hub
    ask_for_a_person(phone)
    call_handler.claim(phone.conversation_id)
    assert phone.new_replies() == [hub.says("utter_hub_handoff_joined", role="call handler")]
    call_handler.send(phone.conversation_id, "Hello, I'm a call handler. Are you safe now?")
    assert phone.new_replies() == ["Hello, I'm a call handler. Are you safe now?"]
    assert phone.say("Yes, thank you") == []  # the assistant stays out while a person holds it
    call_handler.hand_back(phone.conversation_id)
    back = phone.new_replies()
    assert back[0] == hub.says("utter_hub_handoff_left", role="call handler")
    pushed = [row for row in hub.transcript(phone.conversation_id) if row.pushed and row.buttons]
    assert pushed, "the assistant offered choices when it took the conversation back"
    options = numbered_options(back)
    assert list(options) == [button["title"] for button in pushed[-1].buttons]
    assert all(row.status == "sent" for row in hub.outbox(phone.conversation_id))


def test_stop_holds_back_pushed_messages_until_start(stack_phone: TwilioPhone, call_handler: CallHandler) -> None:
    phone, hub = stack_phone, stack_phone.hub
    ask_for_a_person(phone)
    assert phone.say("STOP") == [hub.says("utter_hub_sms_stopped")]
    call_handler.claim(phone.conversation_id)
    call_handler.send(phone.conversation_id, "Are you still there?")
    assert phone.new_replies() == []
    assert [row.status for row in hub.outbox(phone.conversation_id)][-2:] == ["suppressed", "suppressed"]
    assert phone.say("START") == [hub.says("utter_hub_sms_started")]
    call_handler.send(phone.conversation_id, "Welcome back.")
    assert phone.new_replies() == ["Welcome back."]


def test_a_handlers_messages_reach_telegram_and_the_assistants_choices_come_as_a_keyboard(
    stack_telegram_user: TelegramUser, call_handler: CallHandler
) -> None:
    user, hub = stack_telegram_user, stack_telegram_user.hub
    user.send(user.message("hello"))
    user.send(user.message("talk to a person"))
    call_handler.claim(user.conversation_id)
    call_handler.send(user.conversation_id, "Are you safe now?")
    wait_until_sent(hub.engine, user.conversation_id)
    sent = user.telegram.messages_to(user.chat_id)
    assert [m.text for m in sent[-2:]] == [hub.says("utter_hub_handoff_joined", role="call handler"), "Are you safe now?"]
    assert sent[-1].buttons == []
    call_handler.hand_back(user.conversation_id)
    wait_until_sent(hub.engine, user.conversation_id)
    pushed = [row for row in hub.transcript(user.conversation_id) if row.pushed and row.buttons]
    assert pushed
    last = user.telegram.messages_to(user.chat_id)[-1]
    assert [b["text"] for b in last.buttons] == [button["title"] for button in pushed[-1].buttons]
