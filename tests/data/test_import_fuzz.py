"""Fuzzing the importer: whatever the bytes, it returns checked rows or refuses cleanly (ImportRefused).

1,650 examples in all: random bytes, random zips of random JSON, valid exports
with one value replaced by anything JSON can hold, and valid exports with
flipped or cut bytes; and the .ics importer with mutated lines and random bytes.
Reading and planning only (no writes per example).
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionmgr.core.data import transfer
from regionmgr.core.data.sample import load_sample
from regionmgr.store.db import open_store
from tests.conftest import FIXED_NOW


def fast(n: int, **kwargs) -> settings:
    return settings(max_examples=n, deadline=None, **kwargs, database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TABLES = [t.name for t in transfer.tables()]


@functools.cache
def _base():
    """A sample store (kept open for read-only planning) and its export, built once."""
    folder = Path(tempfile.mkdtemp(prefix="regionmgr-fuzz-"))
    store = open_store(folder / "s.sqlite3")
    load_sample(store, now=FIXED_NOW)
    payload = transfer.export_bytes(store, now=FIXED_NOW)
    with zipfile.ZipFile(io.BytesIO(payload)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    return store, payload, members


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _read_or_refuse(payload: bytes):
    try:
        return transfer.read_export(payload)
    except transfer.ImportRefused as exc:
        assert exc.code in {"not_zip", "too_big", "not_ours", "version", "damaged", "invalid"}
        return None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=80)
    | st.sampled_from(["", "2026-02-30", "2026-11-23T09:30:00+00:00", "2026-11-23T09:30:00", "25:00",
                       "Europe/Paris", "Mars/Olympus", "done", "12345", "0", "FR", "\x00", "9" * 40])
)


@fast(250)
@given(st.binary(max_size=2000))
def test_random_bytes_are_refused(data):
    assert _read_or_refuse(data) is None or data.startswith(b"PK")


@fast(300)
@given(st.dictionaries(
    st.sampled_from(["manifest.json", *(f"tables/{t}.json" for t in TABLES), "other.txt"]),
    json_values, max_size=5,
), st.booleans())
def test_random_zips_of_json_are_read_or_refused(members, with_manifest):
    files = {name: json.dumps(value).encode() for name, value in members.items()}
    if with_manifest:
        files["manifest.json"] = json.dumps({"format": transfer.FORMAT, "version": transfer.VERSION}).encode()
    result = _read_or_refuse(_zip(files))
    if result is not None:
        assert set(result.rows) == set(TABLES)


@fast(450)
@given(st.sampled_from(TABLES), st.integers(min_value=0, max_value=200), st.data())
def test_one_value_replaced_by_anything_is_checked(table, index, data):
    store, _payload, members = _base()
    name = f"tables/{table}.json"
    rows = json.loads(members[name])
    if rows:
        row = rows[index % len(rows)]
        column = data.draw(st.sampled_from(sorted(row)))
        row[column] = data.draw(scalars | json_values)
    else:
        rows = data.draw(st.lists(json_values, max_size=3))
    result = _read_or_refuse(_zip({**members, name: json.dumps(rows).encode()}))
    if result is not None:
        # Accepted: every value has its column's type; planning against the store works or refuses.
        try:
            plan = transfer.plan_import(store, result)
        except transfer.ImportRefused as exc:
            assert exc.code == "invalid"
        else:
            assert set(plan.counts()) == set(TABLES)


@fast(250)
@given(st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), min_size=1, max_size=8),
       st.integers(min_value=0))
def test_flipped_or_cut_bytes_are_read_or_refused(flips, cut):
    _store, payload, _members = _base()
    data = bytearray(payload)
    for pos, value in flips:
        data[pos % len(data)] = value
    data = bytes(data[: max(1, len(data) - cut % 64)]) if cut % 3 == 0 else bytes(data)
    _read_or_refuse(data)


# -- the .ics importer (regionmgr.core.meetings.ics_import) -------------------------------------
def _ics_lines() -> list[bytes]:
    from tests.meetings.test_ics_import import HAND_MADE

    return HAND_MADE.split(b"\r\n")


ics_values = st.text(max_size=60) | st.sampled_from([
    "20261203T143000", "20261203", "garbage", "FREQ=WEEKLY", "FREQ=SECONDLY", "FREQ=WEEKLY;COUNT=-1",
    "PT1H", "P400D", "-PT1H", "mailto:", "Mars/Olympus", "Romance Standard Time", "\x00", "9" * 30,
])


@fast(300)
@given(st.data())
def test_ics_importer_reads_or_refuses_whatever_the_lines_say(data):
    from regionmgr.core.meetings.ics_import import parse
    from regionmgr.core.ops import ValidationError

    lines = _ics_lines()
    for _ in range(data.draw(st.integers(min_value=1, max_value=4))):
        at = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        action = data.draw(st.sampled_from(["value", "drop", "duplicate", "param"]))
        name = lines[at].split(b":", 1)[0]
        if action == "value":
            lines[at] = name + b":" + data.draw(ics_values).encode("utf-8", "surrogatepass")
        elif action == "drop":
            del lines[at]
        elif action == "duplicate":
            lines.insert(at, lines[at])
        else:
            lines[at] = name + b";" + data.draw(ics_values).encode() + b":" + lines[at].split(b":", 1)[-1]
        if not lines:
            lines = [b""]
    try:
        parse(b"\r\n".join(lines))
    except ValidationError as exc:  # IcsImportError, MeetingError: a clean refusal with a message
        assert str(exc)


@fast(100)
@given(st.binary(max_size=3000))
def test_ics_importer_refuses_random_bytes(data):
    from regionmgr.core.meetings.ics_import import parse
    from regionmgr.core.ops import ValidationError

    with contextlib.suppress(ValidationError):
        parse(data)


def test_ics_with_thousands_of_events_is_refused():
    from regionmgr.core.meetings.ics_import import IcsImportError, parse

    event = (b"BEGIN:VEVENT\r\nUID:%d\r\nSUMMARY:S\r\nDTSTART:20261203T100000Z\r\n"
             b"RRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n")
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + b"".join(event % i for i in range(5000)) + b"END:VCALENDAR\r\n"
    with pytest.raises(IcsImportError) as refused:
        parse(data)
    assert refused.value.code in {"too_many", "too_big"}
