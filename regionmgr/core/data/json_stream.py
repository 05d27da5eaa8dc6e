"""Read a JSON list one element at a time, with the stdlib alone.

An export's table is one JSON list of rows; reading it whole keeps its bytes, its text and every
parsed row alive at once. ``items`` reads the member in chunks (counting the real bytes against a
limit, decoding UTF-8 strictly) and hands back each element as soon as it is parsed, so only one
row and a chunk of text are held. Elements are parsed by ``json.JSONDecoder.raw_decode`` (the C
parser), given the caller's decoder (duplicate keys, NaN...).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from typing import Any, Protocol

CHUNK = 1 << 16
_WS = re.compile(r"[ \t\n\r]*")


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class NotAList(ValueError):
    """The text is not a JSON list."""


class TooLong(ValueError):
    """The member holds more bytes than allowed (counted on the real output)."""


class _Source:
    def __init__(self, fh: Readable, limit: int):
        self.fh, self.limit, self.count = fh, limit, 0
        self.decoder = codecs.getincrementaldecoder("utf-8")("strict")
        self.buf, self.pos, self.eof = "", 0, False

    def more(self, size: int = CHUNK) -> bool:
        """Read about ``size`` more bytes; False at the end of the member."""
        if self.eof:
            return False
        data = self.fh.read(size)
        if data:
            self.count += len(data)
            if self.count > self.limit:
                raise TooLong(f"more than {self.limit} bytes")
            text = self.decoder.decode(data)
        else:
            text, self.eof = self.decoder.decode(b"", final=True), True
        self.buf, self.pos = self.buf[self.pos:] + text, 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]  # always matches
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def value(self, decoder: json.JSONDecoder) -> Any:
        self.peek()  # raw_decode takes no white space before the value
        size = CHUNK
        while True:
            try:
                value, end = decoder.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError:
                if not self.more(size):  # the element is damaged, not cut by a chunk's end
                    raise
                size *= 2  # a long element: read in growing chunks, parsed a bounded number of times
                continue
            if end >= len(self.buf) and self.more(size):  # a number may go on in the next chunk
                size *= 2
                continue
            self.pos = end
            return value


def items(fh: Readable, limit: int, decoder: json.JSONDecoder) -> Iterator[Any]:
    """Each element of the JSON list in ``fh``, in order. Raises NotAList, TooLong, or ValueError
    (a UnicodeDecodeError, a JSONDecodeError or the decoder's own) for damaged text."""
    src = _Source(fh, limit)
    if src.peek() != "[":
        raise NotAList("not a list")
    src.pos += 1
    if src.peek() == "]":
        src.pos += 1
    else:
        while True:
            yield src.value(decoder)
            sep = src.peek()
            src.pos += 1
            if sep == "]":
                break
            if sep != ",":
                raise ValueError(f"expected ',' or ']' near byte {src.count}")
    if src.peek() != "":
        raise ValueError(f"extra data after the list near byte {src.count}")
