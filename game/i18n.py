"""UI string translation: the gettext channel.

Widgets keep message ids (English source strings marked with :func:`N_`) and ask a
:class:`Translator` for the text when they draw, so switching language re-renders everything
without rebuilding scenes. Catalogues are ``locales/<locale>/LC_MESSAGES/lupa.mo`` read with
the standard library; a missing string falls back along :data:`FALLBACKS` to English, never to
an empty string. Level text has its own channel (stable-id translation files,
:mod:`game.core.translations`), not this one. Locale names, chains and plural rules are defined
once in :mod:`game.core.locales` and re-exported here. The ``.mo`` files are generated from the
PO files by ``python -m game i18n-compile`` and committed (a test checks they are up to date).
"""

from __future__ import annotations

import gettext
from pathlib import Path

from game.core.locales import FALLBACKS, LOCALES, PLURAL_FORMS, SOURCE_LOCALE, chain  # noqa: F401 (API)

DOMAIN = "lupa"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (widgets translate when drawing)."""
    return message


def default_localedir() -> Path:
    return Path(__file__).resolve().parent.parent / "locales"


class Translator:
    """Translate UI message ids for one locale, with the declared fallback chain."""

    def __init__(self, locale: str = SOURCE_LOCALE, localedir: Path | None = None):
        self.locale = locale if locale in LOCALES else SOURCE_LOCALE
        localedir = localedir or default_localedir()
        catalogue: gettext.NullTranslations = gettext.NullTranslations()
        reviewed_flags: list[str] = []
        for code in reversed(chain(self.locale)):
            path = localedir / code / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if code == SOURCE_LOCALE or not path.is_file():
                continue
            with path.open("rb") as fh:
                layer = gettext.GNUTranslations(fh)
            # gettext lower-cases header names; the flag is written by the PO tools (X-Lupa-Reviewed).
            # A catalogue with nothing translated yet (only its header) shows no unreviewed text.
            if len(getattr(layer, "_catalog", {})) > 1:
                reviewed_flags.append(layer.info().get("x-lupa-reviewed", "no"))
            layer.add_fallback(catalogue)
            catalogue = layer
        self._catalogue = catalogue
        self._reviewed = all(flag.lower() == "yes" for flag in reviewed_flags)

    def gettext(self, message: str) -> str:
        return self._catalogue.gettext(message) or message

    def ngettext(self, singular: str, plural: str, n: int, /, **values) -> str:
        """The plural form for ``n`` by the locale's rule, filled: ``tr.ngettext("{n} item", "{n} items", n, n=n)``."""
        text = self._catalogue.ngettext(singular, plural, n) or (singular if n == 1 else plural)
        return text.format(**values) if values else text

    def __call__(self, message: str, **values) -> str:
        """Translate and fill named placeholders: ``tr("{n} items", n=3)``."""
        text = self.gettext(message)
        return text.format(**values) if values else text

    @property
    def reviewed(self) -> bool:
        """False when a translation without a native reviewer is in use: the UI then shows a notice."""
        return self._reviewed

    @property
    def language_name(self) -> str:
        return LOCALES[self.locale]
