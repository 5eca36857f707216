"""The tables. No column holds a phone number, an IP address or any other channel identity:
conversations are known by a keyed hash, and contact details a person chooses to give are encrypted."""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

conversations = sa.Table(
    "conversations",
    metadata,
    # A keyed hash of the channel address (or a random id for web chat): the only id Rasa ever sees.
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("last_activity_at", sa.DateTime, nullable=False),
    # bot: the assistant answers; waiting: queued for a person; human: a person holds it; closed.
    sa.Column("mode", sa.String(16), nullable=False, server_default="bot"),
    sa.Column("incident_kind", sa.String(32)),
    sa.Column("danger", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("language", sa.String(8)),
    sa.Column("handoff_requested_at", sa.DateTime),
    sa.Column("handler_id", sa.Integer),
    # What the next message from the person is expected to be, when the hub must treat it specially
    # (e.g. "contact_details": sealed here instead of being sent to Rasa).
    sa.Column("awaiting", sa.String(32)),
    # Set once the person has been told they are still waiting, so they are told once, not every minute.
    sa.Column("wait_notice_sent_at", sa.DateTime),
    # How a call handler closed the conversation (e.g. "report taken", "signposted").
    sa.Column("outcome", sa.String(64)),
    sa.Index("ix_conversations_mode", "mode", "handoff_requested_at"),
)

chat_sessions = sa.Table(
    "chat_sessions",
    metadata,
    # SHA-256 of the session token: a copy of the database cannot be used to resume someone's chat.
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("conversation_id", sa.String(64), sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("expires_at", sa.DateTime, nullable=False),
    sa.Column("ended_at", sa.DateTime),
)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    # person | assistant | handler | system
    sa.Column("sender", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("buttons", sa.JSON),
    # True when the message was sent after the fact (a person's reply), not in answer to a request.
    sa.Column("pushed", sa.Boolean, nullable=False, server_default=sa.false()),
    # The channel's own id for an inbound message (a Twilio MessageSid, a web client's retry key):
    # unique per conversation, so a retried delivery is processed once.
    sa.Column("external_id", sa.String(80)),
    sa.Index("ix_messages_conversation", "conversation_id", "id"),
    sa.UniqueConstraint("conversation_id", "external_id", name="uq_messages_external_id"),
)

reports = sa.Table(
    "reports",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("reference", sa.String(16), nullable=False, unique=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("kind", sa.String(32), nullable=False),
    # submitted | partial (the person stopped half-way and chose to keep what they said)
    sa.Column("status", sa.String(16), nullable=False),
    # new | reviewed | referred_police | referred_support (set by staff)
    sa.Column("review_status", sa.String(24), nullable=False, server_default="new"),
    sa.Column("answers", sa.JSON, nullable=False),
    # Fernet token; only present when the person chose to be contacted.
    sa.Column("contact_encrypted", sa.Text),
    sa.Column("danger", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("created_at", sa.DateTime, nullable=False, index=True),
)

report_additions = sa.Table(
    "report_additions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("conversation_id", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Contact details a person typed when asked for them: held here, encrypted, and never sent to Rasa,
# which only sees an opaque reference to this row.
sealed_contacts = sa.Table(
    "sealed_contacts",
    metadata,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    sa.Column("ciphertext", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)
