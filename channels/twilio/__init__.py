"""SMS and WhatsApp through Twilio: one signed webhook for both, replies through Twilio's API."""
from channels.twilio.webhook import setup

__all__ = ["setup"]
