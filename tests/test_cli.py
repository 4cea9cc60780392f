"""The aibrief command line: ``aibrief convert`` and its errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from aibrief._cli import main

SOURCE = "European Central Bank euro foreign exchange reference rates (eurofxref-hist)"


def test_convert_prints_result_rate_date_and_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "5576000", "USD", "KRW", "--on", "2025-01-27"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "5576000 USD = 7985223855.650522317188983855650522 KRW"
    assert lines[1] == "rate: 1432.070275403608736942070275403609 KRW per USD, published 2025-01-27"
    assert lines[2].startswith(f"source: {SOURCE}, retrieved ")


def test_convert_on_a_weekend_says_which_day_was_used(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "100", "USD", "KRW", "--on", "2025-01-25"]) == 0
    assert "last published before, on 2025-01-24" in capsys.readouterr().out
    assert main(["convert", "100", "USD", "KRW", "--on", "2025-01-25", "--missing", "next"]) == 0
    assert "next published after, on 2025-01-27" in capsys.readouterr().out


def test_convert_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "convert",
                "100",
                "usd",
                "krw",
                "--on",
                "2025-01-25",
                "--missing",
                "interpolate",
                "--json",
            ]
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["amount"] == "100"
    assert (data["from"], data["to"], data["rate_date"], data["method"]) == (
        "USD",
        "KRW",
        "2025-01-25",
        "interpolated",
    )
    assert data["result"] == "143330.0502001652157336214017919553"
    assert data["source"].startswith(SOURCE)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["convert", "1", "USD", "KWR", "--on", "2025-01-27"], "unknown currency code 'KWR'"),
        (["convert", "1.2.3", "USD", "KRW", "--on", "2025-01-27"], "'1.2.3' is not a number"),
        (["convert", "1e5x", "USD", "KRW", "--on", "2025-01-27"], "is not a number"),
        (["convert", "inf", "USD", "KRW", "--on", "2025-01-27"], "not a finite number"),
        (["convert", "1", "USD", "KRW", "--on", "2025-1-27"], "'2025-1-27' is not a date"),
        (["convert", "1", "USD", "KRW", "--on", "27/01/2025"], "is not a date"),
        (["convert", "1", "CNY", "KRW", "--on", "2001-01-02"], "2005-04-01"),
        (
            ["convert", "1", "USD", "KRW", "--on", "2025-01-25", "--missing", "error"],
            "2025-01-24 and 2025-01-27",
        ),
        (
            ["convert", "1", "USD", "KRW", "--on", "2025-01-25", "--lookback-days", "-1"],
            "lookback_days=-1",
        ),
        (["convert", "1", "USD", "KRW"], "--on"),
        (
            ["convert", "1", "USD", "KRW", "--on", "2025-01-27", "--missing", "later"],
            "invalid choice",
        ),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse's own errors exit
        status = exit.code  # type: ignore[assignment]
    captured = capsys.readouterr()
    assert status == 2
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1
    assert message in captured.err


def test_python_dash_m_aibrief() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "aibrief", "convert", "1", "EUR", "USD", "--on", "2025-01-27"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("1 EUR = 1.0530 USD\n")
