"""The console in headless Chromium, against the in-process hub (no assistant): live queue, live
messages both ways with a person on the web chat API, and axe-core on every page."""
from __future__ import annotations

import re
import time
from typing import Any, Callable

import pytest
import sqlalchemy as sa
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from bot.conversation_status import request_person
from bot.conversations import update_conversation
from bot.notifier import QUEUE_TOPIC
from tests.bot.console.conftest import NARROW, WIDE, ConsoleOnly, wait_for
from tests.bot.console.support import add_staff, conversation_of_chat, put_in_queue, sign_in
from tests.bot.console.test_reports import make_report
from tests.support.chat import ChatPerson

pytestmark = pytest.mark.browser
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


def assert_accessible(page: Page, state: str) -> None:
    # A heading can be visible before the stylesheet has applied: axe then measures the bare nav links and reports
    # target-size (seen once in CI on the sign-out page, 2026-12-05). Read the page as people see it, styled.
    page.wait_for_load_state("load")
    for size in (WIDE, NARROW):
        page.set_viewport_size(size)
        results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
        violations = results.response["violations"]
        summary = [(v["id"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
        assert not violations, f"{state} at {size['width']} px: {summary}"
        if size is NARROW:
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= NARROW["width"], f"{state}: scrolls sideways at 320 px ({width} px)"
    page.set_viewport_size(WIDE)


def test_every_console_page_passes_axe(console_only: ConsoleOnly, console_db: sa.engine.Engine, new_page: Callable[[], Page]) -> None:
    url = console_only.settings.database_url
    add_staff(url, "axe-sup", "supervisor")
    put_in_queue(url, danger=True)
    held = put_in_queue(url, kind="domestic_abuse")
    reference = make_report(console_only, console_db, held, {"what_happened": "Followed home twice"})
    page = new_page()
    page.goto(console_only.url + "/login")
    assert_accessible(page, "sign in")
    sign_in(page, console_only.url, "axe-sup")
    assert_accessible(page, "queue")
    page.get_by_role("button", name=f"Take conversation {held[:8]}").click()
    expect(page.get_by_role("heading", name=f"Conversation {held[:8]}")).to_be_visible()
    assert_accessible(page, "conversation held")
    for path in ("/reports", f"/reports/{reference}", f"/reports/{reference}/print", "/statistics", "/audit", "/staff", "/account"):
        page.goto(console_only.url + path)
        assert_accessible(page, path)
    page.get_by_role("button", name="Sign out").click()
    expect(page.get_by_role("heading", name="Sign out?")).to_be_visible()
    assert_accessible(page, "sign out, holding a conversation")


def test_queue_and_messages_are_live_both_ways(console_only: ConsoleOnly, new_page: Callable[[], Page]) -> None:
    url = console_only.settings.database_url
    add_staff(url, "live-h")
    page = new_page()
    sign_in(page, console_only.url, "live-h")

    person = ChatPerson(console_only.hub_url)
    person.start()
    conversation_id = conversation_of_chat(url, person.session_id or "")
    engine = sa.create_engine(url, future=True)
    with engine.begin() as connection:
        update_conversation(connection, conversation_id, incident_kind="hate_incident")
        request_person(connection, conversation_id)
    engine.dispose()
    # The router notifies the queue when the assistant asks for a person; here the test does.
    console_only.loop.call_soon_threadsafe(console_only.services.notifier.notify, QUEUE_TOPIC)

    claim = page.get_by_role("button", name=f"Take conversation {conversation_id[:8]}")
    expect(claim).to_be_visible(timeout=5000)
    expect(page.locator("#announcer")).to_contain_text("New conversation waiting", timeout=5000)
    claim.click()
    box = page.get_by_label("Your message to the person")
    box.fill("Hello, I'm a call handler. How can I help?")
    started = time.monotonic()
    page.get_by_role("button", name="Send", exact=True).click()
    heard = wait_for(lambda: [m for m in person.transcript() if m["sender"] == "handler"], timeout=5)
    assert time.monotonic() - started < 1.5
    assert heard[0]["text"] == "Hello, I'm a call handler. How can I help?"
    assert any("call handler has joined" in m["text"] for m in person.transcript())

    assert person.say("Someone wrote things on my car") == []  # the assistant stays silent
    log = page.get_by_role("log")
    expect(log).to_contain_text("Someone wrote things on my car", timeout=2000)

    page.get_by_role("button", name="Hand back to the assistant").click()
    expect(page.get_by_role("status").first).to_contain_text("back with the assistant")
    assert any("left" in m["text"] and m["sender"] == "system" for m in person.transcript())


def test_two_handlers_in_two_browsers_claim_at_once(console_only: ConsoleOnly, new_page: Callable[[], Page]) -> None:
    url = console_only.settings.database_url
    pages = []
    for n in range(2):
        add_staff(url, f"browser-racer-{n}")
        page = new_page()
        sign_in(page, console_only.url, f"browser-racer-{n}")
        pages.append(page)
    conversation_id = put_in_queue(url)
    for page in pages:
        page.reload()
    for page in pages:
        expect(page.get_by_role("button", name=f"Take conversation {conversation_id[:8]}")).to_be_visible()
    # Both forms submitted before either answer arrives.
    for page in pages:
        page.evaluate(f"() => document.getElementById('claim-{conversation_id}').form.submit()")
    outcomes: list[Any] = []
    for page in pages:
        page.wait_for_url(re.compile(r"/conversations/|notice=taken"), timeout=30_000)
        outcomes.append("won" if "/conversations/" in page.url else "lost")
    assert sorted(outcomes) == ["lost", "won"], outcomes
    loser = pages[outcomes.index("lost")]
    expect(loser.get_by_role("status").first).to_contain_text("Another call handler has already taken")


def test_keyboard_only_and_focus_survives_live_updates(console_only: ConsoleOnly, new_page: Callable[[], Page]) -> None:
    url = console_only.settings.database_url
    add_staff(url, "keys-h")
    page = new_page()
    sign_in(page, console_only.url, "keys-h")
    first = put_in_queue(url)
    page.reload()
    claim = page.get_by_role("button", name=f"Take conversation {first[:8]}")
    # Tab from the top of the page until the claim button has focus: everything on the way is reachable.
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.id") == f"claim-{first}":
            break
    else:
        pytest.fail("the claim button cannot be reached with the Tab key")
    # A new arrival re-renders the queue; the focused button keeps focus, and the arrival is announced.
    second = put_in_queue(url, kind="stalking")
    console_only.loop.call_soon_threadsafe(console_only.services.notifier.notify, QUEUE_TOPIC)
    expect(page.get_by_role("button", name=f"Take conversation {second[:8]}")).to_be_visible(timeout=5000)
    expect(page.locator("#announcer")).to_contain_text("Stalking", timeout=5000)
    assert page.evaluate("() => document.activeElement.id") == f"claim-{first}"
    expect(claim).to_be_focused()

    page.keyboard.press("Enter")
    box = page.get_by_label("Your message to the person")
    expect(box).to_be_focused()  # straight after taking it, ready to write
    page.keyboard.type("Hello, typed with the keyboard only.")
    page.keyboard.press("Enter")
    expect(page.get_by_role("log")).to_contain_text("Hello, typed with the keyboard only.")
    expect(box).to_have_value("")
    expect(box).to_be_focused()


def test_a_waiting_conversation_opened_before_taking_it_is_live_too(console_only: ConsoleOnly, new_page: Callable[[], Page]) -> None:
    url = console_only.settings.database_url
    add_staff(url, "preview-h")
    page = new_page()
    sign_in(page, console_only.url, "preview-h")
    person = ChatPerson(console_only.hub_url)
    person.start()
    conversation_id = conversation_of_chat(url, person.session_id or "")
    engine = sa.create_engine(url, future=True)
    with engine.begin() as connection:
        request_person(connection, conversation_id)
    engine.dispose()
    page.goto(f"{console_only.url}/conversations/{conversation_id}")
    expect(page.get_by_role("button", name="Take this conversation")).to_be_visible()
    person.say("Is anyone there yet?")  # answered by the assistant (here: unavailable), heard by the queue
    expect(page.get_by_role("log")).to_contain_text("Is anyone there yet?", timeout=3000)
