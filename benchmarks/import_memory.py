"""Peak memory and time of importing a large export into an empty store.

    .venv/bin/python -m benchmarks.import_memory [--tasks 100000]

Generates (and caches) a store of N tasks, exports it, then imports the file
into a fresh store in a child process (so its peak RSS is the import's alone)
and prints the file size, the peak RSS and the time of each phase. The rows are
streamed (read, planned and written from the file's bytes, never all held): the
target is a peak of at most ``LIMIT_MIB`` for 100k tasks (432 MiB before streaming).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import generate

LIMIT_MIB = 300  # peak RSS of importing 100k tasks

CHILD = """
import json, sys, time
from pathlib import Path
from regionmgr.core.data import transfer
from regionmgr.store.db import open_store
def peak():  # VmHWM: this process's own peak (ru_maxrss would count the parent's before exec)
    with open("/proc/self/status") as fh:
        return next(int(l.split()[1]) for l in fh if l.startswith("VmHWM:")) / 1024
out = {"start_mib": peak()}
store = open_store(Path(sys.argv[2]))
t = time.perf_counter()
export = transfer.read_export(transfer.read_limited(Path(sys.argv[1])))
out["read_s"], out["after_read_mib"] = time.perf_counter() - t, peak()
t = time.perf_counter()
plan = transfer.plan_import(store, export)
out["plan_s"], out["after_plan_mib"] = time.perf_counter() - t, peak()
t = time.perf_counter()
transfer.apply_import(store, plan)
out["apply_s"], out["peak_mib"] = time.perf_counter() - t, peak()
store.close()
print(json.dumps(out))
"""


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.import_memory")
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "regionmgr-bench-import")
    args = parser.parse_args()
    from regionmgr.core.data import transfer
    from regionmgr.store.db import open_store

    args.work.mkdir(parents=True, exist_ok=True)
    source_dir = args.work / f"source-{args.tasks}"
    layout = json.dumps([(t.name, [c.name for c in t.columns]) for t in transfer.tables()])
    schema = hashlib.sha256(layout.encode()).hexdigest()[:8]  # a file of an older schema would be refused
    export = args.work / f"export-{args.tasks}-{schema}{transfer.SUFFIX}"
    if not export.exists():
        store_file = generate(source_dir, args.tasks)
        store = open_store(store_file)
        transfer.export_to(store, export)
        store.close()
    target = args.work / "target.sqlite3"
    for leftover in args.work.glob("target.sqlite3*"):
        leftover.unlink()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(export), str(target)],
                          capture_output=True, text=True, check=False)
    if done.returncode:
        print(done.stderr[-2000:], file=sys.stderr)
        return done.returncode
    figures = json.loads(done.stdout)
    figures["file_mib"] = export.stat().st_size / 2**20
    figures["total_s"] = time.perf_counter() - started
    print(json.dumps({k: round(v, 2) for k, v in figures.items()}, indent=1))
    verdict = "ok" if figures["peak_mib"] <= LIMIT_MIB else "OVER"
    print(f"import peak RSS: {figures['peak_mib']:.0f} MiB for {args.tasks} tasks: {verdict} (<= {LIMIT_MIB} MiB)")
    print(f"own peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
