"""The words on the web page around the game (loading, start, could-not-load), as gettext ids.

They are UI strings like the game's own: English message ids marked with ``N_`` (so the
extraction step finds them), translated at build time with each locale's catalogue and embedded
in the page, which picks the player's language before any Python has loaded. ``{name}``
placeholders are filled by the page's script.
"""

from __future__ import annotations

from game.i18n import LOCALES, N_, Translator

PAGE_TEXT: dict[str, str] = {
    "tagline": N_("a game about spotting manipulation"),
    "description": N_("Lupa is a free game for the classroom: work a fact-checking desk, decide which "
                      "posts and headlines manipulate, and learn the tricks they use."),
    "loading": N_("Loading Lupa…"),
    "engine": N_("Downloading the game engine… {percent}%"),
    "unpack": N_("Unpacking the game…"),
    "install": N_("Preparing the game…"),
    "ready": N_("Lupa is ready."),
    "start": N_("Start"),
    "waiting": N_("Lupa starts as soon as it has loaded."),
    "failed_title": N_("Lupa could not load"),
    "failed_body": N_("The game engine could not be downloaded from {host}. The internet connection may be "
                      "down, or the school network may block that address."),
    "failed_hint": N_("Try again. If it keeps failing, ask your teacher for a copy of Lupa that includes "
                      "the game engine."),
    "retry": N_("Try again"),
    "details": N_("Details for your teacher"),
    "noscript": N_("Lupa needs JavaScript. Please turn it on for this page, or open the page in another browser."),
}


def page_strings(localedir=None) -> dict[str, dict[str, str]]:
    """``{locale: {key: text}}`` for every locale, falling back along the declared chain to English."""
    out = {}
    for locale in LOCALES:
        tr = Translator(locale, localedir)
        out[locale] = {key: tr.gettext(msgid) for key, msgid in PAGE_TEXT.items()}
    return out


def translated_locales(localedir=None) -> list[str]:
    """Locales whose page text differs from English somewhere (their catalogue covers the page)."""
    strings = page_strings(localedir)
    return [loc for loc, texts in strings.items() if loc == "en" or texts != strings["en"]]
