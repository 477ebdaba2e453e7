"""UI string translation: the gettext channel.

Widgets keep message ids (English source strings marked with :func:`N_`) and ask a
:class:`Translator` for the text when they draw, so switching language re-renders everything
without rebuilding scenes. Catalogues are ``locales/<locale>/LC_MESSAGES/lupa.mo`` read with
the standard library; a missing string falls back along :data:`FALLBACKS` to English, never to
an empty string. Level text has its own channel (stable-id translation files), not this one.
"""

from __future__ import annotations

import gettext
from pathlib import Path

DOMAIN = "lupa"
SOURCE_LOCALE = "en"

# Each language by its own name: library display names are wrong for some of these (Montenegrin).
LOCALES: dict[str, str] = {
    "en": "English",
    "sq": "Shqip",
    "mk": "Македонски",
    "sr-Cyrl": "Српски",
    "sr-Latn": "Srpski",
    "bs": "Bosanski",
    "hr": "Hrvatski",
    "cnr": "Crnogorski",
}

# Where a missing string is looked up next, before English. Bosnian, Croatian and Montenegrin
# share an ijekavian base, so each falls back to its neighbours before leaving the language.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "en": (),
    "sq": (),
    "mk": (),
    "sr-Cyrl": (),
    "sr-Latn": (),
    "bs": ("hr",),
    "hr": ("bs",),
    "cnr": ("bs", "hr"),
}


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (widgets translate when drawing)."""
    return message


def chain(locale: str) -> list[str]:
    """The locales consulted for ``locale``, most specific first, ending with the source language."""
    if locale not in LOCALES:
        locale = SOURCE_LOCALE
    out = [locale, *FALLBACKS.get(locale, ())]
    if SOURCE_LOCALE not in out:
        out.append(SOURCE_LOCALE)
    return out


def default_localedir() -> Path:
    return Path(__file__).resolve().parent.parent / "locales"


class Translator:
    """Translate UI message ids for one locale, with the declared fallback chain."""

    def __init__(self, locale: str = SOURCE_LOCALE, localedir: Path | None = None):
        self.locale = locale if locale in LOCALES else SOURCE_LOCALE
        localedir = localedir or default_localedir()
        catalogue: gettext.NullTranslations = gettext.NullTranslations()
        for code in reversed(chain(self.locale)):
            path = localedir / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if not path.is_file():
                continue
            with path.open("rb") as fh:
                layer = gettext.GNUTranslations(fh)
            layer.add_fallback(catalogue)
            catalogue = layer
        self._catalogue = catalogue

    def gettext(self, message: str) -> str:
        return self._catalogue.gettext(message) or message

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._catalogue.ngettext(singular, plural, n) or (singular if n == 1 else plural)

    def __call__(self, message: str, **values) -> str:
        """Translate and fill named placeholders: ``tr("{n} items", n=3)``."""
        text = self.gettext(message)
        return text.format(**values) if values else text

    @property
    def language_name(self) -> str:
        return LOCALES[self.locale]
