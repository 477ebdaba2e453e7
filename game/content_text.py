"""The one place the UI reads level text.

Level text (titles, item texts, explanations, technique names ...) is content: it lives in
``levels/`` and its translations in stable-id PO files under ``locales/<locale>/levels/`` -
never in Python and never in the gettext catalogue. Every scene asks a :class:`ContentText`
for it by id and field; the answer is the first fresh translation along the locale's fallback
chain, else the level's own text (never an empty string or a raw id). Names (outlets, handles)
and dates are never translated.
"""

from __future__ import annotations

from game.core.library import Library
from game.core.model import Item, Level

LEVEL_FIELDS = ("title", "summary", "briefing", "period")
ITEM_FIELDS = ("outlet", "author", "date", "headline", "text", "explanation", "facts")
TECHNIQUE_FIELDS = ("name", "short", "example")


class ContentText:
    """Level, item and technique text for one display locale."""

    def __init__(self, library: Library, locale: str = "en"):
        self.library = library
        self.locale = locale
        self.catalog = library.content_catalog(locale)

    def _lookup(self, key: tuple[str, ...], source: str | None, language: str | None = None) -> str | None:
        """Text for a stable id: the translation for this locale, else the source text."""
        return self.catalog.key(key, source, language)

    # -- public interface -----------------------------------------------------------------------
    def language(self, level: Level) -> str:
        """The language the text of ``level`` is actually shown in."""
        return self.catalog.lookup_with_language(level.id, "level.title", level.title, level.language)[1]

    def reviewed(self, level: Level) -> bool:
        """False when the text shown for ``level`` comes from a translation nobody has reviewed."""
        return self.catalog.reviewed(level.id, level.language)

    def translated(self, level: Level) -> bool:
        """True when the level is shown in the player's locale."""
        return self.language(level) == self.locale

    def level(self, level: Level, field: str) -> str:
        if field not in LEVEL_FIELDS:
            raise KeyError(f"unknown level field {field!r}")
        return self._lookup(("level", level.id, field), getattr(level, field), level.language) or ""

    def item(self, level: Level, item: Item, field: str) -> str:
        if field not in ITEM_FIELDS:
            raise KeyError(f"unknown item field {field!r}")
        return self._lookup(("item", level.id, item.id, field), getattr(item, field), level.language) or ""

    def clue(self, level: Level, item: Item, tool: str) -> str | None:
        return self._lookup(("clue", level.id, item.id, tool), item.clues.get(tool), level.language)

    def alt(self, level: Level, item: Item) -> str:
        return self._lookup(("alt", level.id, item.id), item.image.alt if item.image else None, level.language) or ""

    def technique(self, technique_id: str, field: str) -> str:
        if field not in TECHNIQUE_FIELDS:
            raise KeyError(f"unknown technique field {field!r}")
        t = self.library.technique(technique_id)
        return self._lookup(("technique", technique_id, field), t.get(field)) or technique_id

    def technique_signs(self, technique_id: str) -> list[str]:
        signs = self.library.technique(technique_id).get("signs") or []
        return [self._lookup(("technique", technique_id, "signs", str(i)), s) or s for i, s in enumerate(signs)]
