"""Fetching one file over HTTP(S) as a command-line tool should: a timeout, progress, plain errors.

The standard library's urllib does all an update needs: it takes proxies from the
environment at each call (``https_proxy``, ``http_proxy``, ``no_proxy``), verifies certificates
against the system's store and follows redirects. ``file://`` addresses work too, for a copy
fetched by other means.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Final
from urllib.parse import urlsplit

from aibrief.errors import InvalidArgumentError, RateUpdateError

__all__ = ["MAX_BYTES", "SCHEMES", "Progress", "check_url", "fetch"]

#: Called with the bytes received so far and the total, when the server says it.
Progress = Callable[[int, "int | None"], None]

SCHEMES: Final = ("https", "http", "file")
#: The largest download accepted: the ECB's zip is under 1 MB.
MAX_BYTES: Final = 64 * 2**20
_CHUNK = 64 * 1024


def check_url(url: object) -> str:
    """Return ``url`` if it is an https, http or file address, else raise InvalidArgumentError."""
    parts = urlsplit(url) if isinstance(url, str) else None
    if parts is None or parts.scheme.lower() not in SCHEMES or not (parts.netloc or parts.path):
        message = f"url={url!r} is not an address to download from; expected https://..., http://... or file://..., such as 'https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip'"
        raise InvalidArgumentError(message, name="url", value=url)
    return url  # type: ignore[return-value]  # a str: urlsplit accepted it


def fetch(url: str, *, timeout: float, progress: Progress | None = None) -> bytes:
    """The bytes at ``url``; every failure is a RateUpdateError that says what went wrong.

    ``timeout`` bounds the wait for the connection and for each read, as curl's and wget's
    do; a server that stops sending fails after that long.
    """
    # Imported here: only an update downloads, and urllib.request loads http, ssl and email.
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": _user_agent()})
    # A new opener each time, so proxies set in the environment since the last call count.
    opener = urllib.request.build_opener()
    try:
        with opener.open(request, timeout=timeout) as response:
            return _read(response, url, progress)
    except RateUpdateError:
        raise
    except urllib.error.HTTPError as error:
        error.close()  # the error holds the response, and with it the connection
        message = f"{url} answered HTTP {error.code} {error.reason}{_http_advice(error.code)}"
        raise RateUpdateError(message, url=url, status=error.code) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise _timed_out(url, timeout) from None
        if url.lower().startswith("file:"):
            message = f"cannot read {url}: {_reason(error.reason)}; check the path"
        else:
            message = f"cannot reach {url}: {_reason(error.reason)}; check the address and the connection (proxies are taken from https_proxy and http_proxy)"
        raise RateUpdateError(message, url=url) from None
    except TimeoutError:
        raise _timed_out(url, timeout) from None
    except (http.client.HTTPException, OSError) as error:
        message = f"the download from {url} failed: {_reason(error)}; try again"
        raise RateUpdateError(message, url=url) from None


def _read(response: IO[bytes], url: str, progress: Progress | None) -> bytes:
    """The body of ``response``, refusing one cut short or larger than MAX_BYTES."""
    length = response.headers.get("Content-Length", "")  # type: ignore[attr-defined]
    total = int(length) if length.strip().isdigit() else None
    if total is not None and total > MAX_BYTES:
        raise _too_large(url, total)
    chunks, received = [], 0
    if progress is not None:
        progress(0, total)
    while chunk := response.read(_CHUNK):
        chunks.append(chunk)
        received += len(chunk)
        if received > MAX_BYTES:
            raise _too_large(url, received)
        if progress is not None:
            progress(received, total)
    # urllib returns what came when a server closes early; the length it announced tells.
    if total is not None and received != total:
        message = (
            f"the download from {url} stopped after {received:,} of {total:,} bytes; try again"
        )
        raise RateUpdateError(message, url=url)
    return b"".join(chunks)


def _user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"aibrief/{version('aibrief')}"
    except PackageNotFoundError:  # run from a source tree that is not installed
        return "aibrief"


def _http_advice(status: int) -> str:
    if status == 404:
        return "; check the address"
    if status == 407:
        return "; the proxy wants credentials: put them in https_proxy (https://user:password@host:port)"
    if status >= 500:
        return "; the server has a problem, try again later"
    return ""


def _reason(reason: object) -> str:
    return getattr(reason, "strerror", None) or str(reason)


def _timed_out(url: str, timeout: float) -> RateUpdateError:
    message = f"no answer from {url} within {timeout:g} seconds; try again later, or wait longer with --timeout (timeout= in Python)"
    return RateUpdateError(message, url=url)


def _too_large(url: str, size: int) -> RateUpdateError:
    message = f"{url} sends {size:,} bytes or more, far more than the ECB's file (under 1 MB); check the address"
    return RateUpdateError(message, url=url)
