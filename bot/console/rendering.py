"""Server-rendered pages: Jinja2 with autoescaping (people's words are shown to staff), and the helpers
every page needs: who is signed in, their CSRF token, local times."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot.app_keys import SETTINGS
from bot.console.accounts import Staff
from bot.console.keys import STAFF, TEMPLATES
from bot.console.labels import LABELS, SENDERS
from bot.languages.supported import ENGLISH, LANGUAGES, language

TEMPLATE_DIR = Path(__file__).parent / "templates"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
CSRF_KEY = "console.csrf_token"


def create_environment(timezone: str) -> Environment:
    environment = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "svg"], default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    zone = ZoneInfo(timezone)

    def local(moment: dt.datetime | None, fmt: str = "%d %b %Y %H:%M") -> str:
        if moment is None:
            return ""
        return moment.replace(tzinfo=dt.timezone.utc).astimezone(zone).strftime(fmt)

    def iso(moment: dt.datetime | None) -> str:
        return moment.replace(tzinfo=dt.timezone.utc).isoformat() if moment else ""

    def label(value: str | None, fallback: str = "not known") -> str:
        return LABELS.get(value or "", (value or fallback).replace("_", " "))

    def sender(value: str) -> str:
        return SENDERS.get(value, value)

    environment.filters.update(
        local=local, iso=iso, label=label, sender=sender, short_id=short_id, minutes=minutes, language=language_label
    )
    environment.globals["languages"] = LANGUAGES
    return environment


def language_label(code: str | None) -> str:
    """A language as staff read it: its English name, then its own ("Polish (Polski)")."""
    shown = language(code)
    return shown.english_name if shown.code == ENGLISH else f"{shown.english_name} ({shown.own_name})"


def short_id(conversation_id: str) -> str:
    """What staff call a conversation: short, and no more identifying than the pseudonym it comes from."""
    return conversation_id[:8]


def minutes(delta: dt.timedelta) -> str:
    total = int(delta.total_seconds() // 60)
    if total < 1:
        return "under a minute"
    if total < 60:
        return f"{total} min"
    return f"{total // 60} h {total % 60} min"


def current_staff(request: web.Request) -> Staff:
    me = request.get(STAFF)
    if not isinstance(me, Staff):
        # The session middleware lets no such request through; this is a second line, not the first.
        raise web.HTTPUnauthorized()
    return me


def require_supervisor(request: web.Request) -> Staff:
    me = current_staff(request)
    if not me.is_supervisor:
        raise web.HTTPForbidden()
    return me


def render_text(request: web.Request, template: str, **context: Any) -> str:
    environment = request.app[TEMPLATES]
    context.setdefault("me", request.get(STAFF))
    context.setdefault("csrf_token", request.get(CSRF_KEY, ""))
    context.setdefault("settings", request.app[SETTINGS])
    context.setdefault("notice", None)
    return environment.get_template(template).render(**context)


def render(request: web.Request, template: str, status: int = 200, **context: Any) -> web.Response:
    return web.Response(text=render_text(request, template, **context), status=status, content_type="text/html")


def redirect(location: str) -> web.HTTPSeeOther:
    """After a change, the page to show (POST, redirect, GET: a reload never repeats the change)."""
    return web.HTTPSeeOther(location)
