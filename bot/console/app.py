"""The staff console's aiohttp application, on its own port (CONSOLE_PORT, 8001 by default) so that a
deployment can keep it on an internal network. It runs in the hub's process on the hub's services
(bot/services.py): the database, the handoff desk, the notifier and status events, the sealer, each under
its typed key in the console's own application. It never holds the hub's application.

Middlewares, outermost first: the hub's security headers and JSON errors (shared, not copied), readable
error pages, the session check (nothing but the sign-in page without one), and the CSRF check."""
from __future__ import annotations

from pathlib import Path

from aiohttp import web

from bot.app_keys import DATABASE, HANDOFF, NOTIFIER, SEALER, SETTINGS, STATUS_EVENTS
from bot.console import audit, auth, conversation, handling, kept_safe, queue, referrals, reports, staff_accounts, stats
from bot.console.csrf import csrf_middleware
from bot.console.duty import duty_context
from bot.console.errors import html_errors
from bot.console.keys import CONSOLE_SETTINGS, LOGIN_LIMITER, REPLIES, REPORT_LABELS, TEMPLATES
from bot.console.rendering import create_environment
from bot.console.replies import ReplyCatalogue
from bot.console.report_view import ReportLabels, describe
from bot.console.shared_queue import SHARED_QUEUE, SharedQueue, shared_queue_context
from bot.event_stream import end_streams_on_shutdown
from bot.http_errors import error_middleware
from bot.languages.supported import language
from bot.services import HubServices
from bot.storage.references import format_reference
from bot.web_common import MAX_REQUEST_BYTES, security_headers

STATIC_DIR = Path(__file__).parent / "static"

__all__ = ["create_console_app"]


def create_console_app(services: HubServices) -> web.Application:
    console = web.Application(
        middlewares=[security_headers, error_middleware, html_errors, auth.session_middleware, csrf_middleware],
        client_max_size=MAX_REQUEST_BYTES,
    )
    settings = services.settings
    # Only the services the console's handlers use: it hands conversations over through the desk, and
    # never routes or delivers a message itself.
    console[SETTINGS] = settings
    console[DATABASE] = services.database
    console[HANDOFF] = services.handoff
    console[NOTIFIER] = services.notifier
    console[STATUS_EVENTS] = services.status_events
    console[SEALER] = services.sealer
    console[CONSOLE_SETTINGS] = settings.console
    console[TEMPLATES] = create_environment(settings.timezone)
    console[LOGIN_LIMITER] = services.login_limiter
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
