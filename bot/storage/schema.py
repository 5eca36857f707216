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
    # Who holds the conversation (bot/conversation_status.py owns this and the columns marked "status"):
    # assistant, waiting (for a person; the assistant answers meanwhile), handler, closed.
    sa.Column("status", sa.String(16), nullable=False, server_default="assistant"),
    sa.Column("incident_kind", sa.String(32)),
    sa.Column("danger", sa.Boolean, nullable=False, server_default=sa.false()),
    # The language the hub answers in (bot/languages/choice.py); None until one is set (English meanwhile).
    sa.Column("language", sa.String(8)),
    # True once the person chose the language themselves: detection never changes it after that.
    sa.Column("language_chosen", sa.Boolean, nullable=False, server_default=sa.false()),
    # status: since when it waits for a person (kept while a handler holds it: the queue's order).
    sa.Column("handoff_requested_at", sa.DateTime),
    # status: the call handler who holds it.
    sa.Column("handler_id", sa.Integer),
    # status: what the next message from the person is expected to be, when the hub must treat it specially
    # (e.g. "contact_details": sealed here instead of being sent to Rasa).
    sa.Column("awaiting", sa.String(32)),
    # status: set once the person has been told they are still waiting, so they are told once, not every minute.
    sa.Column("wait_notice_sent_at", sa.DateTime),
    # How a call handler closed the conversation (e.g. "report taken", "signposted").
    sa.Column("outcome", sa.String(64)),
    sa.Index("ix_conversations_status", "status", "handoff_requested_at"),
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
    # The language the message is in (web chat marks each message with it for screen readers); None
    # when unknown (a short answer typed by the person).
    sa.Column("language", sa.String(12)),
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
    # The language the report was made in: answers are canonical values in any language; the account is
    # kept as written, in this language.
    sa.Column("language", sa.String(8), nullable=False, server_default="en"),
    # The turn that saved it (the conversation and the person's message id, bot/storage/reports.py). A
    # turn taken again after a process died in it (the hub sends it again with the same id) finds this
    # report and gives the same reference instead of saving a second one.
    sa.Column("turn_key", sa.String(150), unique=True),
)

report_additions = sa.Table(
    "report_additions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    sa.Column("conversation_id", sa.String(64), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    # As reports.turn_key: an addition is added once, however many times its turn is taken.
    sa.Column("turn_key", sa.String(150), unique=True),
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

# Phone numbers, email addresses and postcodes a person typed anywhere else (bot/identities_in_text.py):
# the message keeps a placeholder, the original is here, encrypted. Shown in the console only on
# request, to a supervisor or the handler holding the conversation, and each showing is audited.
sealed_identities = sa.Table(
    "sealed_identities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    # The person's message it was typed in (messages.id; gone with the transcript when they forget it).
    sa.Column("message_id", sa.Integer),
    # The report made from the conversation (or added to from it): set when the report is saved, so
    # the report keeps what it refers to.
    sa.Column("report_id", sa.Integer, index=True),
    # phone | email | postcode
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("ciphertext", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Staff console ----------------------------------------------------------------------------------------
# Call handlers and supervisors, their sessions, what they did, and their notes. No person's identity
# is held here either: conversations and reports are referred to by their ids only.

staff = sa.Table(
    "staff",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String(64), nullable=False, unique=True),
    # handler | supervisor
    sa.Column("role", sa.String(16), nullable=False),
    # Argon2id, with its parameters and salt (argon2-cffi's encoded form).
    sa.Column("password_hash", sa.String(255), nullable=False),
    sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("created_at", sa.DateTime, nullable=False),
    # The languages they can help people in besides English, as codes ("pl,gu"): the staff queue marks
    # conversations in them, and a person is told when nobody on duty speaks theirs.
    sa.Column("languages", sa.String(64), nullable=False, server_default=""),
)

staff_sessions = sa.Table(
    "staff_sessions",
    metadata,
    # SHA-256 of the cookie's token: a copy of the database cannot be used to sign in.
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False, index=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    # Idle expiry is measured from here; it is also how "on duty" is known.
    sa.Column("last_seen_at", sa.DateTime, nullable=False),
    # Absolute expiry: however active, a session ends after this.
    sa.Column("expires_at", sa.DateTime, nullable=False),
    sa.Column("ended_at", sa.DateTime),
    sa.Index("ix_staff_sessions_seen", "ended_at", "last_seen_at"),
)

audit_log = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime, nullable=False, index=True),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id")),
    # viewed, claimed, sent, handed_back, transferred, closed, status_changed, contact_viewed, ...
    sa.Column("action", sa.String(32), nullable=False),
    # conversation | report | reports | staff
    sa.Column("subject_kind", sa.String(16), nullable=False),
    sa.Column("subject_id", sa.String(64)),
    # A short, fixed-form detail (a new status, an export's size): never what a person said.
    sa.Column("detail", sa.String(200)),
    sa.Index("ix_audit_subject", "subject_kind", "subject_id"),
)

staff_notes = sa.Table(
    "staff_notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # A note is on a report when there is one, otherwise on the conversation.
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), index=True),
    sa.Column("conversation_id", sa.String(64), index=True),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Referrals of a report to the police or a support service, recorded by staff: to whom, by whom, when.
