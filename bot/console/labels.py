"""Plain-English labels for the codes the console shows (channels, kinds, statuses)."""
from __future__ import annotations

from bot.assistant_contract import SMS, TELEGRAM, WEB, WHATSAPP

CHANNELS = {WEB: "Web chat", SMS: "SMS", WHATSAPP: "WhatsApp", TELEGRAM: "Telegram"}
REVIEW_STATUSES = {
    "new": "New",
    "reviewed": "Reviewed",
    "referred_police": "Referred to police",
    "referred_support": "Referred to a support service",
}
# How a handler can close a conversation (stored in conversations.outcome).
OUTCOMES = {
    "report_taken": "Report taken",
    "signposted": "Given helpline or safety information",
    "referred_police": "Referred to police",
    "referred_support": "Referred to a support service",
    "person_left": "The person left",
    "no_action": "No action needed",
}
KINDS = {
    "hate_incident": "Hate incident",
    "hate": "Hate incident",
    "domestic_abuse": "Domestic abuse",
    "stalking": "Stalking or harassment",
    "harassment": "Harassment",
    "sexual_violence": "Sexual violence",
    "honour_based_abuse": "Honour-based abuse",
    "not_sure": "Not sure",
}
# Whether the person sent the report (reports.status).
REPORT_STATUSES = {"submitted": "Sent by the person", "partial": "Kept part-way (the person stopped before sending it)"}
SENDERS = {"person": "Person", "assistant": "Assistant", "handler": "Call handler", "system": "Notice"}
# Who holds a conversation (bot/conversation_status.py Status).
STATUSES = {"assistant": "With the assistant", "waiting": "Waiting for a person", "handler": "With a call handler",
            "closed": "Closed"}

LABELS: dict[str, str] = {**CHANNELS, **REVIEW_STATUSES, **OUTCOMES, **KINDS, **STATUSES, **REPORT_STATUSES}
