"""Every repro of issue 18 gets an aibrief error (or exit 2), and quickly.

A fuzzing run over the public API found 22 failures at the edges: bare Python errors, amounts
that took tens of seconds to format, a caller's decimal context leaking in, a loader that
disagreed with its schema and a command that printed tracebacks. Each is pinned here, in the
order of the issue (the columns repros are issue 15's, in tests/test_convert_many.py).
"""

from __future__ import annotations

import datetime
import decimal
import json
from pathlib import Path

import pytest

import aibrief as ab
from aibrief._cli.main import COMMANDS, main

# --- Crashes outside the hierarchy ----------------------------------------------------------


@pytest.mark.parametrize("read", [ab.parse_amount, ab.find_amounts])
def test_a_run_of_4301_digits_is_a_parse_error(read: object) -> None:
    with pytest.raises(ab.ParseError, match="4301 digits in a row at position 0") as caught:
        read("1" * 4301)  # type: ignore[operator]
    assert caught.value.reason == "unrecognised"
    assert caught.value.position == 0


def test_numbers_nested_in_parentheses_are_read_without_recursing() -> None:
    with pytest.raises(ab.ParseError):
        ab.parse_amount("1만(" * 331)
    found = ab.find_amounts("1만(" * 331 + "원")
    assert all(isinstance(item, ab.ParsedAmount) for item in found)


def test_prices_after_prices_are_read_without_recursing() -> None:
    found = ab.find_amounts("100만토큰당 " * 400 + "1위안")
    assert found[-1].currency == "CNY"


def test_a_numeral_run_is_read_once() -> None:
    """ "一" repeated was read again from each character: 200 kB took a minute."""
    assert ab.find_amounts(("一" * 99 + "x") * 2000) == []


def test_a_date_before_year_1_is_a_parse_error() -> None:
    with pytest.raises(ab.ParseError, match="outside the years 1 to 9999") as caught:
        ab.parse_date("어제", reference=datetime.date.min)
    assert caught.value.reason == "invalid_date"
    with pytest.raises(ab.ParseError):
        ab.parse_date("내일", reference=datetime.date.max)


def test_a_long_run_of_spaces_in_a_date_is_read_once() -> None:
    with pytest.raises(ab.ParseError):
        ab.parse_date(" " * 100_000 + "x", reference=datetime.date(2025, 1, 27))


# --- Found by scripts/fuzz.py ---------------------------------------------------------------


def test_a_price_per_zero_is_no_rate() -> None:
    """'0만토큰당 1위안' divided by zero in to_approx: decimal.DivisionByZero. The reader now
    leaves a denominator of nothing out, and reads the price alone."""
    found = ab.find_amounts("0만토큰당 1위안")
    assert [(item.text, item.per) for item in found] == [("1위안", None)]


def test_a_long_number_before_a_counter_is_read_in_aibriefs_context() -> None:
    """'41만1000...0대' took the remainder by 10 in the caller's context: DivisionImpossible
    past 28 digits (and the result depended on the context's precision)."""
    found = ab.find_amounts("41만1" + "0" * 35 + "대여 명")
    assert found == [] or all(isinstance(item, ab.ParsedAmount) for item in found)


def test_an_exponent_past_what_decimal_holds_is_outside_the_bound() -> None:
    """'1E+99999999999999999999' raised decimal.Overflow from Money and the command line."""
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.Money("-378157468E99999999999999999999", "USD")
    with pytest.raises(ab.BriefLoadError, match="version"):
        ab.Brief.from_json('{"format": "aibrief.brief", "version": 1e99999999999999999999}')


# --- Amounts no one can use -----------------------------------------------------------------


@pytest.mark.parametrize("amount", ["1E+999999", "1E+999999999999999999", "1E-999999"])
def test_an_amount_outside_the_bound_is_refused_at_once(amount: str) -> None:
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.Money(amount, "USD")


def test_a_parsed_amount_outside_the_bound_is_refused() -> None:
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.parse_amount("1" * 60 + "달러")
    with pytest.raises(ab.InvalidAmountError, match="outside the bound"):
        ab.find_amounts("매출 " + "9" * 45 + "억원")


# --- The caller's decimal context -----------------------------------------------------------


