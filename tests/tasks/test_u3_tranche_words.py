"""One word per language for the pieces a task is split into: "part" in English, "tranche" in French."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.shell.test_translations import TS, parse

ROOT = Path(__file__).resolve().parents[2]
TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP"}
PART = re.compile(r"\bparts?\b", re.IGNORECASE)


def english_strings() -> list[tuple[str, str]]:
    """(where, text) of every literal the UI translates: ``self.tr("…")``, ``translate(ctx, "…")``."""
    found = []
    for path in sorted((ROOT / "regionmgr").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in TRANSLATING:
                continue
            index = 0 if name == "tr" else 1
            if len(node.args) > index and isinstance(node.args[index], ast.Constant) \
                    and isinstance(node.args[index].value, str):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.args[index].value))
    return found


def test_english_says_part_never_tranche():
    texts = english_strings()
    assert any(PART.search(text) for _where, text in texts)  # the scan sees the tranche dialog's strings
    tranche = [f"{where}: {text!r}" for where, text in texts if "tranche" in text.lower()]
    assert not tranche, "English calls them “parts”: " + "; ".join(tranche)


def test_french_says_tranche_for_every_part():
    wrong = [m.where() + f" -> {m.forms!r}" for m in parse(TS)
             if PART.search(m.source) and m.finished and not all("tranche" in f.lower() for f in m.forms)]
    assert not wrong, "French calls them “tranches”: " + "; ".join(wrong)
