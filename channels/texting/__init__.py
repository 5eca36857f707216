"""What SMS, WhatsApp and Telegram share: segments, numbered menus, keywords, the hub's own wording,
the inbound flow (texting.flow), and the outbox that sends replies with retries (texting.delivery).
The provider adapters (channels.twilio, channels.telegram) only speak their provider's wire format."""
