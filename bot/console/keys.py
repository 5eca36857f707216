"""Typed state of the console application (aiohttp AppKeys) and of its requests. The hub's services it
uses are under the core's keys (bot/app_keys.py: SETTINGS, DATABASE, HANDOFF...); these are the console's
own. The shared queue's key lives with the queue (bot/console/shared_queue.py), which needs the keys
here: one way, no cycle."""
from __future__ import annotations

from aiohttp import web
from jinja2 import Environment

from bot.login_attempts import LoginLimiter
from bot.console.replies import ReplyCatalogue
from bot.console.report_view import ReportLabels
from bot.console_settings import ConsoleSettings

CONSOLE_SETTINGS = web.AppKey("console_settings", ConsoleSettings)
TEMPLATES = web.AppKey("templates", Environment)
LOGIN_LIMITER: web.AppKey[LoginLimiter] = web.AppKey("login_limiter")
REPLIES = web.AppKey("replies", ReplyCatalogue)
REPORT_LABELS = web.AppKey("report_labels", ReportLabels)

# Per request (aiohttp 3.9 has no typed request keys): the signed-in member of staff and session.
STAFF = "console.staff"
SESSION_TOKEN = "console.session_token"
