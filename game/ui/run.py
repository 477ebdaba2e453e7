"""A run: the ordered levels a player works through, and the hook for teachers' assignments.

A teacher's link becomes a :class:`Playlist` (an assignment name, level ids in order, optional
pre- and post-check form ids): :func:`game.core.assignment.parse` reads the link as hostile input,
:func:`playlist_from_link` turns what it kept into ids this copy of the game has. Without a
playlist a run is the one level the player picked on the map. The run remembers each finished
level's report and phase (pre, practice, post), so the last screens can compare the pre- and
post-check and write the student's results file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.core.assignment import Notice, parse
from game.core.library import Library
from game.core.model import Level
from game.i18n import N_

NO_CHECKS = N_("This version of the game has no check forms, so the assignment starts without the check.")


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


def playlist_from_link(fragment: str | None, library: Library):
    """``(playlist or None, language or None, notices)`` for an assignment link's fragment.

    ``check=pre-post`` plays the first check form before the levels and the last one after;
    ``post-pre`` swaps the forms (half a class can take them in the other order, so a difference
    between the forms does not look like learning). Never raises: a link with nothing playable
    gives no playlist, and everything ignored comes back as a notice for the title screen.
    """
    parsed = parse(fragment if isinstance(fragment, str) else "", level_ids=[lv.id for lv in library.levels])
    a = parsed.assignment
    notices = list(parsed.notices)
    if a is None:
        return None, None, notices
    forms = [lv.id for lv in library.checks]
    pre = post = None
    if a.pre or a.post:
        if not forms:
            notices.append(Notice(NO_CHECKS, {}))
        else:
            first, last = (forms[-1], forms[0]) if a.check == "post-pre" else (forms[0], forms[-1])
            pre = first if a.pre else None
            post = last if a.post else None
    playlist = Playlist(a.name, tuple(a.levels), pre, post)
    return (playlist if playlist.steps else None), a.lang, notices


@dataclass
class Run:
    steps: list[str]
    name: str = ""                 # the assignment name, "" for a single level
    index: int = 0
    reports: dict[str, dict] = field(default_factory=dict)
    playlist: bool = False
    phases: list[str | None] = field(default_factory=list)   # per step: "pre", "post" or None
    played: list[dict] = field(default_factory=list)          # {"phase", "report"} in the order played

    @classmethod
    def single(cls, level_id: str) -> "Run":
        return cls([level_id])

    @classmethod
    def from_playlist(cls, playlist: Playlist, library: Library) -> "Run":
        steps, phases = [], []
        for phase, ids in (("pre", (playlist.pre,)), (None, playlist.levels), ("post", (playlist.post,))):
            for x in ids:
                if x and library.find(x) is not None:
                    steps.append(x)
                    phases.append(phase)
        return cls(steps, playlist.name, playlist=True, phases=phases)

    def phase(self, index: int | None = None) -> str | None:
        """"pre" / "post" for an assignment's check forms, None for practice and single levels."""
        index = self.index if index is None else index
        return self.phases[index] if 0 <= index < len(self.phases) else None

    def level(self, library: Library) -> Level | None:
        return library.find(self.steps[self.index]) if self.index < len(self.steps) else None

    @property
    def last(self) -> bool:
        return self.index >= len(self.steps) - 1

    def finish(self, report: dict) -> None:
        self.reports[report["level"]] = report
        self.played.append({"phase": self.phase(), "report": report})

    def advance(self) -> bool:
        """Move to the next step; False when the run is over."""
        if self.index < len(self.steps):
            self.index += 1
        return self.index < len(self.steps)

    def to_dict(self) -> dict:
        return {"steps": list(self.steps), "name": self.name, "index": self.index,
                "reports": self.reports, "playlist": self.playlist, "phases": list(self.phases),
                "played": list(self.played)}

    @classmethod
    def from_dict(cls, d: dict) -> "Run":
        phases = [p if p in ("pre", "post") else None for p in (d.get("phases") or [])]
        played = [p for p in (d.get("played") or []) if isinstance(p, dict) and isinstance(p.get("report"), dict)]
        return cls(list(d["steps"]), str(d.get("name", "")), int(d.get("index", 0)),
                   dict(d.get("reports", {})), bool(d.get("playlist", False)), phases, played)
