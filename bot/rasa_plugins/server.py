"""Starts the Rasa server: Rasa's own command line (`rasa run ...`, the same arguments), with one module it
never uses kept out of its memory.

TensorFlow imports JAX when it is installed (tensorflow/lite/python/util.py, for TF Lite's JAX converter,
inside `try: ... except ImportError`), and JAX is installed as a dependency of Rasa's dependencies. Nothing in
Rasa or SpeakUp's pipeline converts to TF Lite, so loading JAX (and its XLA library) cost each Rasa server
about 74 MB of resident memory and 1.5 s of start-up for nothing (docs/benchmarks.md, "Memory"). Marked as
missing before Rasa imports TensorFlow, the import fails the way TensorFlow expects when JAX is not installed.
Nothing else changes: the same model answers the same way."""
from __future__ import annotations

import sys

# Modules TensorFlow imports only if it can, that no part of the Rasa server uses.
NEVER_USED = ("jax", "jaxlib")


def main() -> None:
    for name in NEVER_USED:
        sys.modules[name] = None  # type: ignore[assignment]  # None in sys.modules: `import` raises ImportError
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
