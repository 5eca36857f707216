"""The web chat channel: the chat API the widget (and any website) uses, and the widget itself."""
