"""Serbian Cyrillic to Serbian Latin (Gaj's alphabet), the only direction the game uses.

Each of the 30 Cyrillic letters has exactly one Latin spelling (three of them digraphs: Љ Lj,
Њ Nj, Џ Dž), so Latin text can always be generated from Cyrillic. The reverse is not a function:
Latin "dž", "lj", "nj" are usually one letter (џ, љ, њ) but sometimes two (наджњети, инјекција,
conjunctions like "конјункција"), and foreign names, acronyms and URLs stay in Latin inside
Cyrillic text. That is why translators write ``sr-Cyrl`` and ``sr-Latn`` is generated from it.

Only Serbian Cyrillic letters are converted; Latin words, digits, punctuation, ``{placeholders}``
and other scripts pass through unchanged. Capital digraphs follow the word's case: "Љубав" ->
"Ljubav", "ЉУБАВ" -> "LJUBAV".
"""

from __future__ import annotations

import unicodedata

_LOWER = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z",
    "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c",
    "ч": "č", "џ": "dž", "ш": "š",
}
CYRILLIC_TO_LATIN: dict[str, str] = dict(_LOWER)
CYRILLIC_TO_LATIN.update({c.upper(): l.capitalize() for c, l in _LOWER.items()})

_DIGRAPH_CAPITALS = {"Љ", "Њ", "Џ"}


def to_latin(text: str) -> str:
    """Transliterate Serbian Cyrillic ``text`` to Serbian Latin."""
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for i, ch in enumerate(text):
        latin = CYRILLIC_TO_LATIN.get(ch)
        if latin is None:
            out.append(ch)
            continue
        if ch in _DIGRAPH_CAPITALS and _in_capitals(text, i):
            latin = latin.upper()
        out.append(latin)
    # Combining marks (Montenegrin С́ З́ = С/З + U+0301) compose to Ś Ź after conversion.
    return unicodedata.normalize("NFC", "".join(out))


def _in_capitals(text: str, i: int) -> bool:
    """Is the capital digraph letter at ``i`` part of an all-capitals word?"""
    nxt = next((c for c in text[i + 1:] if not unicodedata.combining(c)), "")
    if nxt.isalpha():
        return nxt.isupper()
    prev = text[i - 1] if i > 0 else ""
    return prev.isalpha() and prev.isupper()


def is_cyrillic_letter(ch: str) -> bool:
    return ch in CYRILLIC_TO_LATIN
