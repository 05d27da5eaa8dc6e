"""What a user sees: the whole process started under an X server, its screen grabbed until it stops changing.

An ``Xvfb`` server is started for the run; each measured program is spawned on it
as a fresh process (``QT_QPA_PLATFORM=xcb``), and this process, not the program,
grabs the root window every ~25 ms (``XGetImage`` through libX11, loaded with
ctypes: no Python package, no screenshot tool). The figures, in ms from the spawn:

- ``first``: the first frame that differs from the empty screen (the window mapped);
- ``settled``: the last frame that differed from the one before it, once the
  screen has not changed for ``QUIET`` seconds, and for twice ``first``, while the
  program was idle (it used less than ``BUSY`` of a CPU meanwhile: a program still
  opening its data behind an unchanged window has not settled);
- ``changes``: how many distinct frames were seen in between.

``available()`` says why this can't run here (no Xvfb, no libX11), or ``None``.
``python -m benchmarks.screen --frames DIR -- python -m regionmgr --data-dir D``
saves every changed frame as PNG (a diagnosis: what appears late and moves).
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
import time
import zlib
from dataclasses import dataclass
from pathlib import Path

SCREEN = (1600, 1000)
INTERVAL = 0.025  # seconds between grabs
QUIET = 2.0  # seconds without a change: settled
TIMEOUT = 60.0
BUSY = 0.1  # share of one CPU the program may use over the quiet period and count as idle
ZPIXMAP = 2
ALL_PLANES = 0xFFFFFFFFFFFFFFFF


class _XImage(ctypes.Structure):  # the leading fields of Xlib's XImage (Xlib.h)
    _fields_ = [("width", ctypes.c_int), ("height", ctypes.c_int), ("xoffset", ctypes.c_int),
                ("format", ctypes.c_int), ("data", ctypes.c_void_p), ("byte_order", ctypes.c_int),
                ("bitmap_unit", ctypes.c_int), ("bitmap_bit_order", ctypes.c_int),
                ("bitmap_pad", ctypes.c_int), ("depth", ctypes.c_int), ("bytes_per_line", ctypes.c_int),
                ("bits_per_pixel", ctypes.c_int)]


def _libx11():
    name = ctypes.util.find_library("X11")
    if name is None:
        return None
    lib = ctypes.CDLL(name)
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XGetImage.restype = ctypes.POINTER(_XImage)
    lib.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                              ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def available() -> str | None:
    """Why the screen can't be measured here, or None when it can."""
    if shutil.which("Xvfb") is None:
        return "Xvfb not found (Debian/Ubuntu: apt-get install xvfb)"
    if ctypes.util.find_library("X11") is None:
        return "libX11 not found (Debian/Ubuntu: apt-get install libx11-6)"
    return None


def cpu_seconds(pid: int) -> float | None:
    """CPU time used so far by process ``pid`` (all its threads; Linux ``/proc``), None if unknown."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


@dataclass
class Seen:
    first: float  # ms from spawn to the first non-empty frame
    settled: float  # ms from spawn to the last change
    changes: int


class Screen:
    """An Xvfb server and a connection to grab its root window."""

    def __init__(self, size: tuple[int, int] = SCREEN, pycache: Path | None = None):
        self.size = size
        self.pycache = pycache
        read, write = os.pipe()
        self.server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size[0]}x{size[1]}x24", "-nolisten", "tcp",
             "-br", "-noreset"], pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.server.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        self.x11 = _libx11()
        self.conn = self.x11.XOpenDisplay(self.display.encode())
        if not self.conn:
            self.close()
            raise RuntimeError(f"can't open display {self.display}")
        self.root = self.x11.XDefaultRootWindow(self.conn)

    def grab(self) -> bytes:
        """The whole screen's pixels (BGRX rows)."""
        width, height = self.size
        image = self.x11.XGetImage(self.conn, self.root, 0, 0, width, height, ALL_PLANES, ZPIXMAP)
        if not image:
            raise RuntimeError("XGetImage failed")
        try:
            return ctypes.string_at(image.contents.data, image.contents.bytes_per_line * height)
        finally:
            self.x11.XFree(image.contents.data)
            self.x11.XFree(image)

    def env(self) -> dict[str, str]:
        env = dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        if self.pycache is not None:  # compiled modules kept, as a user's later starts find them
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(self.pycache)
        return env

    def watch(self, command: list[str], frames: Path | None = None, quiet: float = QUIET) -> Seen:
        """Spawn ``command`` on this screen, grab until nothing changed for ``quiet`` s, stop it."""
        empty = zlib.crc32(self.grab())
        start = time.perf_counter()
        child = subprocess.Popen(command, env=self.env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                 start_new_session=True)
        last, first, changed, changes = empty, None, start, 0
        cpu_log: list[tuple[float, float]] = []  # (instant, the program's CPU seconds)
        try:
            while True:
                now = time.perf_counter()
                pixels = self.grab()
                digest = zlib.crc32(pixels)
                if digest != last:
                    last, changed, changes = digest, now, changes + 1
                    if first is None:
                        first = now
                    if frames is not None:
                        save_frame(pixels, self.size, frames / f"{(now - start) * 1000:06.0f}ms.png")
                cpu = cpu_seconds(child.pid)
                if cpu is not None:
                    cpu_log.append((now, cpu))
                # Settled: no change for `quiet` s, and for twice the time the window took to show
                # (a loaded machine is slow throughout: its pauses between frames grow too), and the
                # program idle over that time (not still opening its data behind an unchanged frame).
                wait = max(quiet, 2 * (first - start)) if first is not None else 0.0
                if first is not None and now - changed >= wait and _idle(cpu_log, now - wait, now):
                    break
                if child.poll() is not None or now - start > TIMEOUT:
                    raise RuntimeError(f"{command} stopped or never settled (status {child.poll()}): "
                                       f"{child.stderr.read().decode()[-600:] if child.stderr else ''}")
                time.sleep(max(0.0, INTERVAL - (time.perf_counter() - now)))
        finally:
            self._stop(child)
            self._wait_until(empty)
        assert first is not None
        return Seen((first - start) * 1000, (changed - start) * 1000, changes)

    @staticmethod
    def _stop(child: subprocess.Popen) -> None:
        if child.poll() is None:  # stopped as a session ends: the app closes its store cleanly (a store
            child.send_signal(signal.SIGTERM)  # killed instead is copied and checked at the next start)
            try:
                child.wait(timeout=60)  # its close waits for the start backup, long on a big store
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if child.stderr is not None:
            child.stderr.close()

    def _wait_until(self, empty: int, timeout: float = 5.0) -> None:
        """The window gone: the screen back to what it was before the spawn."""
        deadline = time.perf_counter() + timeout
        while zlib.crc32(self.grab()) != empty and time.perf_counter() < deadline:
            time.sleep(INTERVAL)

    def close(self) -> None:
        if getattr(self, "conn", None):
            self.x11.XCloseDisplay(self.conn)
            self.conn = None
        self.server.terminate()
        try:
            self.server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()


