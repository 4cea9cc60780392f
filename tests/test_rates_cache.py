"""aibrief.rates.ecb(): the downloaded table when it is newer and sound, else the shipped one."""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import aibrief as ab
from aibrief.rates import cache, current, embedded
from aibrief.rates.io import last_published, read_header
from ecb_files import (
    NEW_DAY,
    NEW_DAY_100_USD_IN_KRW,
    SHIPPED_LAST,
    newer_columns,
    older_columns,
    packed,
    shipped_columns,
)

MONDAY = datetime.date(2025, 1, 27)


def test_without_a_cache_the_shipped_table_is_used_silently(rates_folder: Path) -> None:
    table = ab.rates.ecb()
    assert table is ab.rates.ecb(embedded=True)
    assert table.last_date == SHIPPED_LAST
    held = current.held()
    assert (held.origin, held.skipped, held.cache) == (
        "shipped",
        None,
        rates_folder / "eurofxref.bin",
    )
    assert held.path.name == "eurofxref.bin"
    assert held.path.parent.name == "_data"


def test_a_newer_cache_wins_and_says_so_in_every_conversion(rates_folder: Path) -> None:
    (rates_folder / "eurofxref.bin").write_bytes(packed(newer_columns()))
    table = ab.rates.ecb()
    assert table.last_date == NEW_DAY
    assert current.held().origin == "downloaded"
    conversion = ab.convert(ab.Money("100", "USD"), "KRW", on=NEW_DAY)
    assert conversion.result == ab.Money(NEW_DAY_100_USD_IN_KRW, "KRW")
    assert conversion.result.amount == Decimal("142157.9944865609924190213645761544")
    assert conversion.source.endswith(
        "retrieved 2026-11-03 from http://127.0.0.1/eurofxref-hist.zip"
    )
    # Older days give what the shipped table gives; the shipped table stays reachable.
    shipped = ab.rates.ecb(embedded=True)
    assert shipped.last_date == SHIPPED_LAST
    assert table.rate("USD", "KRW", MONDAY).rate == shipped.rate("USD", "KRW", MONDAY).rate
    assert shipped.source.endswith("retrieved 2026-10-30, shipped with aibrief")
    with pytest.raises(ab.RateUnavailableError, match="aibrief rates update"):
        ab.convert(ab.Money("100", "USD"), "KRW", on=NEW_DAY, rates=shipped)


def test_a_winning_cache_leaves_the_shipped_table_unread(
    rates_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The shipped table's last day comes from its header, so a download costs one load."""
    (rates_folder / "eurofxref.bin").write_bytes(packed(newer_columns()))
    monkeypatch.setattr(embedded, "_shipped_table", None)
    assert ab.rates.ecb().last_date == NEW_DAY
    assert embedded._shipped_table is None
    shipped = embedded.shipped_path()
    assert last_published(read_header(shipped)) == SHIPPED_LAST.toordinal()
    assert last_published(shipped.read_bytes()) == SHIPPED_LAST.toordinal()
    assert len(read_header(shipped)) < 2_000


def test_a_downloaded_table_pickles_with_its_rates_the_shipped_one_as_a_reference(
    rates_folder: Path,
) -> None:
    """A worker's own cache may differ, so downloaded rates travel; shipped ones need not."""
    import pickle

    (rates_folder / "eurofxref.bin").write_bytes(packed(newer_columns()))
    table = ab.rates.ecb()
    copy = pickle.loads(pickle.dumps(table))
    assert copy is not table
    assert (copy.last_date, copy.source) == (NEW_DAY, table.source)
    assert copy.rate("USD", "KRW", NEW_DAY) == table.rate("USD", "KRW", NEW_DAY)
    with pytest.raises(ab.RateUnavailableError, match="run `aibrief rates update`"):
        copy.rate("EUR", "USD", datetime.date(2026, 12, 1))
    shipped = ab.rates.ecb(embedded=True)
    assert pickle.loads(pickle.dumps(shipped)) is shipped


def test_a_cache_as_new_as_the_shipped_table_is_used(rates_folder: Path) -> None:
    """A download on a day the ECB published nothing new may hold revisions: it is used."""
    (rates_folder / "eurofxref.bin").write_bytes(packed(shipped_columns(), retrieved="2026-10-31"))
    assert ab.rates.ecb().source.endswith(
        "retrieved 2026-10-31 from http://127.0.0.1/eurofxref-hist.zip"
    )
    assert current.held().origin == "downloaded"


def test_a_cache_older_than_the_shipped_table_is_skipped_with_a_warning(rates_folder: Path) -> None:
    """After an upgrade of aibrief the shipped rates may be the newer ones."""
    (rates_folder / "eurofxref.bin").write_bytes(packed(older_columns()))
    with pytest.warns(ab.RateCacheWarning, match="end on 2026-10-29, before those") as record:
        table = ab.rates.ecb()
    assert table is ab.rates.ecb(embedded=True)
    message = str(record[0].message)
    assert str(rates_folder / "eurofxref.bin") in message
    assert "`aibrief rates update`" in message
    assert record[0].filename == __file__  # it points at the caller of ecb()
    ab.rates.ecb()  # once per process: no second warning (filterwarnings=error would raise)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "bad magic"),
        (b"not a table at all", "bad magic"),
        (packed(newer_columns())[:-100], "corrupt"),
        (packed(newer_columns()) + b"\x00", "corrupt"),
    ],
)
def test_an_unreadable_cache_is_skipped_with_a_warning(
    rates_folder: Path, data: bytes, why: str
) -> None:
    (rates_folder / "eurofxref.bin").write_bytes(data)
    with pytest.warns(ab.RateCacheWarning, match=f"cannot be read.*{why}"):
        table = ab.rates.ecb()
    assert table.last_date == SHIPPED_LAST
    assert current.held().skipped is not None


