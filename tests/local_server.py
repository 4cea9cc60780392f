"""A real HTTP server on 127.0.0.1, in a thread, serving the files a test puts on it.

Each path answers with bytes (status 200 and their length), an HTTP status with no body, a
stall (nothing sent until the test ends, to trip a client's timeout), or a body cut short
(a length announced, then half of it, then the connection closed). Requests are recorded as
the server saw them, so a test can tell a proxy request (an absolute URL) from a direct one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Literal
from urllib.parse import urlsplit

import attrs


@attrs.frozen
class Cut:
    """A body whose announced length is twice what is sent before the connection closes."""

    body: bytes


Answer = bytes | int | Cut | Literal["stall"]


class LocalServer:
    """The server; ``answers`` maps a path to its answer, ``requests`` lists what came in."""

    def __init__(self) -> None:
        self.answers: dict[str, Answer] = {}
        self.requests: list[str] = []
        self.released = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._httpd.daemon_threads = True
        # A short poll, so that shutting down at the end of a test takes no time to speak of.
        serve = lambda: self._httpd.serve_forever(poll_interval=0.02)  # noqa: E731
        self._thread = threading.Thread(target=serve, daemon=True)

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.root + path

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        self.requests.append(handler.path)
        answer = self.answers.get(urlsplit(handler.path).path, 404)
        if answer == "stall":
            self.released.wait(30)  # longer than any client timeout in the tests
        elif isinstance(answer, int):
            handler.send_error(answer)
        else:
            body = answer.body if isinstance(answer, Cut) else answer
            announced = 2 * len(body) if isinstance(answer, Cut) else len(body)
            handler.send_response(200)
            handler.send_header("Content-Type", "application/zip")
            handler.send_header("Content-Length", str(announced))
            handler.end_headers()
            handler.wfile.write(body)
            handler.close_connection = True

    @contextmanager
    def running(self) -> Iterator[LocalServer]:
        self._thread.start()
        try:
            yield self
        finally:
            self.released.set()
            self._httpd.shutdown()
            self._httpd.server_close()


def _handler(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.answer(self)

        def log_message(self, format: str, *args: object) -> None:
            pass  # quiet: pytest shows what matters

    return Handler
