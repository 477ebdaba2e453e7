"""The level model: plain, immutable, JSON-serialisable records the game plays.

Levels reach the model either from YAML checked by :mod:`game.core.loader` (native game,
validator) or from the compiled JSON content pack (browser); both are the same plain dicts, so
``Level.from_dict(level.to_dict()) == level`` holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    url: str
    date: str | None = None

    @classmethod
    def from_dict(cls, d: dict) -> "Source":
        return cls(d["title"], d["publisher"], d["url"], d.get("date"))


@dataclass(frozen=True)
class Image:
    file: str
    alt: str


@dataclass(frozen=True)
class Item:
    id: str
    format: str
    outlet: str
    text: str
    verdict: str
    sources: tuple[Source, ...]
    author: str | None = None
    date: str | None = None
    headline: str | None = None
    image: Image | None = None
    techniques: tuple[str, ...] = ()
    also_accept: tuple[str, ...] = ()
    explanation: str | None = None
    facts: str | None = None
    clues: dict[str, str] = field(default_factory=dict, hash=False, compare=True)
    narrative: str | None = None
    based_on: str | None = None

    @property
    def manipulative(self) -> bool:
        return self.verdict == "manipulative"

    @classmethod
    def from_dict(cls, d: dict) -> "Item":
        image = d.get("image")
        return cls(
            id=d["id"], format=d["format"], outlet=d["outlet"], text=d["text"], verdict=d["verdict"],
            sources=tuple(Source.from_dict(s) for s in d.get("sources", [])),
            author=d.get("author"), date=d.get("date"), headline=d.get("headline"),
            image=Image(image["file"], image["alt"]) if image else None,
            techniques=tuple(d.get("techniques", [])), also_accept=tuple(d.get("also_accept", [])),
            explanation=d.get("explanation"), facts=d.get("facts"), clues=dict(d.get("clues", {})),
            narrative=d.get("narrative"), based_on=d.get("based_on"))


@dataclass(frozen=True)
class Level:
    id: str
    mode: str
    language: str
    title: str
    summary: str
    countries: tuple[str, ...]
    period: str
    difficulty: int
    minutes: int
    teaches: tuple[str, ...]
    items: tuple[Item, ...]
    topics: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    reviewed_by: tuple[str, ...] = ()
    license: str = ""
    briefing: str | None = None
    format: int = 1

    @property
    def reviewed(self) -> bool:
        return bool(self.reviewed_by)

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)

    @classmethod
    def from_dict(cls, d: dict) -> "Level":
        return cls(
            id=d["id"], mode=d["mode"], language=d["language"], title=d["title"], summary=d["summary"],
            countries=tuple(d.get("countries", [])), period=str(d["period"]), difficulty=d["difficulty"],
            minutes=d["minutes"], teaches=tuple(d.get("teaches", [])),
            items=tuple(Item.from_dict(i) for i in d["items"]), topics=tuple(d.get("topics", [])),
            authors=tuple(d.get("authors", [])), reviewed_by=tuple(d.get("reviewed_by", [])),
            license=d.get("license", ""), briefing=d.get("briefing"), format=d.get("format", 1))

    def to_dict(self) -> dict:
        """A plain dict in the level format's own key names, without empty optional keys."""
        return _prune(asdict(self))


def _prune(value):
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, (), [], {})}
    if isinstance(value, (list, tuple)):
        return [_prune(v) for v in value]
    return value
