"""A run: the ordered levels a player works through, and the hook for teachers' assignments.

A teacher's link becomes a :class:`Playlist` (an assignment name, level ids in order, optional
pre- and post-check form ids); the web helper parses the link, this module only needs the ids.
Without a playlist a run is the one level the player picked on the map. The run remembers each
finished level's report, so the last results screen can compare the pre- and post-check.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.core.library import Library
from game.core.model import Level


@dataclass(frozen=True)
class Playlist:
    name: str
    levels: tuple[str, ...]
    pre: str | None = None
    post: str | None = None

    @property
    def steps(self) -> tuple[str, ...]:
        return tuple(x for x in (self.pre, *self.levels, self.post) if x)

    def missing(self, library: Library) -> list[str]:
        """Ids the library does not have (the UI reports them instead of failing)."""
        return [x for x in self.steps if library.find(x) is None]

    def to_dict(self) -> dict:
        return {"name": self.name, "levels": list(self.levels), "pre": self.pre, "post": self.post}

    @classmethod
    def from_dict(cls, d: dict) -> "Playlist":
        return cls(str(d.get("name") or ""), tuple(d.get("levels") or ()), d.get("pre"), d.get("post"))

    @classmethod
    def parse(cls, spec: str, name: str = "", pre: str | None = None, post: str | None = None) -> "Playlist":
        """``"lvl-a,lvl-b"`` (as a command line or a link gives it) -> Playlist."""
        ids = tuple(x.strip() for x in spec.split(",") if x.strip())
        return cls(name, ids, pre or None, post or None)


@dataclass
class Run:
    steps: list[str]
    name: str = ""                 # the assignment name, "" for a single level
    index: int = 0
    reports: dict[str, dict] = field(default_factory=dict)
    playlist: bool = False

    @classmethod
    def single(cls, level_id: str) -> "Run":
        return cls([level_id])

    @classmethod
    def from_playlist(cls, playlist: Playlist, library: Library) -> "Run":
        return cls([x for x in playlist.steps if library.find(x) is not None], playlist.name, playlist=True)

    def level(self, library: Library) -> Level | None:
        return library.find(self.steps[self.index]) if self.index < len(self.steps) else None

    @property
    def last(self) -> bool:
        return self.index >= len(self.steps) - 1

    def finish(self, report: dict) -> None:
        self.reports[report["level"]] = report

    def advance(self) -> bool:
        """Move to the next step; False when the run is over."""
        if self.index < len(self.steps):
            self.index += 1
        return self.index < len(self.steps)

    def to_dict(self) -> dict:
        return {"steps": list(self.steps), "name": self.name, "index": self.index,
                "reports": self.reports, "playlist": self.playlist}

    @classmethod
    def from_dict(cls, d: dict) -> "Run":
        return cls(list(d["steps"]), str(d.get("name", "")), int(d.get("index", 0)),
                   dict(d.get("reports", {})), bool(d.get("playlist", False)))
