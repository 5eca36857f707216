"""Helpers the tests share: the running stack, a chat client, free ports."""
