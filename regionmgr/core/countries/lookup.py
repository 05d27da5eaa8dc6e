"""Find a country from what a user types: ISO codes, common abbreviations, English and French names.

"UAE", "EAU", "ARE", "Émirats", "emirats arabes" and "United Arab" all find AE,
whatever the UI language; matching ignores case and accents, and a name matches
when one of its words starts with what was typed ("arabes unis" finds
"Émirats arabes unis"). ``match_rank`` orders the matches: an exact code or
abbreviation first (so "UK" puts the United Kingdom before Ukraine), then names
that start with the text, then names with a word that does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from regionmgr.core.countries.region import country_choices, sort_key

# Abbreviations and other names people use for a country (English and French), folded by ``fold``.
ALIASES: dict[str, tuple[str, ...]] = {
    "AE": ("UAE", "EAU", "Emirates", "Emirats"),
    "GB": ("UK", "Great Britain", "Britain", "England", "Angleterre", "Grande-Bretagne", "RU"),
    "US": ("USA", "America", "Amerique", "United States of America", "EUA"),
    "SA": ("KSA", "Saudi", "Saudi Arabia", "Arabie"),
    "NL": ("Holland", "Hollande"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "CD": ("DRC", "RDC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "KR": ("ROK", "South Korea", "Coree du Sud"),
    "KP": ("DPRK", "North Korea", "Coree du Nord"),
    "CN": ("PRC",),
    "CZ": ("Czech Republic", "Republique tcheque"),
    "MM": ("Burma", "Birmanie"),
    "TR": ("Turkey", "Turquie", "Turkiye"),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia", "Macedoine"),
    "CV": ("Cape Verde", "Cap-Vert"),
    "TL": ("East Timor", "Timor oriental"),
    "VA": ("Vatican", "Holy See", "Saint-Siege"),
    "RU": ("Russia", "Russie"),
    "LA": ("Laos",),
    "SY": ("Syria", "Syrie"),
    "IR": ("Iran",),
    "VN": ("Vietnam", "Viet Nam"),
    "BO": ("Bolivia", "Bolivie"),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania", "Tanzanie"),
    "MD": ("Moldova", "Moldavie"),
    "PS": ("Palestine",),
    "TW": ("Taiwan",),
}

_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """Lower case, no accents, words separated by one space ("Côte-d'Ivoire" -> "cote d ivoire")."""
    return _NON_WORD.sub(" ", sort_key(text or "")).strip()


@lru_cache(maxsize=1)
def _keys() -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """Per ISO code: (codes and abbreviations, folded) and (every known name, folded)."""
    import pycountry

    english, french = dict(country_choices("en")), dict(country_choices("fr"))
    out: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
    for c in pycountry.countries:
        code = c.alpha_2
        exact = {code.lower(), c.alpha_3.lower()}
        names = {english.get(code, ""), french.get(code, "")}
        names |= {getattr(c, field, "") for field in ("name", "official_name", "common_name")}
        for alias in ALIASES.get(code, ()):
            if " " not in alias and len(alias) <= 4 and alias.isupper():
                exact.add(alias.lower())
            else:
                names.add(alias)
        out[code] = (frozenset(exact), tuple(sorted({fold(n) for n in names if n})))
    return out


def match_rank(code: str, typed: str, lang: str = "en") -> int | None:
    """How well ``typed`` matches the country ``code`` (lower is better), or None for no match.

    0: an ISO code (alpha-2 or alpha-3) or an abbreviation, exactly; 1: the name in ``lang``
    starts with it; 2: another of its names does; 3: a word of one of its names starts with it;
    4: a code or abbreviation starts with it. Empty text matches everything (rank 0).
    """
    needle = fold(typed)
    if not needle:
        return 0
    found = _keys().get(code.upper())
    if found is None:
        return None
    exact, names = found
    if needle in exact:
        return 0
    if fold(dict(country_choices(lang)).get(code.upper(), "")).startswith(needle):
        return 1
    if any(n.startswith(needle) for n in names):
        return 2
    if any((" " + needle) in (" " + n) for n in names):
        return 3
    if " " not in needle and any(e.startswith(needle) for e in exact):
        return 4
    return None


def find_countries(typed: str, lang: str = "en") -> list[str]:
    """The ISO codes matching ``typed``, best first (then by name in ``lang``)."""
    ranked = [(rank, i, code) for i, (code, _name) in enumerate(country_choices(lang))
              if (rank := match_rank(code, typed, lang)) is not None]
    return [code for _r, _i, code in sorted(ranked)]
