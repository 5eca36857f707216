"""What people type, and what goes wrong: messages that are too long, pasted HTML or script, emoji and
right-to-left text, a lost connection (retried with the same client_message_id, nothing typed lost),
a session that times out (warned first, and extendable) or is ended elsewhere."""
from __future__ import annotations

import json
import re
from typing import Any, Callable

import pytest
import requests
from playwright.sync_api import Dialog, Page, Route, expect

from tests.channels.webchat.support import Widget, assert_no_axe_violations

pytestmark = pytest.mark.browser


def open_chat(page: Page, webchat_url: str) -> Widget:
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.open()
    return widget


def test_a_message_that_is_too_long_is_refused_and_kept_in_the_box(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    before = widget.messages.count()
    too_long = "a" * 4001
    widget.input.fill(too_long)
    widget.input.press("Enter")
    error = page.locator("#speakup-chat-error")
    expect(error).to_be_visible()
    expect(error).to_have_attribute("role", "alert")
    # The hub's own explanation is shown; what was typed is still there; nothing was added to the log.
    expect(error).to_contain_text(re.compile(r"too long", re.I))
    expect(widget.input).to_have_value(too_long)
    expect(widget.input).to_have_attribute("aria-invalid", "true")
    expect(widget.input).to_have_attribute("aria-describedby", re.compile("speakup-chat-error"))
    expect(widget.input).to_be_focused()
    assert widget.messages.count() == before
    assert_no_axe_violations(page, "message too long")

    # Shortened, it goes, and the error goes with it.
    widget.input.fill("a" * 4000)
    widget.input.press("Enter")
    widget.wait_for_more_messages(before)
    expect(error).to_be_hidden()
    expect(widget.input).to_have_value("")
    expect(widget.input).not_to_have_attribute("aria-invalid", "true")


def test_an_empty_message_is_not_sent(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    sent: list[str] = []
    page.on("request", lambda request: sent.append(request.url) if request.method == "POST" else None)
    widget.input.fill("   ")
    widget.input.press("Enter")
    expect(page.locator("#speakup-chat-error")).to_be_visible()
    assert not [url for url in sent if url.endswith("/messages")]


def test_shift_enter_starts_a_new_line_instead_of_sending(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    before = widget.messages.count()
    widget.input.type("first line")
    widget.input.press("Shift+Enter")
    widget.input.type("second line")
    expect(widget.input).to_have_value("first line\nsecond line")
    assert widget.messages.count() == before
    widget.input.press("Enter")
    widget.wait_for_more_messages(before)
    expect(page.locator(".speakup-msg--person .speakup-msg__text").last).to_have_text("first line\nsecond line")


def test_pasted_html_and_script_are_shown_as_text_and_never_run(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    dialogs: list[str] = []

    def dismissed(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismissed)
    nasty = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>bold</b> & "quotes"'
    widget.say(nasty)
    mine = page.locator(".speakup-msg--person .speakup-msg__text").last
    expect(mine).to_have_text(nasty)
    assert page.locator("[role=log] img, [role=log] script, [role=log] b").count() == 0
    assert dialogs == []


def test_emoji_and_right_to_left_text_display_correctly(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    expect(widget.input).to_have_attribute("dir", "auto")
    arabic = "مرحبا، أريد الإبلاغ عن حادث 😀👍🏽"
    widget.say(arabic)
    mine = page.locator(".speakup-msg--person .speakup-msg__text").last
    expect(mine).to_have_text(arabic)
    expect(mine).to_have_attribute("dir", "auto")
    assert mine.evaluate("(e) => getComputedStyle(e).direction") == "rtl"
    # The person's own words take their direction from their text; the assistant, now answering in
    # Arabic, marks its messages as Arabic, right to left, and the widget mirrors.
    assert page.locator(".speakup-msg--person .speakup-msg__text:not([dir=auto])").count() == 0
    answer = page.locator(".speakup-msg--assistant .speakup-msg__text").last
    expect(answer).to_have_attribute("lang", "ar")
    expect(answer).to_have_attribute("dir", "rtl")
    expect(page.locator("[data-module=speakup-chat]")).to_have_attribute("dir", "rtl")


MESSAGES = re.compile(r"/api/chat/sessions/[^/]+/messages$")


def _bodies(route: Route) -> dict[str, Any]:
    return dict(json.loads(route.request.post_data or "{}"))


def _first_message_post(page: Page, first: Callable[[Route], None]) -> list[dict[str, Any]]:
    """The first message the widget sends meets `first`; every later try goes through to the hub. Returns the
    bodies of every try, as they are sent."""
    attempts: list[dict[str, Any]] = []

    def route_it(route: Route) -> None:
        attempts.append(_bodies(route))
        if len(attempts) == 1:
            first(route)
        else:
            route.continue_()

    page.route(MESSAGES, route_it)
    return attempts


def test_a_lost_connection_is_said_and_retried_with_the_same_id(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    attempts: list[dict[str, Any]] = []
    held: list[Route] = []

    def flaky(route: Route) -> None:
        attempts.append(_bodies(route))
        if len(attempts) == 1:
            route.abort("internetdisconnected")
        else:
            held.append(route)  # on its way until let through below: the alert and its button stay

    page.route(MESSAGES, flaky)
    before = widget.messages.count()
    widget.input.fill("It happened again last night")
    widget.input.press("Enter")
    alert = page.locator("[data-chat-alert]")
    expect(alert).to_contain_text(re.compile("connection was lost", re.I))
    expect(widget.input).to_have_value("It happened again last night")
    assert_no_axe_violations(page, "connection lost")
    # It tries again by itself (after 2 s)...
    for _ in range(100):
        if held:
            break
        page.wait_for_timeout(100)
    # ...and "Try again now", pressed while that retry is on its way, sends no second copy of it.
    page.get_by_role("button", name="Try again now").click()
    page.wait_for_timeout(300)
    assert len(attempts) == 2
    for route in held:
        route.continue_()
    widget.wait_for_more_messages(before)
    assert len(attempts) == 2
    assert attempts[0]["client_message_id"] == attempts[1]["client_message_id"]
    assert attempts[0]["text"] == attempts[1]["text"] == "It happened again last night"
    expect(alert).to_be_empty()
    expect(widget.input).to_have_value("")
    expect(page.locator(".speakup-msg--person")).to_have_count(1)


def test_a_conversation_another_hub_is_busy_with_is_said_as_a_pause_and_sent_again(page: Page, webchat_url: str) -> None:
    """The hub's 503 conversation_busy (another hub kept the message's lock past the wait: tests/bot/
    test_redis_state.py) is told as SpeakUp not taking messages for a moment, with 999, not as a lost connection;
    the widget sends the same message again by itself and it is answered once."""
    widget = open_chat(page, webchat_url)
    attempts = _first_message_post(page, lambda route: route.fulfill(
        status=503, headers={"Retry-After": "5"}, content_type="application/json",
        body=json.dumps({"error": {"code": "conversation_busy", "message": "busy"}})))
    before = widget.messages.count()
    widget.input.fill("He is outside again")
    widget.input.press("Enter")
    alert = page.locator("[data-chat-alert]")
    expect(alert).to_contain_text("SpeakUp cannot take messages for a moment")
    expect(alert).to_contain_text("999")
    expect(alert).not_to_contain_text(re.compile("connection was lost", re.I))
    widget.wait_for_more_messages(before)  # sent again by itself
    assert len(attempts) == 2 and attempts[0]["client_message_id"] == attempts[1]["client_message_id"]
    expect(alert).to_be_empty()
    expect(page.locator(".speakup-msg--person")).to_have_count(1)


def test_an_answer_lost_on_the_way_back_is_not_processed_twice(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)

    def lose_the_answer(route: Route) -> None:
        route.fetch()  # the hub receives and processes it...
        route.abort("connectionreset")  # ...but the answer never arrives

    attempts = _first_message_post(page, lose_the_answer)
    before = widget.messages.count()
    widget.input.fill("I want to report something")
    widget.input.press("Enter")
    widget.wait_for_more_messages(before)  # retried automatically after a couple of seconds
    assert len(attempts) == 2 and attempts[0]["client_message_id"] == attempts[1]["client_message_id"]
    session_id = widget.session_id()
    transcript = requests.get(f"{webchat_url}/api/chat/sessions/{session_id}/messages", timeout=30).json()["messages"]
    mine = [m for m in transcript if m["sender"] == "person"]
    assert [m["text"] for m in mine] == ["I want to report something"]
    shown = widget.texts()
    assert len(shown) == len(transcript), "what the page shows is the transcript, once"


def test_the_chat_warns_before_it_times_out_and_can_be_kept_open(page: Page, webchat_url: str) -> None:
    page.clock.install()
    widget = open_chat(page, webchat_url)
    alert = page.locator("[data-chat-alert]")
    page.clock.fast_forward("27:00")
    expect(alert).to_be_empty()
    page.clock.fast_forward("01:05")
    expect(alert).to_contain_text(re.compile(r"will close in 2 minutes", re.I))
    expect(alert).to_have_attribute("role", "alert")
    assert_no_axe_violations(page, "timeout warning")
    with page.expect_response(re.compile(r"/keepalive$")) as kept:
        page.get_by_role("button", name="Keep the chat open").click()
    assert kept.value.status == 200
    expect(alert).to_be_empty()
    expect(page.locator("[data-chat-status]")).to_have_text(re.compile("stay open"))
    expect(widget.input).to_be_focused()

    # Warned again before the next timeout; ignored, the chat says it has closed, and can start again.
    page.clock.fast_forward("28:30")
    expect(alert).to_contain_text(re.compile(r"will close in 2 minutes", re.I))
    page.clock.fast_forward("02:00")
    expect(alert).to_contain_text(re.compile(r"has closed because nothing was sent for 30 minutes", re.I))
    assert widget.session_id() is None
    assert_no_axe_violations(page, "timed out")
    before = widget.messages.count()
    assert before > 0
    page.get_by_role("button", name="Start a new chat").click()
    widget.wait_until_started()
    expect(alert).to_be_empty()
    assert widget.session_id()


def test_a_chat_ended_elsewhere_says_so(page: Page, webchat_url: str) -> None:
    widget = open_chat(page, webchat_url)
    session_id = widget.session_id()
    # As if quick exit had been used in another tab: the live stream tells this one at once.
    assert requests.delete(f"{webchat_url}/api/chat/sessions/{session_id}", timeout=30).status_code == 204
    alert = page.locator("[data-chat-alert]")
    expect(alert).to_contain_text("This chat has ended", timeout=10_000)
    expect(page.get_by_role("button", name="Start a new chat")).to_be_visible()
    assert widget.session_id() is None
    # What was typed is not lost when the chat ends under it.
    widget.input.fill("still here")
    expect(widget.input).to_have_value("still here")


def test_a_hidden_chat_opens_to_warn_before_it_times_out(page: Page, webchat_url: str) -> None:
    page.clock.install()
    widget = open_chat(page, webchat_url)
    page.get_by_role("button", name="Hide chat").click()
    expect(widget.launcher).to_be_focused()
    page.clock.fast_forward("28:05")
    expect(page.get_by_role("region", name="SpeakUp")).to_be_visible()
    expect(page.get_by_role("button", name="Keep the chat open")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("[data-chat-alert]")).to_be_empty()
    expect(widget.input).to_be_focused()


def test_a_chat_that_cannot_start_says_so_and_can_be_tried_again(page: Page, webchat_url: str) -> None:
    page.route(re.compile(r"/api/chat/sessions$"), lambda route: route.abort("internetdisconnected"))
    page.goto(webchat_url + "/")
    widget = Widget(page)
    widget.launcher.click()
    alert = page.locator("[data-chat-alert]")
    expect(alert).to_contain_text("could not start")
    expect(alert).to_contain_text("999")
    assert_no_axe_violations(page, "could not start")
    page.unroute(re.compile(r"/api/chat/sessions$"))
    page.get_by_role("button", name="Try again", exact=True).click()
    widget.wait_until_started()
    expect(alert).to_be_empty()
    assert widget.session_id()