report_referrals = sa.Table(
    "report_referrals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("report_id", sa.Integer, sa.ForeignKey("reports.id"), nullable=False, index=True),
    # An organisation's id from data/helplines.yml, or "other" (named in other_name).
    sa.Column("organisation", sa.String(64), nullable=False),
    sa.Column("other_name", sa.String(120)),
    sa.Column("note", sa.Text),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

# Each time the assistant gave the emergency answer because someone said they were in danger now: what
# fired and when, for the staff console (conversations.danger only says that it ever did).
danger_flags = sa.Table(
    "danger_flags",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False, index=True),
    # danger_now: the person said someone is in danger now (the classifier or the danger patterns).
    sa.Column("flag", sa.String(32), nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
)

# One row per claimed handoff: how long the person waited, for the statistics page.
handoff_claims = sa.Table(
    "handoff_claims",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("requested_at", sa.DateTime, nullable=False),
    sa.Column("claimed_at", sa.DateTime, nullable=False, index=True),
    sa.Column("staff_id", sa.Integer, sa.ForeignKey("staff.id"), nullable=False),
)

# Texting channels (SMS, WhatsApp, Telegram) ------------------------------------------------------
# Where to send a texting conversation's replies. The address (a phone number, a Telegram chat id) is
# kept only sealed (Fernet), only while the person is active: rows idle for CONTACT_RETENTION_HOURS are
# deleted by the hub. `stopped` records an SMS-style STOP: nothing is sent until START.
channel_addresses = sa.Table(
    "channel_addresses",
    metadata,
    sa.Column("conversation_id", sa.String(64), primary_key=True),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("sealed_address", sa.Text, nullable=False),
    sa.Column("last_seen_at", sa.DateTime, nullable=False, index=True),
    sa.Column("stopped", sa.Boolean, nullable=False, server_default=sa.false()),
)

# Messages waiting to go out on a texting channel, and what became of them. Everything a person is
# sent passes through here, so a failed send is retried (with backoff) instead of lost. No address is
# stored here: it is looked up, sealed, from channel_addresses at the moment of sending.
outbox = sa.Table(
    "outbox",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    # Makes queueing idempotent: "msg:<message id>:<part>" or "<inbound external id>:<part>", so a
    # retried webhook never queues the same reply twice.
    sa.Column("dedup_key", sa.String(120), nullable=False, unique=True),
    sa.Column("conversation_id", sa.String(64), nullable=False),
    sa.Column("channel", sa.String(16), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    # Choices the channel shows as buttons of its own (Telegram's inline keyboard): [{title, token}].
    sa.Column("choices", sa.JSON),
    # A STOP confirmation (or HELP answer) goes out even though the address is stopped.
    sa.Column("ignores_stop", sa.Boolean, nullable=False, server_default=sa.false()),
    # pending | sent | failed (gave up) | suppressed (STOP) | undeliverable (address gone)
    sa.Column("status", sa.String(16), nullable=False, server_default="pending"),
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.DateTime, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("sent_at", sa.DateTime),
    # The provider's id (a Twilio MessageSid, a Telegram message_id) and its latest delivery status.
    sa.Column("provider_id", sa.String(64), index=True),
    sa.Column("provider_status", sa.String(24)),
    # Why the last attempt failed: a status and an error code, never a provider's message text
    # (those can quote the phone number).
    sa.Column("last_error", sa.String(120)),
    # The hub sending this message now and until when its claim holds (bot/storage/outbox.py).
    sa.Column("claimed_by", sa.String(80)),
    sa.Column("claimed_until", sa.DateTime),
    # When a try began whose outcome is not known (the hub stopped while the provider was taking the message,
    # or the provider did not answer): before trying again, the sender asks the provider whether it already
    # has the message, so a text is not sent twice (channels/texting/delivery.py).
    sa.Column("sending_since", sa.DateTime),
    sa.Index("ix_outbox_pending", "status", "conversation_id", "id"),
)

# Turns the assistant could not take when they came (Rasa or the action server down), kept to be sent
# when it is back (bot/replay.py), in order (id), each exactly once. What Rasa gets is kept as it would
# have been sent: identities already sealed, payloads as chosen.
assistant_backlog = sa.Table(
    "assistant_backlog",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("conversation_id", sa.String(64), nullable=False),
    # The person's stored message it answers (messages.id), or None for a hub event (a handback).
    sa.Column("message_id", sa.Integer),
    sa.Column("rasa_text", sa.Text, nullable=False),
    # The id the assistant knows the turn by, the same on every try (the first, made before it failed,
    # included): it answers a turn it already took from its tracker (bot/rasa_plugins/hub_channel.py).
    sa.Column("rasa_message_id", sa.String(64), nullable=False),
    # The channel and the languages, as the turn would have sent them (who can come is asked anew).
    sa.Column("metadata", sa.JSON, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    # Set by the hub sending it now; a claim older than bot/replay.py's STALE_CLAIM is a hub that died.
    sa.Column("sending_since", sa.DateTime),
    sa.Index("ix_assistant_backlog_conversation", "conversation_id", "id"),
)