def test_a_cache_folder_that_is_a_file_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv(cache.ENV_VAR, str(tmp_path / "file"))
    current.forget()
    try:
        with pytest.warns(ab.RateCacheWarning, match="cannot be read"):
            assert ab.rates.ecb().last_date == SHIPPED_LAST
    finally:
        current.forget()


def test_without_the_variable_the_cache_is_the_users_cache_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import platformdirs

    monkeypatch.delenv(cache.ENV_VAR)
    expected = Path(platformdirs.user_cache_dir("aibrief", appauthor=False)) / "eurofxref.bin"
    assert cache.cache_path() == expected


def test_import_aibrief_does_not_touch_the_cache(tmp_path: Path) -> None:
    """Nothing under the cache folder is opened, and platformdirs is not even imported,
    until the first conversion; then the cache is read."""
    (tmp_path / "eurofxref.bin").write_bytes(packed(newer_columns()))
    code = (
        "import sys\n"
        "opened = []\n"
        "def hook(event, args):\n"
        "    if event == 'open' and isinstance(args[0], str) and args[0].startswith(sys.argv[1]):\n"
        "        opened.append(args[0])\n"
        "sys.addaudithook(hook)\n"
        "import aibrief as ab\n"
        "print(len(opened), 'platformdirs' in sys.modules)\n"
        "print(ab.rates.ecb().last_date, len(opened))\n"
    )
    env = {**os.environ, cache.ENV_VAR: str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        capture_output=True, text=True, check=True, env=env,
    )  # fmt: skip
    assert result.stdout.splitlines() == ["0 False", f"{NEW_DAY} 1"]


def test_loading_the_rates_loads_no_update_machinery(tmp_path: Path) -> None:
    """The update's modules, zipfile, tempfile, urllib.request and filelock wait for an
    update (platformdirs for a process without AIBRIEF_RATES_DIR): a conversion stays fast."""
    code = (
        "import sys, datetime, aibrief as ab\n"
        "ab.convert(ab.Money('1', 'USD'), 'KRW', on=datetime.date(2025, 1, 27))\n"
        "heavy = ('zipfile', 'tempfile', 'urllib.request', 'filelock', 'platformdirs',\n"
        "         'aibrief.rates.refresh', 'aibrief.rates.checks', 'aibrief.rates.download')\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    env = {**os.environ, cache.ENV_VAR: str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert result.stdout.strip() == "[]"
