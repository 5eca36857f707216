"""Helpers for the console tests: a member of staff using the console over HTTP, and accounts."""
from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass, field
from typing import Any, Optional

import requests
import sqlalchemy as sa
from playwright.sync_api import Page

from bot.console.accounts import Staff, create_staff
from bot.storage.database import utcnow
from bot.storage.schema import conversations

_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
_META = re.compile(r'<meta name="csrf-token" content="([^"]*)"')

PASSWORD = "a long test password 1"


def page_csrf(page_text: str) -> Optional[str]:
    """The CSRF token a signed-in console page gives its script (its meta tag), or None on any other page."""
    found = _META.search(page_text)
    return html.unescape(found.group(1)) if found else None


def form_token(page_text: str) -> str:
    """The CSRF token in a console form, as the browser would send it back; the test fails here without one."""
    token = _TOKEN.search(page_text)
    assert token, page_text
    return html.unescape(token.group(1))


def add_staff(
    database_url: str, name: str, role: str = "handler", password: str = PASSWORD, languages: tuple[str, ...] = ()
) -> Staff:
    engine = sa.create_engine(database_url, future=True)
    try:
        with engine.begin() as connection:
            return create_staff(connection, name, role, password, languages)
    finally:
        engine.dispose()


@dataclass
class ConsoleUser:
    base_url: str
    http: requests.Session = field(default_factory=requests.Session)
    csrf: Optional[str] = None

    def login(self, name: str, password: str = PASSWORD) -> requests.Response:
        page = self.http.get(f"{self.base_url}/login", timeout=30)
        response = self.http.post(
            f"{self.base_url}/login",
            data={"name": name, "password": password, "csrf_token": form_token(page.text)},
            timeout=60,
        )
        self.csrf = page_csrf(response.text)
        return response

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 30)
        return self.http.get(f"{self.base_url}{path}", **kwargs)

    def post(self, path: str, data: Optional[dict[str, str]] = None, csrf: bool = True, **kwargs: Any) -> requests.Response:
        body = dict(data or {})
        if csrf:
            body["csrf_token"] = self.csrf or ""
        kwargs.setdefault("timeout", 60)
        return self.http.post(f"{self.base_url}{path}", data=body, **kwargs)


def put_in_queue(database_url: str, channel: str = "web", kind: Optional[str] = "hate_incident", danger: bool = False,
                 waiting_for: Optional[dt.timedelta] = None) -> str:
    """A conversation waiting for a person, as the assistant leaves one after a request for a person; asked
    `waiting_for` ago, in the same transaction (a watch round in between would see a fresh request)."""
    import secrets

    from bot.conversation_status import request_person
    from bot.conversations import open_conversation, update_conversation

    conversation_id = secrets.token_hex(20)
    engine = sa.create_engine(database_url, future=True)
    try:
        with engine.begin() as connection:
            open_conversation(connection, conversation_id, channel)
            update_conversation(connection, conversation_id, incident_kind=kind, danger=danger)
            request_person(connection, conversation_id)
            if waiting_for is not None:
                connection.execute(conversations.update().where(conversations.c.id == conversation_id)
                                   .values(handoff_requested_at=utcnow() - waiting_for))
    finally:
        engine.dispose()
    return conversation_id


def sign_in(page: Page, base_url: str, name: str, password: str = PASSWORD) -> None:
    """Signs in through the form, as a member of staff would, by the fields' labels."""
    page.goto(base_url + "/login")
    page.get_by_label("Name").fill(name)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + "/")


def conversation_of_chat(database_url: str, session_id: str) -> str:
    """The conversation behind a web chat session (only the session's hash is stored)."""
    from bot.identity import token_hash
    from bot.storage.schema import chat_sessions

    engine = sa.create_engine(database_url, future=True)
    try:
        with engine.connect() as connection:
            return str(connection.execute(
                sa.select(chat_sessions.c.conversation_id).where(chat_sessions.c.token_hash == token_hash(session_id))
            ).scalar_one())
    finally:
        engine.dispose()
