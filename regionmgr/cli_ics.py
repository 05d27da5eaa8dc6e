"""``regionmgr export-ics``: write a meeting series' invite or cancellation without a window.

    regionmgr export-ics --data-dir DIR --list
    regionmgr export-ics --data-dir DIR --series NAME -o FILE            # invite / update
    regionmgr export-ics --data-dir DIR --series NAME --cancel -o FILE   # cancel the series
    regionmgr export-ics --data-dir DIR --series NAME --cancel --occurrence 2026-12-01 -o FILE

The files are the ones the Meetings page writes (same core functions): the
sequence number and the history of what was sent are updated in the store, so
the next message from the window or from a script carries the next SEQUENCE.
``-o -`` writes to standard output. Exit status: 0 done, 1 bad input (message
on stderr, nothing written), 2 the store can't be opened.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

UTC = dt.UTC


def add_parser(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Declare the sub-command on the main parser's sub-parsers."""
    p = sub.add_parser("export-ics", help="write a meeting series' .ics invite, update or cancellation")
    p.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    p.add_argument("--list", action="store_true", help="print the series' names, one a line")
    p.add_argument("--series", help="the series' name (as listed by --list)")
    p.add_argument("-o", "--output", help="the .ics file to write ('-': standard output)")
    p.add_argument("--cancel", action="store_true",
                   help="write a cancellation (of the whole series, or of --occurrence)")
    p.add_argument("--occurrence", type=dt.date.fromisoformat, metavar="YYYY-MM-DD",
                   help="with --cancel: the local date of the one meeting to cancel")
    p.add_argument("--language", default="en", choices=("en", "fr"), help="language of the invite's short agenda (country names)")
    return p


def run(args: argparse.Namespace, now: dt.datetime | None = None) -> int:
    from regionmgr import app
    from regionmgr.core.atomic import write_bytes
    from regionmgr.core.meetings import agenda
    from regionmgr.core.meetings import series as meetings
    from regionmgr.core.ops import ValidationError
    from regionmgr.store.db import StoreError, open_store

    now = now or dt.datetime.now(UTC)
    if not args.list:
        if not args.series or not args.output:
            print("regionmgr export-ics: --series and -o are required (or --list)", file=sys.stderr)
            return 1
        if args.occurrence and not args.cancel:
            print("regionmgr export-ics: --occurrence is only used with --cancel", file=sys.stderr)
            return 1
    try:
        store = open_store(app.store_path(app.data_dir_from(args)))
    except StoreError as exc:
        print(f"regionmgr: {exc}", file=sys.stderr)
        return 2
    try:
        if args.list:
            for view in meetings.list_series(store):
                print(view.name)
            return 0
        view = meetings.find_series(store, args.series)
        if args.cancel:
            out = meetings.prepare_cancel(view, now, args.occurrence)
        else:
            # what attendees may see (core.meetings.invite_text): never the internal agenda's text
            out = meetings.prepare_request(view, now, agenda.build_agenda(store, view, now), args.language)
        if args.output == "-":
            sys.stdout.buffer.write(out.data)
            sys.stdout.flush()
        else:
            write_bytes(Path(args.output).expanduser(), out.data, mode=0o644)
        meetings.record_sent(store, view.id, out, now)
        return 0
    except ValidationError as exc:
        print(f"regionmgr export-ics: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"regionmgr export-ics: can't write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
