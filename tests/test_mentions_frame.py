"""ab.mentions_frame and Brief.to_frame: tables as pandas users expect them."""

from __future__ import annotations

from decimal import Decimal

import pytest

import aibrief as ab

pd = pytest.importorskip("pandas")


def test_one_row_per_mention_with_ids_spans_and_equivalents() -> None:
    texts = pd.Series(
        ["엔비디아 주가가 17% 폭락", "557만6000달러(약 80억원)을 썼다", "股价下跌17%", "수십억 원"],
        index=["a", "b", "c", "d"],
    )
    frame = ab.mentions_frame(texts)
    assert frame["text_id"].tolist() == ["a", "b", "c", "d"]
    assert frame.loc[0, ["start", "end", "phrase"]].tolist() == [9, 15, "17% 폭락"]
    assert frame["value"].tolist()[:3] == [Decimal("-17"), Decimal("5576000"), Decimal("-17")]
    assert frame["direction"].tolist()[:3] == ["down", pd.NA, "down"]
    row = frame.loc[1]
    assert (row["currency"], row["equivalent"], row["equivalent_value"]) == ("USD", "약 80억원", Decimal("8000000000"))  # fmt: skip
    assert row["equivalent_currency"] == "KRW"
    vague = frame.loc[3]
    assert vague["qualifier"] == "vague"
    assert vague["value"] is pd.NA
    assert str(frame["phrase"].dtype) == "string"
    assert str(frame["start"].dtype) == "Int64"


def test_lists_get_positions_and_floats_on_request() -> None:
    frame = ab.mentions_frame(["revenue rose 20%", "no figures here", "revenue fell 5%"], amounts="float")  # fmt: skip
    assert frame["text_id"].tolist() == [0, 2]
    assert frame["value"].tolist() == [20.0, -5.0]
    assert str(frame["value"].dtype) == "Float64"
    assert frame["direction"].tolist() == ["up", "down"]
    assert len(ab.mentions_frame([])) == 0
    with pytest.raises(ab.InvalidArgumentError):
        ab.mentions_frame(["1%"], amounts="int")  # type: ignore[arg-type]


def test_brief_to_frame_has_date_ranges_nullable_dtypes_and_amount_options() -> None:
    brief = ab.datasets.deepseek()
    frame = brief.to_frame("statistic")
    assert str(frame["period_end_start"].dtype).startswith("datetime64")
    assert frame.loc[0, "period_end_end"] == pd.Timestamp("2023-12-31")
    assert frame["period_start_start"].isna().tolist()[:2] == [True, False]
    assert str(frame["rank"].dtype) == "Int64"
    assert str(frame["metric"].dtype) == "string"
    assert frame.loc[0, "value"] == Decimal("411000")
    assert frame.loc[0, "value_high"] is pd.NA
    floats = brief.to_frame("statistic", amounts="float")
    assert str(floats["value"].dtype) == "Float64"
    assert floats.loc[0, "value"] == 411000.0
    with pytest.raises(ab.InvalidArgumentError):
        brief.to_frame("statistic", amounts="text")  # type: ignore[arg-type]