def _idle(cpu_log: list[tuple[float, float]], since: float, now: float) -> bool:
    """The program used less than ``BUSY`` of a CPU from ``since`` to ``now`` (True if unknown)."""
    if not cpu_log:
        return True
    before = next((cpu for at, cpu in reversed(cpu_log) if at <= since), cpu_log[0][1])
    return cpu_log[-1][1] - before <= BUSY * (now - since)


TARGETS = {10_000: 2.0, 100_000: 3.0}  # screen settled, whole app, times the bare window's


def figures(folders: dict[int, Path], work: Path, repeats: int) -> list[tuple[str, str, str, str]]:
    """``make bench``'s rows: bare window and the app on each store, spawned under Xvfb, medians."""
    import statistics

    reason = available()
    if reason:
        return [(f"screen under X: skipped, {reason}", "", "", "")]
    python = sys.executable
    programs = {"bare": [python, "-m", "benchmarks.probe_bare", "--stay"]}
    programs.update({str(n): [python, "-m", "regionmgr", "--data-dir", str(folder)] for n, folder in folders.items()})
    seen: dict[str, list[Seen]] = {key: [] for key in programs}
    screen = Screen(pycache=work / "pycache")
    try:
        for command in programs.values():  # a first start, not measured: modules compiled, caches written
            screen.watch(command)
        for rep in range(repeats):
            print(f"screen repeat {rep + 1}/{repeats}", file=sys.stderr)
            for key, command in programs.items():
                seen[key].append(screen.watch(command))
    finally:
        screen.close()

    def median(key: str, field: str) -> float:
        return statistics.median(getattr(s, field) for s in seen[key])

    floor = median("bare", "settled")
    rows = [("under X (Xvfb), bare window: spawn to screen settled", f"{floor:.0f} ms", "1.00x", "floor")]
    for n in folders:
        key, label = str(n), f"{n // 1000}k whole app under X"
        first, settled = median(key, "first"), median(key, "settled")
        changes = statistics.median(s.changes for s in seen[key])
        ratio = settled / floor
        rows += [(f"{label}: spawn to first frame (window shown)", f"{first:.0f} ms", f"{first / floor:.2f}x", ""),
                 (f"{label}: spawn to screen settled ({changes:g} changes)", f"{settled:.0f} ms", f"{ratio:.2f}x",
                  f"{'ok' if ratio <= TARGETS.get(n, 3.0) else 'OVER'} (≤ {TARGETS.get(n, 3.0):g}x)")]
    return rows


def save_frame(pixels: bytes, size: tuple[int, int], path: Path) -> None:
    """One grabbed frame as PNG (diagnosis only: Qt is loaded here, in the measuring process)."""
    from PySide6.QtGui import QImage

    path.parent.mkdir(parents=True, exist_ok=True)
    QImage(pixels, size[0], size[1], len(pixels) // size[1], QImage.Format.Format_RGB32).save(str(path))


def main() -> int:
    parser = argparse.ArgumentParser(prog="benchmarks.screen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--frames", type=Path, default=None, help="save every changed frame here")
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--pycache", type=Path, default=None,
                        help="keep compiled modules here (PYTHONPYCACHEPREFIX), as a user's install does")
    parser.add_argument("--quiet", type=float, default=QUIET, help="seconds without a change: settled")
    parser.add_argument("command", nargs="+", help="the program to start (after --)")
    opts = parser.parse_args()
    reason = available()
    if reason:
        print(f"skipped: {reason}")
        return 0
    screen = Screen(pycache=opts.pycache)
    try:
        for rep in range(opts.repeats):
            frames = opts.frames / str(rep) if opts.frames and opts.repeats > 1 else opts.frames
            seen = screen.watch(opts.command, frames, opts.quiet)
            print(f"first frame {seen.first:.0f} ms, settled {seen.settled:.0f} ms, {seen.changes} changes")
    finally:
        screen.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
