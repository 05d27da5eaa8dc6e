"""Text as it enters the app: one cleaning function for every entry point, and strict e-mail addresses.

``clean`` is applied to every title, name, note and imported field before it is
stored, so a control character (a NUL from a hostile .ics file, an escape
sequence pasted from a terminal) can never reach the store, an export or a file
written for another program. ``valid_address`` accepts one plain addr-spec
(``local@domain``) and nothing that could be read as more by a mail program:
no ``?``, ``%``, ``&``, spaces, angle brackets, commas or quotes.
"""

from __future__ import annotations

import re
import unicodedata

# C0 controls, DEL and C1 controls; tab and newline are handled on their own.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\u2028\u2029\x0b\x0c\x85]")

MAX_ADDRESS = 254
MAX_LOCAL = 64
MAX_LABEL = 63
_LOCAL_SPECIALS = set("!#$'*+/=^_`{|}~-")


def clean(text: object, multiline: bool = False) -> str:
    """``text`` without control characters, in Unicode NFC.

    Multi-line text keeps newlines (every line break becomes ``\\n``) and tabs;
    single-line text gets a space for each line break or tab. Lone surrogates,
    which can't be written as UTF-8, are removed. ``None`` gives "".
    """
    if text is None:
        return ""
    value = str(text)
    value = _SURROGATES.sub("", value)
    value = _LINE_BREAKS.sub("\n", value)
    value = _CONTROLS.sub("", value)
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    return unicodedata.normalize("NFC", value)


def _local_ok(local: str) -> bool:
    if not 0 < len(local) <= MAX_LOCAL or local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    return all(c.isalnum() or c in _LOCAL_SPECIALS or c == "." for c in local)


def _label_ok(label: str) -> bool:
    if not 0 < len(label) <= MAX_LABEL or label.startswith("-") or label.endswith("-"):
        return False
    return all(c.isalnum() or c == "-" for c in label)


def valid_address(address: str) -> bool:
    """True for exactly one addr-spec ``local@domain.tld`` (no surrounding spaces, no name, no brackets).

    The local part is a dot-atom without ``?``, ``%``, ``&``, quotes or spaces;
    the domain has at least two labels of letters, digits and inner hyphens,
    the last one alphabetic (or an ``xn--`` label) and at least 2 long.
    """
    if not isinstance(address, str) or not 0 < len(address) <= MAX_ADDRESS or address.count("@") != 1:
        return False
    if any(unicodedata.category(c)[0] in "CZ" for c in address):  # controls, format chars, spaces
        return False
    local, domain = address.split("@")
    if not _local_ok(local):
        return False
    labels = domain.split(".")
    if len(labels) < 2 or len(domain) > MAX_ADDRESS - 2 or not all(_label_ok(label) for label in labels):
        return False
    tld = labels[-1]
    return len(tld) >= 2 and (tld.isalpha() or tld.lower().startswith("xn--"))
