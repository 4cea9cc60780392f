"""Text tables: east-asian widths, wrapping and truncation that never exceed the width."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from aibrief._display.table import Column, display_width, render, truncate, wrap

# Latin, digits, Hangul, Han, full-width and CJK punctuation, a combining accent.
_ALPHABET = "abcXYZ019 .,%-()딥시크량원펑深度求索梁文锋，。（）Ａ\u0301"
texts = st.text(alphabet=_ALPHABET, max_size=60)


def test_display_width_counts_wide_characters_twice() -> None:
    assert display_width("80억원") == 6
    assert display_width("深度求索") == 8
    assert display_width("Ａ") == 2  # full-width Latin
    assert display_width("e\u0301") == 1  # a combining accent takes no column


def test_wrap_keeps_numbers_whole_next_to_chinese() -> None:
    assert wrap("原文数字低于换算值1.03%，在容差8.67%以内。", 20) == [
        "原文数字低于换算值",
        "1.03%，在容差8.67%以",
        "内。",
    ]


def test_truncate_marks_the_cut() -> None:
    assert truncate("DeepSeek-R1", 8) == "DeepSee…"
    assert truncate("딥시크-R1", 5) == "딥시…"
    assert truncate("short", 8) == "short"


@given(texts, st.integers(min_value=2, max_value=40))
def test_wrapped_lines_fit_and_lose_nothing(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@given(texts, st.integers(min_value=1, max_value=40))
def test_truncated_text_fits(text: str, width: int) -> None:
    cut = truncate(text, width)
    assert display_width(cut) <= max(width, 1)
    assert cut == text or cut.endswith("…")


@given(
    st.integers(min_value=1, max_value=4).flatmap(
        lambda n: st.tuples(
            st.lists(st.lists(texts, min_size=n, max_size=n), max_size=5),
            st.lists(st.sampled_from(["wrap", "truncate"]), min_size=n, max_size=n),
        )
    ),
    st.integers(min_value=30, max_value=100),
    st.lists(st.none() | texts, min_size=5, max_size=5),
)
def test_rendered_tables_fit_the_width(
    table: tuple[list[list[str]], list[str]], width: int, notes: list[str | None]
) -> None:
    rows, overflows = table
    columns = [
        Column(f"H{i}", overflow=overflow)  # type: ignore[arg-type]
        for i, overflow in enumerate(overflows)
    ]
    lines = render(columns, rows, width=width, notes=notes[: len(rows)])
    assert all(display_width(line) <= width for line in lines)
    assert len(lines) >= 2 + len(rows)
