"""ab.rates.update(): download, check and keep the ECB's rates, against a real local server.

Every failure leaves the rates held byte for byte as they were; the files served are made
from the shipped table (see ecb_files.py), and the server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import aibrief as ab
from aibrief.rates import cache, current
from aibrief.rates.io import unpack
from ecb_files import (
    NEW_DAY,
    NEW_DAY_100_USD_IN_KRW,
    SOURCE,
    ecb_csv,
    ecb_zip,
    newer_columns,
    packed,
    shipped_columns,
)
from local_server import Cut, LocalServer

PATH = "/eurofxref-hist.zip"
#: A small ECB file: sound, but it would shrink any real table (made-up rates).
SMALL_CSV = "Date,USD,KRW,\n2026-10-29,1.1600,1649.00,\n2026-10-28,1.1608,1650.17,\n"
PROXY_VARIABLES = (
    "http_proxy",
    "https_proxy",
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "all_proxy",
    "ALL_PROXY",
)


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    """The files the server offers, made once for the module."""
    good = ecb_csv(newer_columns())
    header, first, rest = good.split("\n", 2)
    usd = header.split(",").index("USD")
    cells = first.split(",")
    cells[usd] = "-" + cells[usd]
    good_zip = ecb_zip(good)
    return {
        "good": good_zip,
        "truncated": good_zip[: len(good_zip) // 2],
        "bad value": ecb_zip("\n".join([header, ",".join(cells), rest])),
        "dropped currency": ecb_zip(ecb_csv(newer_columns(), drop="GBP")),
        "older": ecb_zip(ecb_csv(shipped_columns())),
        "small": ecb_zip(SMALL_CSV),
        "not ECB": ecb_zip("Day,USD,\n2026-11-02,1.1608,\n"),
        "out of order": ecb_zip("Date,USD,\n2026-11-04,1.1,\n2026-11-02,1.2,\n2026-11-03,1.1,\n"),
    }


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    for variable in PROXY_VARIABLES:  # the tests talk to 127.0.0.1 directly
        monkeypatch.delenv(variable, raising=False)
    with LocalServer().running() as running:
        yield running


@pytest.fixture
def previous(rates_folder: Path) -> bytes:
    """A cache already holding the newer table, as an earlier update left it."""
    data = packed(newer_columns())
    (rates_folder / "eurofxref.bin").write_bytes(data)
    return data


def test_a_good_file_adds_the_new_day(
    rates_folder: Path, server: LocalServer, files: dict[str, bytes]
) -> None:
    server.answers[PATH] = files["good"]
    seen: list[tuple[int, int | None]] = []
    table = ab.rates.update(url=server.url(PATH), progress=lambda *step: seen.append(step))
    assert table is ab.rates.ecb()
    assert table.last_date == NEW_DAY
    today = datetime.datetime.now(datetime.UTC).date()
    assert table.source == f"{SOURCE}, retrieved {today} from {server.url(PATH)}"
    result = ab.convert(ab.Money("100", "USD"), "KRW", on=NEW_DAY).result
    assert result == ab.Money(NEW_DAY_100_USD_IN_KRW, "KRW")
    # The cache holds the table packed as the shipped one is, and nothing else is left behind.
    written = unpack((rates_folder / "eurofxref.bin").read_bytes())
    expected = newer_columns()
    assert (written.days, written.mantissas, written.scales) == (
        expected.days, expected.mantissas, expected.scales,
    )  # fmt: skip
    assert sorted(path.name for path in rates_folder.iterdir()) == [
        "eurofxref.bin",
        "eurofxref.bin.lock",
    ]
    size = len(files["good"])
    assert seen[0] == (0, size)
    assert seen[-1] == (size, size)
    assert [received for received, _ in seen] == sorted(received for received, _ in seen)


@pytest.mark.parametrize(
    ("file", "error", "match"),
    [
        ("truncated", ab.RateDataError, "is not a valid zip file"),
        ("bad value", ab.RateDataError, r"line 2: USD rate '-1\.1608' is not a positive number"),
        ("dropped currency", ab.RateDataError, "would shrink the rates held .* it drops GBP"),
        ("older", ab.RateDataError, "it ends on 2026-10-30, before 2026-11-02"),
        ("not ECB", ab.RateDataError, "should be the ECB's header"),
        ("out of order", ab.RateDataError, "line 4: 2026-11-03 is out of order"),
        (404, ab.RateUpdateError, "answered HTTP 404 Not Found; check the address"),
        (503, ab.RateUpdateError, "HTTP 503 .* try again later"),
        ("stall", ab.RateUpdateError, r"no answer from .* within 0\.5 seconds"),
        ("cut", ab.RateUpdateError, "stopped after"),
    ],
)
def test_a_failure_leaves_the_previous_cache_as_it_was(
    rates_folder: Path,
    server: LocalServer,
    files: dict[str, bytes],
    previous: bytes,
    file: str | int,
    error: type[Exception],
    match: str,
) -> None:
    answers = {"stall": "stall", "cut": Cut(files["good"])}
    server.answers[PATH] = answers.get(file) or (file if isinstance(file, int) else files[file])  # type: ignore[assignment, arg-type]
    with pytest.raises(error, match=match) as info:
        ab.rates.update(url=server.url(PATH), timeout=0.5)
    assert str(info.value).endswith("; the rates held were not changed")
    assert (rates_folder / "eurofxref.bin").read_bytes() == previous
    assert not [path for path in rates_folder.iterdir() if path.suffix == ".tmp"]
    assert ab.rates.ecb().last_date == NEW_DAY
    if isinstance(file, int):
        assert info.value.status == file  # type: ignore[attr-defined]


def test_force_accepts_a_file_that_drops_a_currency(
    server: LocalServer, files: dict[str, bytes], previous: bytes
) -> None:
    server.answers[PATH] = files["dropped currency"]
    table = ab.rates.update(url=server.url(PATH), force=True)
    assert "GBP" not in table.currencies
    assert table.last_date == NEW_DAY


def test_a_file_url_works_and_a_forced_older_file_is_then_skipped(
    rates_folder: Path, tmp_path_factory: pytest.TempPathFactory, files: dict[str, bytes]
) -> None:
    """A copy fetched by other means loads from file://; one older than the shipped rates
    is kept when forced, but ecb() warns and keeps to the shipped rates."""
    path = tmp_path_factory.mktemp("download") / "eurofxref-hist.zip"
    path.write_bytes(files["small"])
    with pytest.raises(
        ab.RateDataError, match="ends on 2026-10-29, before 2026-10-30; it drops AUD"
    ):
        ab.rates.update(url=path.as_uri())
    assert not (rates_folder / "eurofxref.bin").exists()
    with pytest.warns(ab.RateCacheWarning, match="before those shipped"):
        table = ab.rates.update(url=path.as_uri(), force=True)
    assert table is ab.rates.ecb(embedded=True)
    last = unpack((rates_folder / "eurofxref.bin").read_bytes()).days[-1]
    assert datetime.date.fromordinal(last) == datetime.date(2026, 10, 29)


def test_a_proxy_named_in_the_environment_is_used(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch, previous: bytes
) -> None:
    monkeypatch.setenv("http_proxy", server.root)
    with pytest.raises(ab.RateUpdateError, match="HTTP 404"):
        ab.rates.update(url="http://rates.example/eurofxref-hist.zip")
    # The request reached the proxy (our server) as an absolute URL.
    assert server.requests == ["http://rates.example/eurofxref-hist.zip"]


def test_an_update_waits_for_the_lock_and_gives_up_clearly(
    rates_folder: Path,
    server: LocalServer,
    files: dict[str, bytes],
    previous: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Another process writing holds the lock; this update neither writes nor corrupts."""
    import filelock

    server.answers[PATH] = files["small"]
    monkeypatch.setattr(cache, "LOCK_TIMEOUT", 0.2)
    with (
        filelock.FileLock(str(rates_folder / "eurofxref.bin.lock")),
        pytest.raises(ab.RateUpdateError, match=r"another update has held .* for 0\.2 seconds"),
    ):
        ab.rates.update(url=server.url(PATH), force=True)
    assert (rates_folder / "eurofxref.bin").read_bytes() == previous


