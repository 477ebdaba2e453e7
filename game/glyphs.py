"""Characters the bundled font lacks, and what is drawn instead.

Pure (no pygame): the renderer draws ``glyph_safe(text)`` and the web build subsets the font to
the characters that are really drawn, so both agree on what the font must contain.
"""

# Characters the bundled Noto Sans has no glyph for, but which content or translations may use
# (an emoji in a quoted post, an arrow or a minus sign typed by a translator). Drawn as they are
# they show up as empty boxes, which reads as a bug; they become the nearest character the font
# has. tests/ui/test_text_fit.py checks with fontTools that, after this, every character of the
# UI code, the catalogues and the levels is in the font - so a new emoji fails a test, not a screen.
SUBSTITUTES = str.maketrans({
    "\ufe0e": None, "\ufe0f": None, "\u200d": None,  # variation selectors, zero-width joiner: invisible
    "\u26a1": "\u203c",            # high voltage (the "breaking news" bolt) -> double exclamation mark
    "\u2757": "!", "\u26a0": "!",  # heavy exclamation mark, warning sign (the UI draws its own warning icon)
    "\u2190": "<-", "\u2192": "->", "\u2191": "^", "\u2193": "v",  # arrows
    "\u2212": "\u2013",            # minus sign -> en dash
    "\u2713": "v", "\u2714": "v", "\u2717": "x", "\u2718": "x",  # check and cross marks (the UI draws its own)
    "\u2605": "*", "\u2606": "*",  # stars (the UI draws its own)
    "\u25cf": "\u2022",            # black circle -> bullet
})


def glyph_safe(text: str) -> str:
    """``text`` with the characters the font lacks replaced (see :data:`SUBSTITUTES`)."""
    return text.translate(SUBSTITUTES)
