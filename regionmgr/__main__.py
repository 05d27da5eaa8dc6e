"""Command line entry: ``python -m regionmgr`` / the ``regionmgr`` script.

Boot phases, in order (heavy imports come late):
1. arguments;  2. paths (data folder);  3. sub-commands that need no window
(``sample``, ``export-ics``) run and exit;  4. QApplication;  5. single-writer
lock;  6. the main window painted, empty (it imports nothing of the store);
7. on that paint: store opened (recognised, backed up, migrated), the last page
built and painted;  8. then the timer, reminders, backups and the socket later
launches talk to;  everything else loads when first used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="regionmgr", description="Region Manager")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder holding the store (default: the per-user application data folder)")
    parser.add_argument("--smoke-test", action="store_true",
                        help="start, open the store, show the window, quit with status 0")
    parser.add_argument("--open", dest="file", metavar="FILE.ics", default=None,
                        help="import the weekly meeting in this calendar file (also: regionmgr FILE.ics)")
    sub = parser.add_subparsers(dest="command")
    sample = sub.add_parser("sample", help="fill an empty store with the sample region")
    sample.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS)
    from regionmgr import cli_ics

    cli_ics.add_parser(sub)
    return parser


def file_argument(argv: list[str]) -> list[str]:
    """``regionmgr FILE.ics`` (as a file manager starts it) means ``regionmgr --open FILE.ics``."""
    out = list(argv)
    for i, token in enumerate(out):
        if token.startswith("-") or (i > 0 and out[i - 1] in ("--data-dir", "--open")):
            continue
        if token in ("sample", "export-ics"):
            break
        return [*out[:i], "--open", token, *out[i + 1:]]
    return out


def main(argv: list[str] | None = None) -> int:
    from regionmgr import app

    app.bound_source_cache()  # before PySide6: its import hook would fill linecache with every source

    args = build_parser().parse_args(file_argument(sys.argv[1:] if argv is None else argv))
    if args.command == "sample":
        return app.run_sample(args)
    if args.command == "export-ics":
        from regionmgr import cli_ics

        return cli_ics.run(args)
    return app.run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
