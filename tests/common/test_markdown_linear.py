"""Stripping images from a note and building the handover dossier take linear time, and leave no image behind."""

from __future__ import annotations

import datetime as dt
import random
import re
import subprocess
import sys
import textwrap

import pytest

from regionmgr.core.countries.refresher import strip_images_markdown
from regionmgr.core.time.handover import Dossier, dossier_html

HOSTILE = [
    "![a!][x][b](c)",  # the alt text of one image and the next brackets made a new image
    "!<img src=x>[a](b)",  # removing a tag joined "!" and "[a](b)"
    "<im<img src=x>g src=y>",  # removing a tag joined "<im" and "g src=y>"
    "![x ![y](q)](z)",
    "![<img ](u) src=x>",
    "![a](b) ![c][d] ![e] <IMG\nSRC='f'> <img/src=g>",
    "tail ![unclosed",
    "tail <img src=unclosed",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_no_image_syntax_survives(text):
    out = strip_images_markdown(text)
    assert "![" not in out
    assert not re.search(r"<img\b", out, re.IGNORECASE)


def test_images_become_their_alternative_text():
    out = strip_images_markdown("# T\n![pixel](https://t.example/p.png) and ![local][r] and ![bare] <img src='x'>.\n")
    assert out == "# T\npixel and local and bare .\n"


def test_random_texts_never_keep_an_image():
    rng = random.Random(13)
    for _ in range(3000):
        text = "".join(rng.choice(["!", "[", "]", "(", ")", "<img", ">", "a", " ", "\n", "<", "g"])
                       for _ in range(rng.randint(0, 30)))
        out = strip_images_markdown(text)
        assert "![" not in out, text
        assert not re.search(r"<img\b", out, re.IGNORECASE), text


OLD_BOLD = re.compile(r"\*\*(.+?)\*\*")
OLD_ITALIC = re.compile(r"(?<![*\w])\*(?!\s)(.+?)(?<!\s)\*(?![*\w])")


def dossier(comments: str) -> Dossier:
    return Dossier(dt.date(2026, 12, 1), dt.date(2026, 12, 4), "Sam", "", comments, "en", [], [], {})


def comments_html(comments: str) -> str:
    html = dossier_html(dossier(comments))
    start = html.index("<p>", html.index("<h2>")) + 3
    return html[start:html.index("</p><h2>", start)]


def test_bold_and_italic_are_found_as_before():
    """The linear scanner gives what the two regular expressions gave."""
    rng = random.Random(9)
    for _ in range(3000):
        line = "".join(rng.choice(["*", "**", "a", " ", "_", "é", "\t", "b"]) for _ in range(rng.randint(1, 16)))
        expected = OLD_ITALIC.sub(r"<i>\1</i>", OLD_BOLD.sub(r"<b>\1</b>", line))
        assert comments_html("x\n" + line + "\ny") == "x<br>" + expected + "<br>y", repr(line)


def test_headings_bold_and_italic_in_the_dossier():
    html = comments_html("# Plan\n**Key** points, *not* all: a*b*c\n")
    assert html == "<b>Plan</b><br><b>Key</b> points, <i>not</i> all: a*b*c"


@pytest.mark.slow
def test_big_hostile_inputs_take_linear_time():
    """256 KB of each pattern: the quadratic code needed minutes; allow 60 s for all of them together."""
    code = textwrap.dedent("""
        import datetime as dt
        from regionmgr.core.countries.refresher import strip_images_markdown
        from regionmgr.core.time.handover import Dossier, dossier_html
        size = 256 * 1024
        for unit in ["![", "![a](", "![a][", "<img ", "<img<", "!["]:
            strip_images_markdown(unit * (size // len(unit)))
        for unit in [" *a", "**a", "*", "a *b", " *"]:
            text = unit * (size // len(unit))
            dossier_html(Dossier(dt.date(2026, 1, 1), dt.date(2026, 1, 2), "S", "", text, "en", [], [], {}))
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == "ok", done.stderr
