"""The game's locales: their own names, fallback chains and plural rules (one definition).

Both translation channels use this: :mod:`game.i18n` (UI strings, gettext) and
:mod:`game.core.translations` (level text). It lives in the core because the content tools and
the browser's content lookup need it without the UI.
"""

from __future__ import annotations

SOURCE_LOCALE = "en"  # the language of UI message ids

# Each language by its own name: library display names are wrong for some of these (Babel calls
# Montenegrin "srpski (latinica, Crna Gora)"), so the picker never asks a library.
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

# Where a missing string is looked up next, before the source language. Bosnian is the shared
# ijekavian base: Croatian and Montenegrin files hold only the strings where they differ from it
# (an empty msgstr means "as in Bosnian"). Serbian Latin is generated from Serbian Cyrillic, so it
# has no chain of its own; Albanian and Macedonian have no close neighbour to borrow from.
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

# The locale whose file is the base for another (documented in locales/README.md).
BASES: dict[str, str] = {"hr": "bs", "cnr": "bs"}

# Generated locales: target -> (source locale, how). Nobody edits their files by hand.
GENERATED: dict[str, str] = {"sr-Latn": "sr-Cyrl"}

_SOUTH_SLAVIC = ("nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
                 "(n%100<10 || n%100>=20) ? 1 : 2);")

# gettext Plural-Forms headers. mk is NOT "n != 1" (the wrong default pybabel writes): 21, 31 ...
# take the singular form too.
PLURAL_FORMS: dict[str, str] = {
    "en": "nplurals=2; plural=(n != 1);",
    "sq": "nplurals=2; plural=(n != 1);",
    "mk": "nplurals=2; plural=(n==1 || n%10==1 ? 0 : 1);",
    "sr-Cyrl": _SOUTH_SLAVIC,
    "sr-Latn": _SOUTH_SLAVIC,
    "bs": _SOUTH_SLAVIC,
    "hr": _SOUTH_SLAVIC,
    "cnr": _SOUTH_SLAVIC,
}

# gettext/POSIX spelling of each tag, for the PO "Language:" header that editors (Poedit,
# Weblate) read; the folders use the BCP 47 tags above.
GETTEXT_CODES: dict[str, str] = {
    "en": "en", "sq": "sq", "mk": "mk", "sr-Cyrl": "sr", "sr-Latn": "sr@latin",
    "bs": "bs", "hr": "hr", "cnr": "cnr",
}


def chain(locale: str) -> list[str]:
    """The locales consulted for ``locale``, most specific first, ending with the source language."""
    if locale not in LOCALES:
        locale = SOURCE_LOCALE
    out = [locale, *FALLBACKS.get(locale, ())]
    if SOURCE_LOCALE not in out:
        out.append(SOURCE_LOCALE)
    return out


def nplurals(locale: str) -> int:
    return int(PLURAL_FORMS[locale].split(";")[0].split("=")[1])
