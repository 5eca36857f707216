"""The pages and assets the hub serves for the web chat, over plain HTTP: there, strict CSP, no cookies,
nothing from any other host, no inline script or style, and nothing served that should not be."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests

from channels.webchat import pages

PAGES = ["/", "/accessibility", "/staying-safe-online", "/weather"]
# Any absolute or protocol-relative URL: everything must come from the hub itself.
THIRD_PARTY = re.compile(r"(?:https?:)?//[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.I)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.assets: list[str] = []
        self.inline_scripts = 0
        self.style_attributes: list[str] = []
        self.handler_attributes: list[str] = []
        self.style_elements = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, _value in attrs:
            if name == "style":
                self.style_attributes.append(tag)
            if name.startswith("on"):
                self.handler_attributes.append(f"{tag} {name}")
        if tag == "script":
            if values.get("src"):
                self.assets.append(str(values["src"]))
            elif values.get("type") != "application/json":
                self.inline_scripts += 1
        if tag == "link" and values.get("rel") == "stylesheet":
            self.assets.append(str(values["href"]))
        if tag == "style":
            self.style_elements += 1


def _get(url: str) -> requests.Response:
    response = requests.get(url, timeout=30)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return response


@pytest.mark.parametrize("path", PAGES)
def test_each_page_is_served_safely(webchat_url: str, path: str) -> None:
    response = _get(webchat_url + path)
    assert response.headers["Content-Type"].startswith("text/html")
    csp = response.headers["Content-Security-Policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'", "connect-src 'self'"):
        assert directive in csp
    assert "Set-Cookie" not in response.headers
    assert response.headers["Cache-Control"] == "no-store"
    assert response.headers["Referrer-Policy"] == "no-referrer"

    page = _Collector()
    page.feed(response.text)
    assert page.inline_scripts == 0, "inline scripts would be blocked by the CSP"
    assert page.style_attributes == [] and page.style_elements == 0, "inline styles would be blocked by the CSP"
    assert page.handler_attributes == []
    assert not THIRD_PARTY.search(response.text), THIRD_PARTY.search(response.text)

    for asset in page.assets:
        assert asset.startswith("/") and not asset.startswith("//")
        served = _get(webchat_url + asset)
        assert "Set-Cookie" not in served.headers
        kind = served.headers["Content-Type"]
        assert kind.startswith("text/css" if asset.endswith(".css") else "text/javascript"), (asset, kind)
        assert not THIRD_PARTY.search(served.text), (asset, THIRD_PARTY.search(served.text))


def test_no_file_the_pages_are_built_from_names_another_host() -> None:
    for path in sorted(Path(pages.HERE).rglob("*")):
        if path.suffix in {".html", ".css", ".js", ".json"}:
            text = path.read_text(encoding="utf-8")
            assert not THIRD_PARTY.search(text), (str(path), THIRD_PARTY.search(text))


def test_every_page_offers_the_quick_exit_and_the_widget_except_the_neutral_page(webchat_url: str) -> None:
    for path in ["/", "/accessibility", "/staying-safe-online"]:
        html = _get(webchat_url + path).text
        assert "Leave this site quickly" in html
        assert 'href="/weather"' in html
        assert "chat-widget.js" in html and "exit-this-page.js" in html
    neutral = _get(webchat_url + "/weather").text
    for word in ("SpeakUp", "chat", "police", "Police", "report", "script"):
        assert word not in neutral, f"the neutral page gives away {word!r}"


@pytest.mark.parametrize(
    "path",
    [
        "/webchat/chat-widget/README.md",
        "/webchat/chat-widget/chat-widget.html",
        "/webchat/exit-this-page/exit-this-page.html",
        "/webchat/../pages.py",
        "/webchat/chat-widget/..%2F..%2Fpages.py",
        "/webchat/nothing/here.js",
        "/site/../layout.html",
        "/weather/weather.html",
    ],
)
def test_templates_sources_and_other_paths_are_not_served(webchat_url: str, path: str) -> None:
    response = requests.get(webchat_url + path, timeout=30)
    assert response.status_code == 404


def test_the_accessibility_statement_has_what_the_regulations_ask_for(webchat_url: str) -> None:
    html = " ".join(_get(webchat_url + "/accessibility").text.split())
    for heading in (
        "How accessible the chat is",
        "Feedback and contact information",
        "Reporting accessibility problems",
        "Enforcement procedure",
        "Compliance status",
        "Non-accessible content",
        "Preparation of this accessibility statement",
    ):
        assert heading in html
    assert "Equality and Human Rights Commission" in html and "Equality Advisory and Support Service" in html
    assert "WCAG" in html and "2.2" in html


def test_the_safety_page_says_what_quick_exit_cannot_erase(webchat_url: str) -> None:
    html = " ".join(_get(webchat_url + "/staying-safe-online").text.split())
    for topic in ("Private browsing", "Shared or monitored devices", "cannot erase", "browser’s history",
                  "keyboard", "SMS, WhatsApp or Telegram", "screenshots"):
        assert topic in html


def test_the_widget_texts_are_in_one_catalogue() -> None:
    texts = pages.load_texts("en")
    script = (Path(pages.WIDGET_DIR) / "chat-widget" / "chat-widget.js").read_text(encoding="utf-8")
    used = set(re.findall(r"\bT\.(\w+)", script))
    assert used <= set(texts["chat"]), f"texts the widget uses but the catalogue lacks: {used - set(texts['chat'])}"
    # No English sentence hard-coded in the widget's script (the catalogue is the one place).
    code = re.sub(r"/\*.*?\*/", "", script, flags=re.S)
    code = re.sub(r"^\s*//.*$", "", code, flags=re.M)
    strings = re.findall(r'"([^"\\\n]{20,})"', code)
    assert not [s for s in strings if re.search(r"[A-Z][a-z]+ [a-z]+ [a-z]+", s)], strings


def test_every_text_in_the_catalogue_is_used() -> None:
    texts = pages.load_texts("en")
    sources = "".join(
        path.read_text(encoding="utf-8") for path in Path(pages.HERE).rglob("*") if path.suffix in {".js", ".html"}
    )
    unused = [
        f"{section}.{key}"
        for section in ("chat", "exit", "site")
        for key in texts[section]
        if not re.search(rf"\b(?:T|texts|t\.{section})\.{key}\b", sources)
    ]
    assert unused == []