def test_a_hostile_context_does_not_leak_into_approx() -> None:
    with decimal.localcontext(prec=5, traps=[decimal.Rounded]):
        approx = ab.Approx(ab.Money("8000000000", "USD"), "about")
    assert approx.low == ab.Money("7600000000.00", "USD")


# --- The loader and the schema --------------------------------------------------------------

_HEAD = '"format": "aibrief.brief", "version": 1'


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[" * 1000, "nested deeper than Python can read"),
        ('{"a": ' + "1" * 5000 + "}", "a number 5000 digits long"),
        ("{" + _HEAD + ', "facts": ' + "[" * 50 + "]" * 50 + "}", "nested deeper than a brief"),
        ('{"format": "x", "format": "aibrief.brief", "version": 1}', "'format' is given twice"),
        (
            "{" + _HEAD + ', "sources": [{"id": "s", "publisher": "p", "title": "\\ud800"}]}',
            "lone surrogate",
        ),
        ("{" + _HEAD + ', "x": NaN}', "NaN is not JSON"),
    ],
)
def test_what_json_parsers_let_through_is_refused(text: str, words: str) -> None:
    with pytest.raises(ab.BriefLoadError, match=words):
        ab.Brief.from_json(text)


@pytest.mark.parametrize("text", [None, 5, ["{}"], {"format": "aibrief.brief"}])
def test_input_of_the_wrong_type_is_a_load_error(text: object) -> None:
    with pytest.raises(
        ab.BriefLoadError, match="expected the JSON text of a brief as str or bytes"
    ):
        ab.Brief.from_json(text)  # type: ignore[arg-type]


def test_a_negative_tolerance_is_refused_by_the_loader_as_by_approx() -> None:
    document = json.loads(ab.Brief(facts=[]).to_json())
    approx = ab.Approx(ab.Money("80", "KRW"), "about")
    written = ab.make_converter().unstructure(approx) | {"tolerance": "-0.05"}
    fact = {
        "kind": "statistic", "id": "s", "subject": "x", "value": written,
        "citations": [{"source": "src", "phrase": "약 80원"}],
    }  # fmt: skip
    document["facts"] = [fact]
    with pytest.raises(ab.BriefLoadError, match="expected a number of 0 or more"):
        ab.Brief.from_json(json.dumps(document), validate=False)
    with pytest.raises(ab.InvalidArgumentError):
        ab.Approx(ab.Money("80", "KRW"), "about", tolerance="-0.05")


