"""Public holidays kept in a cache file beside the store: the same answers, without loading `holidays`."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from regionmgr.core.calendar import workweek

ROOT = Path(__file__).resolve().parents[2]
YEAR_START, YEAR_END = dt.date(2027, 1, 1), dt.date(2027, 12, 31)


@pytest.fixture
def cache_file(tmp_path):
    path = tmp_path / "holidays-cache.json"
    workweek.use_cache_file(path)
    yield path
    workweek.use_cache_file(None)


def in_child(cache: Path) -> dict:
    """holidays_in for FR and AE in 2027 from a fresh process using ``cache``; and whether it imported `holidays`."""
    script = (
        "import json, sys, datetime as dt\n"
        "from regionmgr.core.calendar import workweek\n"
        f"workweek.use_cache_file({str(cache)!r})\n"
        "out = {c: {d.isoformat(): n for d, n in workweek.holidays_in(c, dt.date(2027, 1, 1),"
        " dt.date(2027, 12, 31)).items()} for c in ('FR', 'AE')}\n"
        "print(json.dumps({'tables': out, 'loaded': 'holidays' in sys.modules}))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60,
                          check=True)
    return json.loads(done.stdout)


def direct(code: str) -> dict[str, str]:
    return {d.isoformat(): n for d, n in workweek.holidays_in(code, YEAR_START, YEAR_END).items()}


@pytest.mark.slow
def test_the_second_start_answers_from_the_file_without_loading_holidays(cache_file):
    expected = {"FR": direct("FR"), "AE": direct("AE")}
    assert "2027-07-14" in expected["FR"] and expected["AE"]
    assert cache_file.exists()
    child = in_child(cache_file)
    assert child == {"tables": expected, "loaded": False}


@pytest.mark.slow
def test_a_damaged_or_foreign_cache_is_ignored_and_rewritten(cache_file):
    for bad in (b"\x00garbage", json.dumps({"format": "other", "tables": {"FR:2027": [["2027-03-03", "Fake"]]}}).encode(),
                json.dumps({"format": workweek.CACHE_FORMAT, "app": "0.0.0-old",
                            "tables": {"FR:2027": [["2027-03-03", "Fake"]]}}).encode()):
        cache_file.write_bytes(bad)
        child = in_child(cache_file)
        assert child["loaded"] is True
        assert "2027-03-03" not in child["tables"]["FR"] and "2027-07-14" in child["tables"]["FR"]
        assert json.loads(cache_file.read_text())["format"] == workweek.CACHE_FORMAT


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path):
    blocked = tmp_path / "holidays-cache.json"
    blocked.mkdir()  # a folder where the file should go: every write fails (even as root)
    try:
        workweek.use_cache_file(blocked)
        assert "2027-07-14" in direct("FR")
        assert blocked.is_dir() and not list(blocked.iterdir())
    finally:
        workweek.use_cache_file(None)


def _cache_made_with(path: Path, holidays_version: str | None) -> None:
    from regionmgr import __version__

    path.write_text(json.dumps({"format": workweek.CACHE_FORMAT, "app": __version__, "holidays": holidays_version,
                                "tables": {"FR:2027": [["2027-03-03", "Fake"]]}}))
    workweek.use_cache_file(path)  # as at the next start


def test_a_cache_made_with_another_holidays_version_is_not_served(cache_file):
    """An upgrade of `holidays` may correct a country's holidays: the old answers must not outlive it."""
    _cache_made_with(cache_file, "0.0.1-before-the-upgrade")
    table = direct("FR")
    assert "2027-03-03" not in table and "2027-07-14" in table
    assert json.loads(cache_file.read_text())["holidays"] == workweek.holidays_version()


def test_a_cache_made_with_this_holidays_version_is_served(cache_file):
    _cache_made_with(cache_file, workweek.holidays_version())
    assert direct("FR") == {"2027-03-03": "Fake"}  # from the file, as the key matches


def test_the_holidays_version_is_the_installed_one():
    from importlib.metadata import version

    assert workweek.holidays_version() == version("holidays")
