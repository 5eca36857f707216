"""The action server's settings: the few variables it needs (where SpeakUp's database is and in which time
zone helplines keep their hours), read with the hub's own reader and defaults
(bot/settings_core.py), so that the two processes cannot disagree. The launcher hands it these and
nothing else: no secret key (the hub seals, never the actions) and nothing of the texting channels."""
from __future__ import annotations

import os

from bot.settings_core import CoreSettings


def current() -> CoreSettings:
    """Read from this process's environment when asked: a handful of variables, cheap to read, and the
    actions' tests set them per test. A bad value was refused at start-up (below)."""
    return CoreSettings.from_env(os.environ)


# Checked when rasa-sdk loads the actions package, so that a bad value stops the action server at
# start-up with a message naming the variable, not at the first person who asks for a call handler.
current()
