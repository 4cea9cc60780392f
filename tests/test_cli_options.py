"""What every subcommand shares: number arguments, the table width and the help's examples."""

from __future__ import annotations

import argparse
import re
from decimal import Decimal

import pytest

from aibrief._cli.main import COMMANDS, main
from aibrief._cli.options import number, whole_number
from aibrief._display.table import display_width


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        status = main(argv)
    except SystemExit as exit:
        status = int(exit.code or 0)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


# --- numbers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("5576000", Decimal("5576000")),
        ("5,576,000", Decimal("5576000")),
        ("1,000", Decimal("1000")),
        ("-1,234.5", Decimal("-1234.5")),
        ("12.5", Decimal("12.5")),
        (".5", Decimal("0.5")),
        ("+7", Decimal("7")),
        ("1e3", Decimal("1000")),
        ("2.5E-2", Decimal("0.025")),
        (" 42 ", Decimal("42")),
    ],
)
def test_number_arguments_accept_digits_grouped_in_threes_or_not(text: str, value: Decimal) -> None:
    assert number(text) == value


@pytest.mark.parametrize(
    "text",
    ["1,00", "1,0000", "12,34.5", ",100", "1,000,00", "1_000", "inf", "nan", "0x10", "", "1.2.3"],
)
def test_number_arguments_refuse_what_the_message_does_not_promise(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="grouped by commas in threes") as caught:
        number(text)
    assert str(caught.value).startswith(f"{text!r} is not a number; expected digits")


def test_a_number_written_as_news_writes_it_points_at_aibrief_parse() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match=r"use: aibrief parse '80억원'"):
        number("80억원")


def test_grouped_and_plain_amounts_convert_alike(capsys: pytest.CaptureFixture[str]) -> None:
    plain = run(["convert", "5576000", "USD", "KRW", "--on", "2025-01-27", "--exact"], capsys)
    grouped = run(["convert", "5,576,000", "USD", "KRW", "--on", "2025-01-27", "--exact"], capsys)
    assert plain == grouped
    assert grouped[1].startswith("5576000 USD = 7985223855.650522317188983855650522 KRW\n")


def test_format_reads_grouped_digits(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["format", "8,000,000,000", "KRW", "--locale", "ko", "--style", "news"]
    assert run(argv, capsys) == (0, "80억원\n", "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("7", None),
        ("1,000", None),
        ("-1", "-1 is too few days"),
        ("2.5", "2.5 is not a whole number"),
        ("1e999999999", "1e999999999 is too many days"),
        ("week", "'week' is not a number"),
    ],
)
def test_lookback_days_is_a_whole_number_of_days(
    text: str, message: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["convert", "1", "USD", "KRW", "--on", "2025-01-25", "--lookback-days", text]
    status, out, err = run(argv, capsys)
    if message is None:
        assert (status, err) == (0, "")
        assert "last published before, on 2025-01-24" in out
    else:
        assert (status, out) == (2, "")
        assert err == (
            f"aibrief: error: argument --lookback-days: {message}; expected a whole number of "
            "days from 0 to 100,000, such as 7 (see aibrief convert --help)\n"
        )


def test_whole_number_names_what_it_counts() -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="too few columns"):
        whole_number(40, "columns", example=80)("39")


# --- --width -----------------------------------------------------------------------------------


@pytest.mark.parametrize("width", ["0", "2", "39", "-80", "wide", "45.5", "1e9"])
@pytest.mark.parametrize("command", ["tour", "check"])
def test_width_below_40_or_not_a_whole_number_is_refused(
    command: str, width: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run([command, "--width", width], capsys)
    assert (status, out) == (2, "")
    assert err.startswith("aibrief: error: argument --width: ")
    assert f" {width} " in err or f" {width!r} " in err
    assert "expected a whole number of columns from 40 to 100,000, such as 80" in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("width", [40, 47, 60, 61])
@pytest.mark.parametrize("lang", ["en", "ko", "zh"])
def test_every_line_fits_the_width_from_40_columns(
    lang: str, width: int, capsys: pytest.CaptureFixture[str]
) -> None:
    for command in (["tour", "--currency", "USD"], ["check"]):
        status, out, _ = run([*command, "--lang", lang, "--width", str(width)], capsys)
        assert status == 0
        lines = out.splitlines()
        widest = max(lines, key=display_width)
        assert display_width(widest) <= width, widest


def test_a_narrow_claim_table_leaves_the_figures_to_the_explanations(
    capsys: pytest.CaptureFixture[str],
) -> None:
    narrow = run(["check", "--width", "40"], capsys)[1].splitlines()
    assert narrow[:2] == ["19 checks: 16 consistent, 0", "inconsistent, 3 unverifiable"]
    assert narrow[3].split() == ["Claim", "Check", "Verdict"]
    assert "  within the tolerance of ±8.67% ('약'" in narrow
    wide = run(["check", "--width", "61"], capsys)[1].splitlines()
    assert wide[2].split() == ["Claim", "Check", "Verdict", "Deviation", "Tolerance"]


# --- --help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", list(COMMANDS))
def test_help_ends_with_two_or_three_examples(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run([command, "--help"], capsys)
    assert status == 0
    tail = out.rstrip("\n").split("\nexamples:\n")[-1].splitlines()
    assert 2 <= len(tail) <= 3, out
    assert all(re.fullmatch(rf"  aibrief {command}( \S.*)?", line) for line in tail), tail
