"""The Rasa server starts through bot/rasa_plugins/server.py: Rasa's own command line, with JAX (which only
TensorFlow Lite's converter would use) kept out of its memory; TensorFlow loads as it does where JAX is not
installed. That the server then answers as before: every stack test (tests/support/stack.py)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from bot.config import PROJECT_ROOT

pytestmark = pytest.mark.slow

# Rasa's command line replaced by a stand-in that imports what `rasa run` imports first: TensorFlow.
CHECK = """
import sys
import rasa.__main__
from bot.rasa_plugins import server
rasa.__main__.main = lambda: None
server.main()
import tensorflow
tf_lite_util = sys.modules["tensorflow.lite.python.util"]
print(tf_lite_util._xla_computation is None, [name for name in sys.modules if name.split('.')[0] in ('jax', 'jaxlib') and sys.modules[name] is not None])
"""


def test_tensorflow_loads_without_jax_in_the_rasa_server() -> None:
    ran = subprocess.run([sys.executable, "-c", CHECK], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert ran.stdout.strip().splitlines()[-1] == "True []"
