"""Small network peers for tests: a listener that records who called it, and servers that misbehave
(answer slowly, byte by byte, or not in HTTP). All on loopback, all stopped by their context manager."""
from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Iterator


def http_reply(status: str = "200 OK", body: bytes = b"", ctype: str = "text/plain") -> bytes:
    """A complete HTTP/1.1 response."""
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n"
            f"Connection: close\r\n\r\n").encode() + body


#: An empty SELECT result, as an endpoint would send it.
JSON_EMPTY = http_reply(body=b'{"head":{"vars":[]},"results":{"bindings":[]}}', ctype="application/sparql-results+json")


@dataclass
class Peer:
    """A loopback server: its URL, and the first line of every request it got."""

    url: str
    requests: list[str] = field(default_factory=list)


@contextlib.contextmanager
def peer(reply: bytes = JSON_EMPTY, drip: float | None = None, delay: float = 0.0) -> Iterator[Peer]:
    """A server that reads a request and answers *reply* (after *delay* seconds; byte by byte every
    *drip* seconds if given), recording each request's first line."""
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    srv.settimeout(0.2)
    p = Peer(f"http://127.0.0.1:{srv.getsockname()[1]}")
    done = threading.Event()

    def handle(conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            data = b""
            try:
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                p.requests.append(data.split(b"\r\n", 1)[0].decode("latin-1"))
                time.sleep(delay)
                if drip is None:
                    conn.sendall(reply)
                else:
                    for i in range(len(reply)):
                        if done.is_set():
                            return
                        conn.sendall(reply[i:i + 1])
                        time.sleep(drip)
            except OSError:
                pass

    def accept() -> None:
        while not done.is_set():
            try:
                conn, _ = srv.accept()
            except OSError:
                continue
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        yield p
    finally:
        done.set()
        t.join(2)
        srv.close()



def raw_request(url: str, data: bytes, timeout: float = 10) -> bytes:
    """Send *data* as it is to the server of *url* and return everything it answers."""
    host, port = url.split("//", 1)[1].split("/", 1)[0].split(":")
    with socket.create_connection((host, int(port)), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        while True:
            chunk = s.recv(65536)
            if not chunk:
                return out
            out += chunk
