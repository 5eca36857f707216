"""The staff console's aiohttp application, on its own port (CONSOLE_PORT, 8001 by default) so that a
deployment can keep it on an internal network. It runs in the hub's process and uses the hub's services
(database, router, handoff desk), reached through the hub application once the hub's runner has started.

Middlewares, outermost first: the hub's security headers and JSON errors (shared, not copied), readable
error pages, the session check (nothing but the sign-in page without one), and the CSRF check."""
from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.app import MAX_REQUEST_BYTES, security_headers
from bot.config import Settings
from bot.console import audit, auth, conversation, handling, kept_safe, queue, referrals, reports, staff_accounts, stats
from bot.console.csrf import csrf_middleware
from bot.console.duty import duty_context
from bot.console.errors import html_errors
from bot.console.keys import (
    CONSOLE_SETTINGS, HUB_APP, LOGIN_LIMITER, REPLIES, REPORT_LABELS, SETTINGS, TEMPLATES,
)
from bot.console.ratelimit import LoginLimiter
from bot.console.rendering import create_environment
from bot.console.replies import ReplyCatalogue
from bot.console.report_view import ReportLabels, describe
from bot.console.shared_queue import SHARED_QUEUE, SharedQueue, shared_queue_context
from bot.event_stream import end_streams_on_shutdown
from bot.http_errors import error_middleware
from bot.languages.supported import language
from bot.storage.references import format_reference

STATIC_DIR = Path(__file__).parent / "static"

__all__ = ["create_console_app", "HUB_APP"]


def create_console_app(settings: Settings, hub_app: web.Application) -> web.Application:
    console = web.Application(
        middlewares=[security_headers, error_middleware, html_errors, auth.session_middleware, csrf_middleware],
        client_max_size=MAX_REQUEST_BYTES,
    )
    console[HUB_APP] = hub_app
    console[SETTINGS] = settings
    console[CONSOLE_SETTINGS] = settings.console
    console[TEMPLATES] = create_environment(settings.timezone)
    console[LOGIN_LIMITER] = LoginLimiter()
    console[REPLIES] = ReplyCatalogue.load()
    console[SHARED_QUEUE] = SharedQueue()
    console[REPORT_LABELS] = labels = ReportLabels.from_domain(settings.domain_path)
    console[TEMPLATES].globals.update(
        report_answers=lambda report: describe(labels, report), language_of=language, reference_in_fours=format_reference,
        referral_organisations=referrals.organisations(),
    )
    console.cleanup_ctx.append(duty_context)
    console.cleanup_ctx.append(shared_queue_context)
    end_streams_on_shutdown(console)
    for module in (auth, queue, conversation, handling, kept_safe, reports, referrals, staff_accounts, stats, audit):
        module.setup(console)
    console.router.add_static("/static", STATIC_DIR, name="static")
    return console
