"""The store opens in a thread while the window paints: the main thread gets the store, or the
error opening raised (for its dialogs), and a store never taken is closed at quit."""

from __future__ import annotations

import threading

import pytest

from regionmgr.app import StoreOpening
from regionmgr.store.db import STORE_FILENAME, ForeignFileError


def test_the_store_opens_off_the_main_thread_and_is_handed_over(tmp_path, monkeypatch):
    from regionmgr.store import db

    threads = []
    real = db.open_store

    def spy(path):
        threads.append(threading.current_thread())
        return real(path)

    monkeypatch.setattr(db, "open_store", spy)
    opening = StoreOpening(tmp_path / STORE_FILENAME)
    store = opening.result()
    try:
        assert threads and threads[0] is not threading.main_thread()
        assert store.raw().execute("SELECT count(*) FROM task").fetchone() == (0,)  # usable here
    finally:
        store.close()


def test_a_file_that_is_not_a_store_is_raised_on_the_main_thread(tmp_path):
    path = tmp_path / STORE_FILENAME
    path.write_text("not a database at all, but some notes")
    opening = StoreOpening(path)
    with pytest.raises(ForeignFileError):
        opening.result()
    opening.close_unused()  # nothing to close
    assert path.read_text() == "not a database at all, but some notes"


def test_a_store_never_taken_is_closed(tmp_path):
    opening = StoreOpening(tmp_path / STORE_FILENAME)
    opening.close_unused()
    store = opening._store
    assert store is not None and store._raw is None and not store._registered
