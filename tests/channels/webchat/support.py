"""Helpers for the web chat's browser tests: the browser, the widget as a person (or a screen reader)
meets it, axe-core, and a loose driver for the assistant's conversation.

The assistant's wording is still being written: the driver picks buttons and answers by a few keywords,
and the tests are strict about the widget's behaviour, loose about the assistant's words."""
from __future__ import annotations

import hashlib
import re
import time
from dataclasses import dataclass, field
from typing import Any, Optional

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Locator, Page, ViewportSize

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDE: ViewportSize = {"width": 1280, "height": 800}
NARROW: ViewportSize = {"width": 320, "height": 640}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
REFERENCE = re.compile(r"\b\d{4} \d{4} \d{4}\b")
STORE_KEY = "speakup-chat"
TURN_TIMEOUT_S = 90.0

_axe = Axe()

# Records what is added to and removed from the conversation log, as a screen reader would be told.
_OBSERVE_LOG = """
() => {
  const log = document.querySelector('[role="log"]');
  window.__speakupLog = {added: [], removed: 0};
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) window.__speakupLog.added.push(node.textContent);
      }
      window.__speakupLog.removed += [...record.removedNodes].filter((n) => n.nodeType === 1).length;
    }
  }).observe(log, {childList: true});
}
"""


def axe_violations(page: Page) -> list[dict[str, Any]]:
    results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]})
    return list(results.response["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node.get('failureSummary', '')[:300]}")
    return "\n".join(lines)


def assert_no_axe_violations(page: Page, state: str) -> None:
    violations = axe_violations(page)
    assert not violations, f"axe found problems in state {state!r}:\n{describe(violations)}"


def token_hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()


@dataclass
class Widget:
    """The chat widget on a page, found the way assistive technology finds it: by role and name."""

    page: Page
    heard: list[str] = field(default_factory=list)

    @property
    def launcher(self) -> Locator:
        return self.page.get_by_role("button", name=re.compile("chat now|your chat", re.I))

    @property
    def log(self) -> Locator:
        return self.page.get_by_role("log", name="Conversation")

    @property
    def input(self) -> Locator:
        return self.page.get_by_role("textbox", name="Your message")

    @property
    def choices(self) -> Locator:
        return self.page.get_by_role("group", name=re.compile("Choose an answer")).get_by_role("button")

    @property
    def messages(self) -> Locator:
        return self.page.locator(".speakup-msg")

    def choice_titles(self) -> list[str]:
        return [title.strip() for title in self.choices.all_inner_texts()]

    def stored(self) -> dict[str, Any]:
        return dict(self.page.evaluate(f"() => JSON.parse(sessionStorage.getItem('{STORE_KEY}') || '{{}}')"))

    def session_id(self) -> Optional[str]:
        value = self.stored().get("sessionId")
        return str(value) if value else None

    def focused_name(self) -> str:
        return str(self.page.evaluate(
            "() => { const e = document.activeElement; if (!e) return '';"
            " return (e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent)"
            " || e.textContent || '').trim(); }"
        ))

    def focused_is_input(self) -> bool:
        return bool(self.page.evaluate("() => document.activeElement && document.activeElement.id === 'speakup-chat-input'"))

    def observe_log(self) -> None:
        self.page.evaluate(_OBSERVE_LOG)

    def announcements(self) -> dict[str, Any]:
        return dict(self.page.evaluate("() => window.__speakupLog"))

    def wait_until_started(self) -> None:
        self.page.locator(".speakup-msg--assistant").first.wait_for(timeout=TURN_TIMEOUT_S * 1000)
        self.wait_until_idle()

    def wait_until_idle(self) -> None:
        """Until nothing is being sent (the message box is editable again)."""
        deadline = time.monotonic() + TURN_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.page.evaluate(
                "() => { const i = document.getElementById('speakup-chat-input'); return i && !i.readOnly; }"
            ):
                return
            time.sleep(0.1)
        raise AssertionError("the widget was still sending after %.0f s" % TURN_TIMEOUT_S)

    def wait_for_more_messages(self, before: int) -> None:
        deadline = time.monotonic() + TURN_TIMEOUT_S
        while time.monotonic() < deadline:
            if self.messages.count() > before:
                self.wait_until_idle()
                return
            time.sleep(0.1)
        raise AssertionError(f"no new message after {TURN_TIMEOUT_S:.0f} s (still {before})")

    def texts(self) -> list[str]:
        return [text.strip() for text in self.page.locator(".speakup-msg__text").all_inner_texts()]

    def last_assistant_texts(self) -> list[str]:
        """What the assistant (or a handler) said since the person's last message."""
        said: list[str] = []
        items = self.page.locator(".speakup-msg").all()
        for item in reversed(items):
            classes = item.get_attribute("class") or ""
            if "speakup-msg--person" in classes:
                break
            said.insert(0, item.locator(".speakup-msg__text").inner_text().strip())
        return said

    # Acting with the keyboard alone ----------------------------------------------------------------

    def focus_is_visible(self) -> bool:
        """The focused element shows a focus ring: an outline of 2 px or more, or a box-shadow."""
        return bool(self.page.evaluate(
            "() => { const e = document.activeElement; if (!e || e === document.body) return true;"
            " const s = getComputedStyle(e);"
            " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }"
        ))

    def tab_to(self, wanted: re.Pattern[str], backwards: bool = False, limit: int = 80) -> None:
        """Presses Tab (or Shift+Tab) until `wanted` has focus, checking that every stop shows its focus."""
        key = "Shift+Tab" if backwards else "Tab"
        for _ in range(limit):
            self.page.keyboard.press(key)
            assert self.focus_is_visible(), f"no visible focus on {self.focused_name()!r}"
            if wanted.search(self.focused_name()):
                return
        raise AssertionError(f"could not reach {wanted.pattern!r} with {key} in {limit} presses")

    def choose_by_keyboard(self, title: str) -> None:
        """From the message box, back (Shift+Tab) to the choice, then Enter."""
        assert self.focused_is_input(), f"focus should be in the message box, not on {self.focused_name()!r}"
        before = self.messages.count()
        self.tab_to(re.compile("^" + re.escape(title) + "$"), backwards=True, limit=30)
        self.page.keyboard.press("Enter")
        self.wait_for_more_messages(before)

    def type_by_keyboard(self, text: str) -> None:
        assert self.focused_is_input(), f"focus should be in the message box, not on {self.focused_name()!r}"
        before = self.messages.count()
        self.page.keyboard.type(text)
        self.page.keyboard.press("Enter")
        self.wait_for_more_messages(before)

    # Acting with a pointer --------------------------------------------------------------------------

    def open(self) -> None:
        self.launcher.click()
        self.wait_until_started()

    def choose(self, title: str) -> None:
        before = self.messages.count()
        self.choices.filter(has_text=re.compile("^" + re.escape(title) + "$")).first.click()
        self.wait_for_more_messages(before)

    def say(self, text: str) -> None:
        before = self.messages.count()
        self.input.fill(text)
        self.input.press("Enter")
        self.wait_for_more_messages(before)


# A loose driver for the assistant's report conversation ----------------------------------------------

# Buttons never pressed on the way through a report: they lead somewhere else.
AVOID = re.compile(
    r"person|call handler|help now|helpline|danger|delete|change|choose another|stop|earlier report|contact details",
    re.I,
)
# Buttons preferred, in this order, when offered.
PREFER = [
    r"^report",
    r"hate",
    r"^yes\b",
    r"happened to me",
    r"race",
    r"^street$",
    r"happened once",
    r"anonymous",
    r"^police only$",
    r"^send",
    r"not sure",
]
ACCOUNT = "A man shouted abuse at me about my religion at the bus stop and pushed me. It has upset me a lot."
# Free-text answers, by what the question seems to ask (first match wins).
ANSWERS = [
    (re.compile(r"own words|what you saw", re.I), ACCOUNT),
    (re.compile(r"carry on|anything more|say .?done", re.I), "done"),
    (re.compile(r"\bwhen\b", re.I), "last Friday night"),
    (re.compile(r"area|town", re.I), "Belgrave, Leicester"),
    (re.compile(r"who did|know who", re.I), "A man in his thirties with a grey coat"),
]


@dataclass(frozen=True)
class Move:
    kind: str  # "choose" or "type"
    value: str


def next_move(said: list[str], offered: list[str]) -> Move:
    question = said[-1] if said else ""
    # Free-text questions (the account, "say done when finished") come first, even with buttons.
    if not offered or ANSWERS[0][0].search(question) or ANSWERS[1][0].search(question):
        for pattern, answer in ANSWERS:
            if pattern.search(question):
                return Move("type", answer)
        if not offered:
            return Move("type", "skip")
    usable = [title for title in offered if not AVOID.search(title)]
    # "Is anyone in danger now?" is answered no: the report, not the emergency answer, is under test.
    preferences = ([r"^no\b"] if re.search(r"danger|hurt", question, re.I) else []) + PREFER
    for preferred in preferences:
        for title in usable:
            if re.search(preferred, title, re.I):
                return Move("choose", title)
    return Move("choose", usable[0] if usable else offered[0])


def reference_in(texts: list[str]) -> Optional[str]:
    for text in texts:
        found = REFERENCE.search(text)
        if found:
            return found.group(0)
    return None
