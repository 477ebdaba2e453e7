"""The one place the UI reads level text.

Level text (titles, item texts, explanations, technique names ...) is content: it lives in
``levels/`` and, once translated, in stable-id translation files - never in Python and never in
the gettext catalogue. Every scene asks a :class:`ContentText` for it by id and field, so the
translation channel plugs in here and nowhere else.

Today no level translations exist, so this is an honest *source-language reader*: it returns
the text exactly as the level file has it, and :meth:`ContentText.language` tells the UI which
language that text is in (so it can say "this level is in English" when the player picked
another interface language). A translation layer replaces :meth:`_lookup` with "translated text
for this id, else the source".
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

    # -- the lookup the translation layer will extend ------------------------------------------
    def _lookup(self, key: tuple[str, ...], source: str | None) -> str | None:
        """Text for a stable id: today always the source text (no translation files exist yet)."""
        return source

    # -- public interface -----------------------------------------------------------------------
    def language(self, level: Level) -> str:
        """The language the text of ``level`` is actually shown in."""
        return level.language

    def translated(self, level: Level) -> bool:
        """True when the level is shown in the player's locale."""
        return self.language(level) == self.locale

    def level(self, level: Level, field: str) -> str:
        if field not in LEVEL_FIELDS:
            raise KeyError(f"unknown level field {field!r}")
        return self._lookup(("level", level.id, field), getattr(level, field)) or ""

    def item(self, level: Level, item: Item, field: str) -> str:
        if field not in ITEM_FIELDS:
            raise KeyError(f"unknown item field {field!r}")
        return self._lookup(("item", level.id, item.id, field), getattr(item, field)) or ""

    def clue(self, level: Level, item: Item, tool: str) -> str | None:
        return self._lookup(("clue", level.id, item.id, tool), item.clues.get(tool))

    def alt(self, level: Level, item: Item) -> str:
        return self._lookup(("alt", level.id, item.id), item.image.alt if item.image else None) or ""

    def technique(self, technique_id: str, field: str) -> str:
        if field not in TECHNIQUE_FIELDS:
            raise KeyError(f"unknown technique field {field!r}")
        t = self.library.technique(technique_id)
        return self._lookup(("technique", technique_id, field), t.get(field)) or technique_id

    def technique_signs(self, technique_id: str) -> list[str]:
        signs = self.library.technique(technique_id).get("signs") or []
        return [self._lookup(("technique", technique_id, "signs", str(i)), s) or s for i, s in enumerate(signs)]
