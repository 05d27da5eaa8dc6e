"""``make bench``: start-up, search, memory and save figures of the task list beside a bare PySide6 window.

Each figure is measured in this run, on generated stores of 10k and 100k tasks
(30 countries), next to the same figure for a bare ``QMainWindow`` started the
same way (a fresh ``python`` process). Medians over repeats; ratios to the floor.
The last rows are what a user sees (``benchmarks.screen``): the whole process
spawned under Xvfb, the screen grabbed every ~25 ms until it stops changing,
beside a bare window spawned the same way (skipped, with the reason, without Xvfb).
Nothing here asserts: it prints a table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.generate import cached_store

ROOT = Path(os.environ.get("REGIONMGR_BENCH_DIR", Path(tempfile.gettempdir()) / "regionmgr-bench"))
TARGETS = {  # (size, figure) -> (limit, unit)
    (10_000, "paint"): (1.5, "x"), (10_000, "list"): (3.0, "x"), (100_000, "list"): (5.0, "x"),
    (100_000, "key_median"): (16.0, "ms"), (100_000, "key_p95"): (50.0, "ms"),
    (100_000, "rss"): (150.0, "MiB"), (10_000, "save"): (2.0, "ms"), (100_000, "save"): (2.0, "ms"),
}


def run(args: list[str], env: dict | None = None) -> tuple[float, dict]:
    """Start ``python args``; return (the parent's start instant, the child's JSON)."""
    for _attempt in range(3):
        start = time.time()
        out = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, timeout=300)
        if out.returncode == 0:
            return start, json.loads(out.stdout.strip().splitlines()[-1])
        print(f"run failed ({out.returncode}), retrying: {out.stderr.strip()[-600:]}", file=sys.stderr)
        time.sleep(1)
    raise RuntimeError(f"{args} failed three times")


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], capture_output=True, check=True, timeout=120)
    return (time.perf_counter() - start) * 1000


def data_dir_for(store_file: Path, work: Path) -> Path:
    """A data folder holding a copy of ``store_file``, brought to the current schema (a store generated
    before a new migration would otherwise be backed up and migrated at every measured start)."""
    folder = work / store_file.parent.name
    if not folder.exists():
        from regionmgr.store.db import open_store

        folder.mkdir(parents=True)
        shutil.copy2(store_file, folder / store_file.name)
        open_store(folder / store_file.name).close()
        shutil.rmtree(folder / "backups", ignore_errors=True)  # the copy made before migrating
        (folder / "settings.ini").write_text(
            "[welcome]\ndone=true\n\n[zone]\ncurrent=Europe/Paris\n\n[window]\npage=tasks\n")
    return folder


def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(0.95 * (len(values) - 1)))]


def bundle_rows(dist: Path) -> list[tuple[str, str, str, str]]:
    """The frozen bundle's size on disk (`make app`) and the .deb's (`make package`), if built."""
    folder = dist / "regionmgr"
    if not folder.is_dir():
        return [("frozen bundle dist/regionmgr (make app)", "not built", "", "")]
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    rows = [("frozen bundle dist/regionmgr (make app)", f"{size:.0f} MiB", "", f"{'ok' if size <= 120 else 'OVER'} (≤ 120MiB)")]
    rows += [(f"Debian package {deb.name}", f"{deb.stat().st_size / 2**20:.0f} MiB", "", "")
             for deb in sorted(dist.glob("regionmgr_*.deb"))]
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--no-screen", action="store_true", help="leave out the figures measured under Xvfb")
    opts = parser.parse_args()
    sizes = [int(s) for s in opts.sizes.split(",")]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    now = dt.datetime.now(dt.UTC)
    ROOT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="run-", dir=ROOT))
    print(f"Generating stores in {ROOT} (once per size and day)…", file=sys.stderr)
    stores = {n: cached_store(ROOT, n, now) for n in sizes}

    bare_paint, bare_rss = [], []
    modes = {"app": [], "page": ["--page-only"]}
    app: dict[tuple[str, int], dict[str, list[float]]] = {(m, n): {} for m in modes for n in sizes}
    for n in sizes:  # a first start (not measured): what a user's later starts find, e.g. the holiday cache
        run(["-m", "benchmarks.probe_app", "--data-dir", str(data_dir_for(stores[n], work))], env)
    for rep in range(opts.repeats):
        print(f"repeat {rep + 1}/{opts.repeats}", file=sys.stderr)
        start, res = run(["-m", "benchmarks.probe_bare"], env)
        bare_paint.append((res["paint"] - start) * 1000)
        bare_rss.append(res["rss_mib"])
        for (mode, n), figures in app.items():
            folder = data_dir_for(stores[n], work)
            start, res = run(["-m", "benchmarks.probe_app", "--data-dir", str(folder), *modes[mode]], env)
            for key in ("paint", "list", "loaded"):
                figures.setdefault(key, []).append((res[key] - start) * 1000)
            figures.setdefault("rss", []).append(res["rss_list_mib"])
            figures.setdefault("rss_edit", []).append(res["rss_mib"])
            figures.setdefault("keys", []).extend(res["keys_ms"])
            figures.setdefault("save", []).append(res["save_ms"])
            figures.setdefault("edit_shown", []).append(res["edit_shown_ms"])
            figures.setdefault("sort_quadrant", []).append(res["sort_quadrant_ms"])
            figures.setdefault("holidays", []).append(float(res["holidays_loaded"]))
            figures.setdefault("sqla_paint", []).append(float(res["sqlalchemy_at_paint"]))
            figures.setdefault("sqla_list", []).append(float(res["sqlalchemy_at_list"]))
            figures.setdefault("sqla_browse", []).append(float(res["sqlalchemy_at_browse"]))
            figures.setdefault("sqla_edit", []).append(float(res["sqlalchemy_at_edit"]))
            figures.setdefault("detail", []).append(float(res["detail_shown"]))
            figures["rows"] = [res["rows"]]

    bare_quit = [wall(["-m", "benchmarks.probe_bare", "--quit"]) for _ in range(opts.repeats)]
    smoke_new = [wall(["-m", "regionmgr", "--smoke-test", "--data-dir", str(work / f"smoke-{i}")])
                 for i in range(opts.repeats)]
    smoke = [wall(["-m", "regionmgr", "--smoke-test", "--data-dir", str(work / "smoke-0")])
             for _ in range(opts.repeats)]

    floor_paint, floor_rss = statistics.median(bare_paint), statistics.median(bare_rss)
    rows = [("bare window: process start to first paint", f"{floor_paint:.0f} ms", "1.00x", "floor"),
            ("bare window: peak RSS", f"{floor_rss:.0f} MiB", "1.00x", "floor")]

    def verdict(n: int, key: str, value: float, mode: str = "app") -> str:
        if (n, key) not in TARGETS or mode != "app":  # the targets are the whole app's; the page alone is a diagnosis
            return ""
        limit, unit = TARGETS[(n, key)]
        return f"{'ok' if value <= limit else 'OVER'} (≤ {limit:g}{unit})"

    for mode, n in app:
        f = app[(mode, n)]
        label = f"{n // 1000}k {'whole app' if mode == 'app' else 'Tasks page alone'}"
        paint, listed, loaded = (statistics.median(f[k]) for k in ("paint", "list", "loaded"))
        rows += [
            (f"{label}: start to main window painted", f"{paint:.0f} ms", f"{paint / floor_paint:.2f}x",
             verdict(n, "paint", paint / floor_paint, mode)),
            (f"{label}: start to list painted with rows", f"{listed:.0f} ms", f"{listed / floor_paint:.2f}x",
             verdict(n, "list", listed / floor_paint, mode)),
            (f"{label}: start to whole list loaded ({f['rows'][0]} tasks)", f"{loaded:.0f} ms",
             f"{loaded / floor_paint:.2f}x", ""),
        ]
        keys = f["keys"]
        med, high = statistics.median(keys), p95(keys)
        rss, save = statistics.median(f["rss"]), statistics.median(f["save"])
        rows += [
            (f"{label}: search keystroke, median (view repainted)", f"{med:.1f} ms", "", verdict(n, "key_median", med, mode)),
            (f"{label}: search keystroke, p95", f"{high:.1f} ms", "", verdict(n, "key_p95", high, mode)),
            (f"{label}: sort by quadrant (every task's quadrant), view repainted",
             f"{statistics.median(f['sort_quadrant']):.0f} ms", "", ""),
            (f"{label}: `holidays` imported (else read from the cache file)",
             "yes" if max(f["holidays"]) else "no", "", ""),
            (f"{label}: peak RSS, list loaded, searched, sorted, a task shown{'' if min(f['detail']) else ' (NOT shown)'}", f"{rss:.0f} MiB", f"{rss / floor_rss:.2f}x",
             verdict(n, "rss", rss, mode)),
            (f"{label}: peak RSS after 36 edits (saved, undoable, shown)", f"{statistics.median(f['rss_edit']):.0f} MiB",
             f"{statistics.median(f['rss_edit']) / floor_rss:.2f}x", verdict(n, "rss", statistics.median(f["rss_edit"]), mode)),
            (f"{label}: one edit saved durably, median", f"{save:.2f} ms", "", verdict(n, "save", save, mode)),
            (f"{label}: one edit through undo stack until the list shows it", f"{statistics.median(f['edit_shown']):.0f} ms", "", ""),
            (f"{label}: SQLAlchemy imported at first paint / list paint / task shown / edits",
             " / ".join("yes" if max(f[k]) else "no" for k in ("sqla_paint", "sqla_list", "sqla_browse", "sqla_edit")),
             "", ""),
        ]
    bq, sm, sn = statistics.median(bare_quit), statistics.median(smoke), statistics.median(smoke_new)
    rows += [("bare window started and quit (python -m, wall)", f"{bq:.0f} ms", "1.00x", "floor"),
             ("python -m regionmgr --smoke-test, new store (wall)", f"{sn:.0f} ms", f"{sn / bq:.2f}x", ""),
             ("python -m regionmgr --smoke-test, existing store (wall)", f"{sm:.0f} ms", f"{sm / bq:.2f}x", "")]
    rows += bundle_rows(Path(__file__).resolve().parents[1] / "dist")
    if not opts.no_screen:  # what a user sees: the whole process under an X server, the screen grabbed
        from benchmarks import screen

        rows += screen.figures({n: data_dir_for(stores[n], work) for n in sizes}, work, opts.repeats)

    width = max(len(r[0]) for r in rows)
    print(f"\nRegion Manager benchmarks — medians over {opts.repeats} runs, {os.cpu_count()} CPUs, "
          f"QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}, load average at the end "
          f"{' '.join(f'{x:.1f}' for x in os.getloadavg())}\n")
    print(f"{'figure'.ljust(width)}  {'value':>10}  {'vs bare':>8}  target")
    print("-" * (width + 40))
    for name, value, ratio, target in rows:
        print(f"{name.ljust(width)}  {value:>10}  {ratio:>8}  {target}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