def test_a_failed_write_leaves_the_previous_cache(
    rates_folder: Path,
    server: LocalServer,
    files: dict[str, bytes],
    previous: bytes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full_disk(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    server.answers[PATH] = files["small"]
    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(ab.RateUpdateError, match=r"cannot write the rate cache .* No space left"):
        ab.rates.update(url=server.url(PATH), force=True)
    assert (rates_folder / "eurofxref.bin").read_bytes() == previous
    assert sorted(path.name for path in rates_folder.iterdir()) == [
        "eurofxref.bin",
        "eurofxref.bin.lock",
    ]


def test_a_cache_folder_that_cannot_be_made_is_a_clear_error(
    tmp_path: Path, server: LocalServer, files: dict[str, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "file" / "rates"))
    server.answers[PATH] = files["small"]
    current.forget()
    try:
        with pytest.raises(
            ab.RateUpdateError, match=r"cannot write the rate cache .* AIBRIEF_RATES_DIR"
        ):
            ab.rates.update(url=server.url(PATH), force=True)
    finally:
        current.forget()


@pytest.mark.parametrize(
    ("arguments", "match"),
    [
        ({"url": "ftp://example.org/eurofxref-hist.zip"}, "not an address to download from"),
        ({"url": 42}, "not an address"),
        ({"timeout": 0}, "timeout=0 should be"),
        ({"timeout": "30"}, "timeout='30' should be"),
        ({"timeout": True}, "timeout=True should be"),
        ({"force": "yes"}, "force='yes' should be True or False"),
        ({"progress": 3}, "progress=3 should be a function"),
    ],
)
def test_bad_options_are_refused_before_any_download(
    arguments: dict[str, object], match: str
) -> None:
    with pytest.raises(ab.InvalidArgumentError, match=match):
        ab.rates.update(**arguments)  # type: ignore[arg-type]


def test_an_unreachable_server_is_a_clear_error(rates_folder: Path, previous: bytes) -> None:
    import socket

    with socket.socket() as closed:  # a port nothing listens on once this is closed
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    url = f"http://127.0.0.1:{port}/eurofxref-hist.zip"
    with pytest.raises(ab.RateUpdateError, match=r"cannot reach .* refused; check the address"):
        ab.rates.update(url=url, timeout=5)
    assert (rates_folder / "eurofxref.bin").read_bytes() == previous
