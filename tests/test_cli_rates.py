"""The command line and the rates: ``aibrief rates``, ``rates update``, ``--version``, ``--rates``."""

from __future__ import annotations

import datetime
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import aibrief as ab
from aibrief._cli.commands.rates import _Progress
from aibrief._cli.main import main
from aibrief.rates import current
from ecb_files import NEW_DAY, ecb_csv, ecb_zip, newer_columns, older_columns, packed
from local_server import LocalServer

SHIPPED_SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist), retrieved 2026-10-30, shipped with aibrief"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Exit status, stdout and stderr of ``aibrief ARGV``, argparse's own exits included."""
    try:
        status = main(argv)
    except SystemExit as exit:
        status = exit.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalServer]:
    for variable in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(variable, raising=False)
    with LocalServer().running() as running:
        yield running


# --- aibrief rates and --version -------------------------------------------------------------


def test_rates_shows_source_file_dates_age_and_cache(
    rates_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["rates"], capsys)
    assert (status, err) == (0, "")
    today = datetime.date.today()
    age = (today - datetime.date(2026, 10, 30)).days
    lines = out.splitlines()
    assert lines[0] == f"source:      {SHIPPED_SOURCE}"
    assert lines[1].startswith("loaded from: ")
    assert lines[1].endswith("eurofxref.bin (shipped with aibrief)")
    assert (
        lines[2] == "dates:       1999-01-04 to 2026-10-30 (7,126 days, 41 currencies against EUR)"
    )
    assert lines[3] == f"age:         {age} days since the last rate (today is {today})"
    assert lines[4] == (
        f"cache:       {rates_folder / 'eurofxref.bin'} (none yet: `aibrief rates update`"
        " downloads the newest rates)"
    )


def test_rates_json(rates_folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["rates", "--json"], capsys)
    data = json.loads(out)
    assert status == 0
    assert (data["origin"], data["first_date"], data["last_date"], data["days"]) == (
        "shipped", "1999-01-04", "2026-10-30", 7126,
    )  # fmt: skip
    assert len(data["currencies"]) == 41
    assert "KRW" in data["currencies"]
    assert (data["cache"], data["cache_skipped"]) == (str(rates_folder / "eurofxref.bin"), None)


def test_version_gives_the_package_and_the_last_rate_date(
    rates_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["--version"], capsys) == (
        0, f"aibrief {ab.__version__} (ECB rates to 2026-10-30, shipped with aibrief)\n", "",
    )  # fmt: skip
    (rates_folder / "eurofxref.bin").write_bytes(packed(newer_columns()))
    current.forget()
    assert run(["--version"], capsys) == (
        0, f"aibrief {ab.__version__} (ECB rates to {NEW_DAY}, downloaded)\n", "",
    )  # fmt: skip


