"""The ports tests hand their servers: free, never in the kernel's ephemeral range (where an outgoing connection
could take one before the server binds it), and never the same twice in a run."""
from __future__ import annotations

import socket

from tests.support.ports import _ephemeral_range_start, free_port, free_ports


def test_ports_handed_out_are_below_the_ephemeral_range_bindable_and_never_repeated() -> None:
    ports = [free_port() for _ in range(200)]
    assert len(set(ports)) == len(ports)
    assert all(1024 < port < _ephemeral_range_start() for port in ports)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
        server.bind(("127.0.0.1", ports[-1]))


def test_consecutive_ports_are_all_free_and_none_was_handed_out_before() -> None:
    single = free_port()
    first = free_ports(4)
    block = range(first, first + 4)
    assert single not in block
    assert block.stop <= _ephemeral_range_start()
    for port in block:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as server:
            server.bind(("127.0.0.1", port))
