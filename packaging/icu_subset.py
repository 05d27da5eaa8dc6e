"""A smaller ICU data library for the frozen bundle: 32 MB -> about 3 MB.

Qt links ICU (libicudata.so.NN holds one "common data" package, symbol icudtNN_dat) and uses
it only for collation (QCollator), time-zone display names, locale-aware upper/lower case and
codecs beyond the built-in UTF/Latin-1 ones. Qt's own CLDR data serves QLocale. So the bundle
keeps ICU's structural data, collation and zone names for the app's languages (and root), and
drops break-iterator dictionaries, transliteration, currency/language/region/unit names, spell-out
rules, legacy codepage converters and every other language's locale data.

    python packaging/icu_subset.py SRC_LIB OUT_LIB   # what build.spec does (needs a C compiler)

The package format (ICU's "CmnD"): a data header, then a table of contents (count, then one
(name offset, data offset) pair per item, offsets from the table's start, names sorted), the
names, then the items, each 16-byte aligned. Items are copied byte for byte.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Collection
from pathlib import Path

# Whole trees ICU loads only for features Qt doesn't call.
DROPPED_TREES = ("brkitr", "curr", "lang", "region", "unit", "rbnf", "translit")
KEPT_TREES = ("coll", "zone")
_PAD = b"\xaa"  # what ICU's own tools pad with
_LOCALE = re.compile(r"^([a-z]{2,3})(_\w*)?\.res$")


def keep_item(name: str, languages: Collection[str]) -> bool:
    """`name` is an item path inside the package without the package prefix ("coll/fr.res")."""
    tree, _, leaf = name.rpartition("/")
    if tree in DROPPED_TREES or (tree and tree not in KEPT_TREES):
        return False
    if not tree and leaf.endswith(".cnv"):
        return False
    match = _LOCALE.match(leaf)
    return match is None or match.group(1) in languages  # root, pool, supplemental data: kept


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(full item name, item bytes)]) of an ICU common data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise ValueError("not a little-endian ICU common data package")
    table = header_size
    count, = struct.unpack_from("<I", data, table)
    pairs = [struct.unpack_from("<II", data, table + 4 + 8 * i) for i in range(count)]
    ends = sorted(offset for _name, offset in pairs)
    next_start = dict(zip(ends, [*ends[1:], len(data) - table], strict=True))
    items = []
    for name_offset, data_offset in pairs:
        start = table + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        items.append((name, data[table + data_offset:table + next_start[data_offset]]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = toc_size + len(names)
    data_start += -data_start % 16
    body, name_offset, offsets = bytearray(), toc_size, []
    for name, blob in items:
        offsets.append((name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += blob + _PAD * (-len(blob) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(struct.pack("<II", *pair) for pair in offsets)
    padding = _PAD * (data_start - toc_size - len(names))
    return header + toc + names + padding + bytes(body)


def subset(data: bytes, languages: Collection[str]) -> bytes:
    header, items = read_package(data)
    kept = [(name, blob) for name, blob in items if keep_item(name.split("/", 1)[1], languages)]
    return write_package(header, kept)


def _rodata(library: bytes) -> bytes:
    """The .rodata section of a 64-bit little-endian ELF file (libicudata holds nothing else)."""
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", library, 0x3A)

    def section(index: int) -> tuple[int, int, int]:
        name, _type, _flags, _addr, offset, size = struct.unpack_from("<IIQQQQ", library, shoff + index * shentsize)
        return name, offset, size

    _, names_at, _ = section(shstrndx)
    for index in range(shnum):
        name, offset, size = section(index)
        end = library.index(b"\0", names_at + name)
        if library[names_at + name:end] == b".rodata":
            return library[offset:offset + size]
    raise ValueError("no .rodata section")


def build_library(source: Path, output: Path, languages: Collection[str],
                  compiler: str | None = None,
                  run: Callable[..., subprocess.CompletedProcess] = subprocess.run) -> bool:
    """Write a trimmed copy of `source` (libicudata.so.NN) to `output`. False (and nothing written)
    when no C compiler is available: the bundle then keeps the full library."""
    compiler = compiler or shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return False
    version = source.name.split(".so.", 1)[1].split(".", 1)[0]
    package = subset(_rodata(source.read_bytes()), languages)
    symbol = f"icudt{version}_dat"
    with tempfile.TemporaryDirectory() as scratch:
        blob = Path(scratch) / "data.bin"
        blob.write_bytes(package)
        assembly = Path(scratch) / "icudata.S"
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n'
            f'{symbol}:\n\t.incbin "{blob}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        output.parent.mkdir(parents=True, exist_ok=True)
        result = run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{source.name}",
                      "-o", str(output), str(assembly)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        print(f"icu_subset: {compiler} failed, keeping the full ICU data:\n{result.stderr}", file=sys.stderr)
        output.unlink(missing_ok=True)
        return False
    return True


if __name__ == "__main__":
    built = build_library(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:] or ("en", "fr"))
    sys.exit(0 if built else 1)
