from __future__ import annotations

import socket
from contextlib import ExitStack


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def free_ports(count: int, attempts: int = 50) -> int:
    """The first of `count` consecutive free ports (several Rasa servers listen on RASA_PORT, RASA_PORT + 1...)."""
    for _ in range(attempts):
        first = free_port()
        if first + count - 1 > 65535:
            continue
        with ExitStack() as held:
            try:
                for port in range(first, first + count):
                    probe = held.enter_context(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
                    probe.bind(("127.0.0.1", port))
            except OSError:
                continue
        return first
    raise RuntimeError(f"no {count} consecutive free ports found")
