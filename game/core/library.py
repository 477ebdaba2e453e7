"""The game's content library, and the JSON content pack the browser build plays from.

Natively the library is read from ``levels/`` (YAML, checked by the loader); the web build
compiles the same library into one JSON pack at build time, because the browser runtime has no
YAML parser. Levels that fail validation stay in the library as *broken* entries with their
first error in plain words, so the map can show an error card instead of crashing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .model import Level

PACK_FORMAT = 1


@dataclass(frozen=True)
class BrokenLevel:
    """A level file that cannot be played, and why (first error first)."""

    file: str
    problems: tuple[str, ...]

    @property
    def first(self) -> str:
        return self.problems[0] if self.problems else "This level cannot be read."


@dataclass
class Library:
    levels: list[Level] = field(default_factory=list)
    checks: list[Level] = field(default_factory=list)
    broken: list[BrokenLevel] = field(default_factory=list)
    techniques: list[dict] = field(default_factory=list)
    narratives: list[dict] = field(default_factory=list)
    # Where level-text translations come from: the pack's compiled JSON (browser, packaged game)
    # or the PO files under locales/ (native). Neither: the game shows the source text.
    translations: dict | None = None
    locales_dir: Path | None = None

    def content_catalog(self, locale: str):
        """The level-text translations for ``locale`` (see :mod:`game.core.translations`)."""
        from .translations import ContentCatalog

        if self.translations is not None:
            return ContentCatalog.from_pack(self.translations, locale)
        if self.locales_dir is not None and self.locales_dir.is_dir():
            return ContentCatalog.from_folder(self.locales_dir, locale)
        return ContentCatalog(locale, {})

    def technique_ids(self) -> list[str]:
        return [t["id"] for t in self.techniques]

    def technique(self, technique_id: str) -> dict:
        for t in self.techniques:
            if t["id"] == technique_id:
                return t
        return {"id": technique_id, "name": technique_id, "short": "", "signs": [], "example": ""}

    def narrative(self, narrative_id: str | None) -> dict | None:
        return next((n for n in self.narratives if n["id"] == narrative_id), None)

    def find(self, level_id: str) -> Level | None:
        return next((lv for lv in self.levels + self.checks if lv.id == level_id), None)

    # -- native: from YAML -----------------------------------------------------------------------
    @classmethod
    def from_folder(cls, root: Path, paths: list[Path] | None = None) -> "Library":
        """Read ``root/levels`` (or the given level files) with the validator; never raises for content."""
        from .loader import load_content  # imports PyYAML: native only

        content = load_content(paths, root=root)
        lib = cls(techniques=content.technique_list(), narratives=content.narrative_list(),
                  locales_dir=root / "locales")
        for loaded in content.levels:
            if loaded.ok:
                level = Level.from_dict(loaded.data)
                (lib.checks if level.mode == "check" else lib.levels).append(level)
            else:
                lib.broken.append(BrokenLevel(loaded.display, tuple(
                    f"{p.loc}: {p.message}" for p in sorted(loaded.errors, key=lambda p: p.loc))))
        return lib

    # -- browser: the compiled pack --------------------------------------------------------------
    def to_pack(self) -> dict:
        """Levels, guide and catalogue as JSON; the web build adds the compiled ``translations``."""
        return {
            "pack_format": PACK_FORMAT,
            "levels": [lv.to_dict() for lv in self.levels],
            "checks": [lv.to_dict() for lv in self.checks],
            "techniques": self.techniques,
            "narratives": self.narratives,
        }

    @classmethod
    def from_pack(cls, pack: dict) -> "Library":
        if pack.get("pack_format") != PACK_FORMAT:
            raise ValueError(f"content pack format {pack.get('pack_format')!r} is not {PACK_FORMAT}")
        return cls(levels=[Level.from_dict(d) for d in pack["levels"]],
                   checks=[Level.from_dict(d) for d in pack["checks"]],
                   techniques=list(pack["techniques"]), narratives=list(pack["narratives"]),
                   translations=pack.get("translations"))

    @classmethod
    def load_pack(cls, path: Path) -> "Library":
        return cls.from_pack(json.loads(Path(path).read_text(encoding="utf-8")))