# --- The command never prints a traceback ---------------------------------------------------


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        status = main(argv)
    except SystemExit as exit:  # argparse's own errors
        status = exit.code  # type: ignore[assignment]
    return status, capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["format", "1E-999999", "USD", "--style", "compact"],
        ["format", "1E+999999999999999999", "USD"],
        ["parse", "1" * 4301],
        ["parse", "1만(" * 331],
        ["convert", "1E+999999", "USD", "KRW", "--on", "2025-01-27"],
        ["check", "\x00"],  # found by scripts/fuzz.py: open() raised ValueError
        ["format", "4", "+"],  # pint's parser raised AssertionError for the unit "+"
        ["format", "11798E2203079395973344256", "8"],  # decimal.Overflow
    ],
)
def test_bad_input_exits_2_with_one_line(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run(argv, capsys)
    assert status == 2
    assert err.startswith("aibrief: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_a_brief_with_an_amount_outside_the_bound_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 10-byte edit to a brief (an amount of "1e999999") made ``aibrief check`` run 40 s."""
    document = json.loads(ab.datasets.deepseek().to_json())
    for fact in document["facts"]:
        if "amount" in fact and isinstance(fact["amount"], dict) and "amount" in fact["amount"]:
            fact["amount"]["amount"] = "1e999999"
            break
    else:  # pragma: no cover
        raise AssertionError("the DeepSeek brief has no Money amount")
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    status, err = _run(["check", str(path)], capsys)
    assert status == 2
    assert "outside the bound" in err
    assert err.count("\n") == 1


def test_an_internal_error_exits_3_asking_for_a_report(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("something aibrief did not expect")

    monkeypatch.setattr(COMMANDS["format"], "run", broken)
    status, err = _run(["format", "1", "USD"], capsys)
    assert status == 3
    assert err == (
        "aibrief: internal error: RuntimeError: something aibrief did not expect; this is a bug "
        "in aibrief, please report it with the command you ran; run it again with --debug for "
        "the traceback\n"
    )
    for argv in (["--debug", "format", "1", "USD"], ["format", "1", "USD", "--debug"]):
        status, err = _run(argv, capsys)
        assert status == 3
        assert err.startswith("Traceback (most recent call last):")
        assert err.splitlines()[-1].startswith("aibrief: internal error: RuntimeError")


def test_one_stays_a_claim_that_is_inconsistent() -> None:
    from aibrief._cli import options

    assert (options.INCONSISTENT, options.USAGE_ERROR, options.INTERNAL_ERROR) == (1, 2, 3)


def test_a_signalling_nan_among_decimal_amounts_is_refused() -> None:
    """[Decimal('-sNaN')] reached float(), which raised a bare ValueError."""
    with pytest.raises(ab.AmountTypeError, match="signalling NaN"):
        ab.convert_many([decimal.Decimal("-sNaN")], "USD", "KRW", [datetime.date(2025, 1, 27)])


@pytest.mark.parametrize(
    ("pattern", "mentions"),
    [
        ("1 ", 0),
        ("one ", 0),
        ("two hundred ", 833),
        ("~", 0),
        ("$", 0),
        ("约", 0),
        ("1%", 10_000),
        ("亿 원 이상 ", 2_857),
    ],
)
def test_a_long_text_of_one_pattern_is_read_whole(pattern: str, mentions: int) -> None:
    """Found by measuring 8k against 32k characters: bare numbers and number words took
    quadratic time (20,000 characters of "one " ran for minutes); signs alone were read
    from every character. A regression makes this test run for minutes, not fail fast.
    "亿 원 이상 " chained bound pairs ("X 이상 Y") one inside the next until Python's
    recursion limit (found by fuzz.py's repeat target): nested amounts now stop at four."""
    text = pattern * (20_000 // len(pattern))
    assert len(ab.find_amounts(text)) == mentions


def test_a_scale_word_alone_is_no_number() -> None:
    """'two hundred two hundred' read its second 'hundred' as 100: a scale word counts only
    after a number or an article."""
    found = [
        (item.text, item.value) for item in ab.find_amounts("hundred people, a hundred people")
    ]
    assert found == [("a hundred people", decimal.Decimal("100"))]


@pytest.mark.parametrize(
    ("amount", "words"), [(1e308, "more than a float holds"), (float("inf"), "is infinite")]
)
def test_a_column_amount_that_would_convert_to_infinity_is_refused(
    amount: float, words: str
) -> None:
    """[1e308] dollars became infinite won with only NumPy's RuntimeWarning (fuzz.py)."""
    np = pytest.importorskip("numpy")
    with pytest.raises(ab.InvalidAmountError, match=words):
        ab.convert_many(np.array([1.0, amount]), "USD", "KRW", [datetime.date(2025, 1, 27)] * 2)


def test_check_text_reads_a_long_article_whole() -> None:
    """check_text matched each figure against every sentence, date and stated equivalent of
    the text: quadratic, 64k characters of short claims took 1.4 s. Now by bisection and sets;
    a regression makes this test slow rather than fail."""
    text = "2019년 100억위안(약 2조원)을 돌파. 당시 1위안(200원). " * 2_000
    checks = ab.check_text(text, published=datetime.date(2025, 1, 31))
    # Two figures, each at the publication's and the event's rate, once: the repeats are seen.
    assert [(check.span, check.basis) for check in checks] == [
        ((6, 23), "publication"), ((6, 23), "event"), ((28, 37), "publication"), ((28, 37), "event"),
    ]  # fmt: skip


def test_names_of_country_codes_do_not_search_the_brief_for_close_ids() -> None:
    """check_claims on a brief of 1,480 facts took 44 s: each country code shown went through
    Brief.get, whose error searched every id for close matches. Brief.find does not."""
    brief = ab.datasets.deepseek()
    assert brief.find("CN") is None
    assert brief.find("nvidia") is brief.get("nvidia")
    with pytest.raises(ab.UnknownIdError, match="did you mean 'nvidia'"):
        brief.get("nvidai")
