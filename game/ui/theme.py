"""Colours, sizes and the colour-blind-safe palette.

The accents are the Okabe-Ito palette, which stays distinguishable under the common forms of
colour blindness; every meaning is also carried by an icon and a word, never by colour alone.
Two themes: the default "newsroom paper" theme and a high-contrast one. Text/background pairs
are checked against WCAG contrast ratios in tests/ui/test_theme.py.
"""

from __future__ import annotations

from dataclasses import dataclass

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": (0, 0, 0),
    "orange": (230, 159, 0),
    "sky_blue": (86, 180, 233),
    "bluish_green": (0, 158, 115),
    "yellow": (240, 228, 66),
    "blue": (0, 114, 178),
    "vermillion": (213, 94, 0),
    "reddish_purple": (204, 121, 167),
}

LOGICAL_SIZE = (1280, 720)
TEXT_SCALES = (100, 125, 150, 200)


@dataclass(frozen=True)
class Theme:
    name: str
    bg: tuple            # the desk behind the cards
    bg_alt: tuple        # stripes and panels on the desk
    card: tuple          # paper
    card_alt: tuple      # a quieter area on a card
    ink: tuple           # body text
    muted: tuple         # secondary text
    line: tuple          # borders and rules
    accent: tuple        # primary buttons, links
    on_accent: tuple     # text on accent fills
    manip: tuple         # "manipulative"
    on_manip: tuple
    legit: tuple         # "looks legitimate"
    on_legit: tuple
    warn: tuple          # warnings (unreviewed, broken level) - with an icon
    focus: tuple         # focus ring
    focus_inner: tuple   # inner ring, so the focus shows on any background
    shadow: tuple
    star: tuple
    topbar: tuple
    on_topbar: tuple


NORMAL = Theme(
    name="normal",
    bg=(232, 228, 218), bg_alt=(222, 217, 205), card=(255, 255, 252), card_alt=(245, 243, 237),
    ink=(28, 28, 30), muted=(88, 88, 92), line=(196, 192, 182),
    accent=OKABE_ITO["blue"], on_accent=(255, 255, 255),
    manip=(178, 74, 0), on_manip=(255, 255, 255),            # Okabe-Ito vermillion, darkened for white text
    legit=(0, 118, 86), on_legit=(255, 255, 255),             # Okabe-Ito bluish green, darkened for white text
    warn=(150, 90, 0),
    focus=OKABE_ITO["orange"], focus_inner=(0, 0, 0),
    shadow=(190, 184, 170), star=(176, 112, 0),
    topbar=(30, 42, 56), on_topbar=(245, 245, 240),
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    bg=(0, 0, 0), bg_alt=(20, 20, 20), card=(0, 0, 0), card_alt=(16, 16, 16),
    ink=(255, 255, 255), muted=(230, 230, 230), line=(255, 255, 255),
    accent=OKABE_ITO["sky_blue"], on_accent=(0, 0, 0),
    manip=OKABE_ITO["orange"], on_manip=(0, 0, 0),
    legit=OKABE_ITO["bluish_green"], on_legit=(0, 0, 0),
    warn=OKABE_ITO["yellow"],
    focus=OKABE_ITO["yellow"], focus_inner=(0, 0, 0),
    shadow=(0, 0, 0), star=OKABE_ITO["yellow"],
    topbar=(0, 0, 0), on_topbar=(255, 255, 255),
)

# Accents for avatars and technique badges (all Okabe-Ito, used with letters and shapes).
AVATAR_COLOURS = (OKABE_ITO["blue"], OKABE_ITO["vermillion"], OKABE_ITO["bluish_green"],
                  OKABE_ITO["reddish_purple"], OKABE_ITO["orange"], OKABE_ITO["sky_blue"])


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else NORMAL


def luminance(rgb) -> float:
    def lin(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb[:3]
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a, b) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(t: Theme) -> list[tuple[str, tuple, tuple]]:
    """Every (name, text colour, background) pair the UI draws text with."""
    return [
        ("ink on card", t.ink, t.card), ("ink on card_alt", t.ink, t.card_alt), ("ink on bg", t.ink, t.bg),
        ("muted on card", t.muted, t.card), ("muted on card_alt", t.muted, t.card_alt), ("muted on bg", t.muted, t.bg),
        ("accent on card", t.accent, t.card), ("warn on card", t.warn, t.card),
        ("manip on card", t.manip, t.card), ("legit on card", t.legit, t.card),
        ("on_accent on accent", t.on_accent, t.accent), ("on_manip on manip", t.on_manip, t.manip),
        ("on_legit on legit", t.on_legit, t.legit), ("on_topbar on topbar", t.on_topbar, t.topbar),
    ]
