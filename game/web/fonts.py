"""Font subsetting for the web package (build time only; needs fontTools, the ``[web]`` extra).

The shipped fonts cover far more scripts than Lupa uses. The web package keeps only the glyphs
for the characters the game can show: every letter of the alphabets of the supported languages
(so a nickname typed in any of them still renders), plus every character that actually occurs in
the content pack, the compiled catalogues, the page text and the game's own string literals.
Layout features (kerning, combining-mark positioning for Montenegrin С́ З́) are kept.
"""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

# The alphabets of en, sq, mk, sr (both scripts), bs, hr, cnr, with punctuation the UI and
# texts use. Whole blocks, not letter lists, so nothing a student can type is missing.
BASE_RANGES = (
    (0x0020, 0x007E),   # Basic Latin
    (0x00A0, 0x00FF),   # Latin-1 Supplement (ë ç, « » ° ·)
    (0x0100, 0x017F),   # Latin Extended-A (č ć đ š ž ś ź)
    (0x0300, 0x0301),   # combining grave and acute (Montenegrin С́ З́ and stress marks)
    (0x0400, 0x045F),   # Cyrillic (Macedonian ѓ ќ ѕ ј љ њ џ, Serbian ђ ћ)
    (0x2010, 0x2027),   # dashes, quotes „ “ ” ‘ ’, bullet, ellipsis
    (0x2030, 0x203A),   # per mille, primes, ‹ ›
    (0x20AC, 0x20AC),   # euro sign
    (0xFFFD, 0xFFFD),   # replacement character
)
FONT_SUFFIXES = (".ttf", ".otf")


def base_characters() -> set[str]:
    return {chr(c) for low, high in BASE_RANGES for c in range(low, high + 1)}


def characters_in_python(path: Path) -> set[str]:
    """Characters in the string literals of a Python file (UI message ids, symbols)."""
    found: set[str] = set()
    try:
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for tok in tokens:
            if tok.type == tokenize.STRING or getattr(tokenize, "FSTRING_MIDDLE", -1) == tok.type:
                found.update(tok.string)
    except (SyntaxError, tokenize.TokenError, UnicodeDecodeError):
        pass
    return found


def characters_in_mo(path: Path) -> set[str]:
    """Characters of every translated string in a compiled gettext catalogue."""
    import gettext

    with path.open("rb") as fh:
        catalogue = gettext.GNUTranslations(fh)
    found: set[str] = set()
    for key, value in catalogue._catalog.items():  # noqa: SLF001 - the stdlib offers no public iterator
        found.update(value if isinstance(value, str) else "")
        found.update(key if isinstance(key, str) else key[0])
    return found


def printable(chars: set[str]) -> set[str]:
    """The characters really drawn: after the renderer's substitutions, without control characters."""
    from game.glyphs import glyph_safe

    drawn = set(glyph_safe("".join(chars)))
    return {c for c in drawn if c >= " " and c != "\x7f" and not 0x80 <= ord(c) < 0xA0}


def subset_font(source: Path, target: Path, chars: set[str]) -> tuple[int, int, list[str]]:
    """Write ``source`` subset to ``chars`` as ``target``; returns (bytes before, after, characters
    used by the game that the font has no glyph for)."""
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), recalcTimestamp=False)
    cmap = font.getBestCmap() or {}
    missing = sorted(c for c in chars if ord(c) not in cmap and not c.isspace() and ord(c) >= 0x20)
    options = subset.Options()
    options.layout_features = ["*"]       # kerning, ligatures, mark positioning
    options.name_IDs = ["*"]              # keep the licence and names
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = False
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(ord(c) for c in chars if ord(c) in cmap))
    subsetter.subset(font)
    target.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(target))
    return source.stat().st_size, target.stat().st_size, missing