def test_rates_with_a_downloaded_table_says_where_it_was_loaded_from(
    rates_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (rates_folder / "eurofxref.bin").write_bytes(packed(newer_columns()))
    status, out, _ = run(["rates"], capsys)
    lines = out.splitlines()
    assert status == 0
    assert lines[0].endswith("retrieved 2026-11-03 from http://127.0.0.1/eurofxref-hist.zip")
    assert lines[1] == f"loaded from: {rates_folder / 'eurofxref.bin'} (downloaded)"
    assert lines[2].startswith(f"dates:       1999-01-04 to {NEW_DAY} (7,127 days")


def test_a_skipped_cache_is_one_warning_line(
    rates_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (rates_folder / "eurofxref.bin").write_bytes(packed(older_columns()))
    status, out, err = run(["convert", "100", "USD", "KRW", "--on", "2025-01-27"], capsys)
    assert status == 0
    assert err.startswith("aibrief: warning: skipped the downloaded rates in ")
    assert err.count("\n") == 1
    assert "before those shipped with aibrief" in err
    assert SHIPPED_SOURCE in out


def test_tour_shows_a_skipped_cache_as_one_warning_line(
    rates_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (rates_folder / "eurofxref.bin").write_bytes(b"damaged")
    status, out, err = run(["tour", "--currency", "KRW", "--json"], capsys)
    assert status == 0
    assert json.loads(out)["timeline"]
    assert err.startswith("aibrief: warning: skipped the downloaded rates in ")
    assert "cannot be read" in err
    assert err.count("\n") == 1


def test_a_date_after_the_last_rate_names_the_command_to_run(
    rates_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["convert", "100", "USD", "KRW", "--on", "2026-11-16"], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("aibrief: error: no USD rate on 2026-11-16: USD rates run from")
    assert "run `aibrief rates update` (in Python: ab.rates.update(), then ab.rates.ecb())" in err


@pytest.mark.parametrize("seconds", ["0", "-1", "soon", "inf"])
def test_update_refuses_a_timeout_that_is_no_time(
    seconds: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(["rates", "update", "--timeout", seconds], capsys)
    assert status == 2
    assert err.startswith(
        f"aibrief: error: argument --timeout: {seconds!r} is not a number of seconds"
    )


def test_progress_is_one_line_redrawn_on_a_terminal() -> None:
    stream = io.StringIO()
    progress = _Progress(stream, "https://example.org/eurofxref-hist.zip")
    for received in (0, 300_000, 300_100, 665_302):
        progress(received, 665_302)
    progress.finish()
    assert stream.getvalue() == (
        "\rdownloading eurofxref-hist.zip: 0 kB of 665 kB (0%)"
        "\rdownloading eurofxref-hist.zip: 300 kB of 665 kB (45%)"
        "\rdownloading eurofxref-hist.zip: 665 kB of 665 kB (100%)\n"
    )
    unknown = io.StringIO()
    _Progress(unknown, "file:///tmp/x.zip")(2_000, None)
    assert unknown.getvalue() == "\rdownloading x.zip: 2 kB"


# --- --rates FILE ----------------------------------------------------------------------------


def test_convert_with_own_rates_before_the_ecb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine.csv"
    mine.write_text("Date,KRW\n2025-01-24,1431.50\n2025-01-27,1435\n", encoding="utf-8")
    argv = ["convert", "100", "USD", "KRW", "--on", "2025-01-26", "--rates", str(mine)]
    status, out, _ = run([*argv, "--rates-base", "USD"], capsys)
    assert status == 0
    assert out.splitlines() == [
        "100 USD = 143150 KRW",  # rounded to whole won, as the command prints amounts
        "rate: 1431.50 KRW per USD, last published before, on 2025-01-24",
        f"source: rates from {mine}",
    ]
    # A pair the file does not have comes from the ECB.
    status, out, _ = run(
        ["convert", "1", "EUR", "CNY", "--on", "2025-01-27", "--rates", str(mine), "--rates-base", "USD", "--exact"],
        capsys,
    )  # fmt: skip
    assert out.splitlines()[0] == "1 EUR = 7.6306 CNY"
    assert out.splitlines()[2] == f"source: {SHIPPED_SOURCE}"


def test_convert_with_a_bad_rates_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Date,KRW\n2025-01-27,-5\n", encoding="utf-8")
    status, _, err = run(
        ["convert", "1", "USD", "KRW", "--on", "2025-01-27", "--rates", str(bad)], capsys
    )
    assert status == 2
    assert (
        err
        == f"aibrief: error: {bad} line 2: KRW rate '-5' is not a positive number; expected digits such as '1.0530', or N/A\n"
    )
    status, _, err = run(
        ["convert", "1", "USD", "KRW", "--on", "2025-01-27", "--rates", str(tmp_path / "none.csv")],
        capsys,
    )
    assert (status, err) == (
        2,
        f"aibrief: error: cannot read rates from {tmp_path / 'none.csv'}: No such file or directory\n",
    )


def test_check_with_own_rates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """At 2,000 won to the dollar, the article's '557만6000달러(약 80억원)' is 28% off."""
    mine = tmp_path / "won.csv"
    mine.write_text("Date,KRW\n2025-01-31,2000\n", encoding="utf-8")
    status, out, _ = run(["check", "--rates", str(mine), "--rates-base", "USD", "--json"], capsys)
    assert status == 1
    claim = json.loads(out)["claims"][0]
    assert (claim["phrase"], claim["verdict"], claim["reference"]) == (
        "557만6000달러(약 80억원)", "inconsistent", "2000",
    )  # fmt: skip
    assert claim["explanation"].startswith(
        "At the reference rate of 2025-01-31 (2,000 KRW per USD)"
    )


# --- the whole story in fresh processes ------------------------------------------------------


def test_update_then_convert_the_new_day_in_a_fresh_process(
    tmp_path: Path, server: LocalServer
) -> None:
    """The issue's 'done when': an update into an empty folder makes the new day convertible
    in a new process; a later truncated download exits non-zero and changes nothing."""
    good = ecb_zip(ecb_csv(newer_columns()))
    server.answers["/eurofxref-hist.zip"] = good
    server.answers["/truncated.zip"] = good[: len(good) // 2]
    env = {**os.environ, "AIBRIEF_RATES_DIR": str(tmp_path), "PYTHONWARNINGS": "error"}

    def aibrief(*argv: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "aibrief", *argv]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)

    updated = aibrief("rates", "update", "--url", server.url("/eurofxref-hist.zip"))
    assert (updated.returncode, updated.stderr) == (0, "")
    assert updated.stdout.splitlines()[0] == (
        f"updated: 1999-01-04 to {NEW_DAY} (7,127 days, 41 currencies); the last rate was"
        " 2026-10-30 before"
    )
    converted = aibrief("convert", "100", "USD", "KRW", "--on", str(NEW_DAY), "--exact")
    assert converted.stdout.splitlines()[:2] == [
        "100 USD = 142157.9944865609924190213645761544 KRW",
        f"rate: 1421.579944865609924190213645761544 KRW per USD, published {NEW_DAY}",
    ]
    kept = (tmp_path / "eurofxref.bin").read_bytes()
    failed = aibrief("rates", "update", "--url", server.url("/truncated.zip"))
    assert failed.returncode == 2
    assert failed.stderr.startswith("aibrief: error: http://127.0.0.1:")
    assert "is not a valid zip file" in failed.stderr
    assert failed.stderr.endswith("the rates held were not changed\n")
    assert (tmp_path / "eurofxref.bin").read_bytes() == kept
    shown = aibrief("rates")
    assert f"dates:       1999-01-04 to {NEW_DAY} (7,127 days" in shown.stdout
