"""The texting channels' fixtures (tests/channels/texting/fixtures.py)."""
from tests.channels.texting.fixtures import *  # noqa: F401,F403
