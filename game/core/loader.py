"""Load and validate content files: levels, the technique guide and the narrative catalogue.

One entry point, :func:`load_content`, serves the validator command, the content pack compiler
and the native game: it reads every file, checks it against :mod:`game.core.schema` and
:mod:`game.core.rules`, and returns what was read together with every problem found. Nothing
here raises for anything a content file contains.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .kinds import Checker, Record
from .problems import ERROR, Loc, Problem, Report
from .rules import Context, apply_rules
from .schema import CATALOGUE, LEVEL, TAXONOMY
from .yamlsafe import read_file

TECHNIQUES_FILE = "techniques.yaml"
NARRATIVES_FILE = "narratives.yaml"
SPECIAL_FILES = (TECHNIQUES_FILE, NARRATIVES_FILE)


@dataclass
class LoadedFile:
    """One content file: its checked data (None when unreadable) and its problems."""

    path: Path
    display: str
    data: dict | None
    problems: list[Problem] = field(default_factory=list)
    locs: dict = field(default_factory=dict)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def ok(self) -> bool:
        return self.data is not None and not self.errors


@dataclass
class Content:
    techniques: LoadedFile | None
    narratives: LoadedFile | None
    levels: list[LoadedFile]
    report: Report

    def technique_list(self) -> list[dict]:
        if self.techniques and self.techniques.data:
            return self.techniques.data.get("techniques", [])
        return []

    def narrative_list(self) -> list[dict]:
        if self.narratives and self.narratives.data:
            return self.narratives.data.get("narratives", [])
        return []

    def valid_levels(self) -> list[dict]:
        return [f.data for f in self.levels if f.ok]


def display_path(path: Path, base: Path | None = None) -> str:
    """A path as the trainer typed it or relative to the project, never a long absolute one."""
    try:
        return str(path.resolve().relative_to((base or Path.cwd()).resolve()))
    except ValueError:
        return str(path)


def check_file(path: Path, record: Record, display: str | None = None) -> LoadedFile:
    display = display or display_path(path)
    node, problems = read_file(path, display)
    loaded = LoadedFile(path, display, None, problems)
    if node is None:
        return loaded
    ck = Checker(display)
    ck.locs[()] = node.loc
    data = record.check(node, (), "This file", ck)
    loaded.problems.extend(ck.problems)
    loaded.data = data
    loaded.locs = ck.locs
    return loaded


def find_level_files(paths: list[Path]) -> tuple[list[Path], list[Problem]]:
    """Expand folders into level files (``*.yaml``, not the guide, catalogue or ``_`` templates)."""
    found: list[Path] = []
    problems: list[Problem] = []
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*.yaml")):
                if f.name in SPECIAL_FILES or f.name.startswith("_") or any(
                        part.startswith(".") for part in f.relative_to(p).parts):
                    continue
                found.append(f)
        elif p.is_file():
            found.append(p)
        else:
            problems.append(Problem(Loc(str(p)), ERROR, "No such file or folder.", "Check the spelling of the path."))
    return found, problems


def load_content(paths: list[Path] | None = None, techniques: Path | None = None, root: Path | None = None,
                 narratives: Path | None = None) -> Content:
    """Read and check the technique guide, the narrative catalogue and every level under ``paths``."""
    root = root or Path.cwd()
    levels_dir = root / "levels"
    paths = paths if paths else [levels_dir]
    techniques = techniques or levels_dir / TECHNIQUES_FILE
    narratives = narratives or levels_dir / NARRATIVES_FILE
    report = Report()

    guide = check_file(techniques, TAXONOMY)
    report.extend(guide.problems)
    report.files.append(guide.display)
    technique_ids = {t["id"] for t in (guide.data or {}).get("techniques", []) if "id" in t}
    _check_unique_ids(guide, "techniques", "technique", report)

    catalogue = None
    narrative_ids: set[str] | None = None
    if narratives.is_file():
        catalogue = check_file(narratives, CATALOGUE)
        report.extend(catalogue.problems)
        report.files.append(catalogue.display)
        narrative_ids = {n["id"] for n in (catalogue.data or {}).get("narratives", []) if "id" in n}
        _check_unique_ids(catalogue, "narratives", "narrative", report)

    files, missing = find_level_files(paths)
    report.extend(missing)
    levels: list[LoadedFile] = []
    first_of_id: dict[str, LoadedFile] = {}
    for f in files:
        if f.resolve() in (techniques.resolve(), narratives.resolve()):
            continue  # asked for by name; already checked above
        loaded = check_file(f, LEVEL)
        if loaded.data is not None:
            ck = Checker(loaded.display)
            ck.locs = loaded.locs
            apply_rules(loaded.data, ck, Context(technique_ids, narrative_ids, root, f.stem))
            loaded.problems.extend(ck.problems)
            level_id = loaded.data.get("id")
            if level_id in first_of_id:
                other = first_of_id[level_id]
                loaded.problems.append(Problem(ck.loc("id"), ERROR, f"Another level already has the id '{level_id}'.",
                                               f"See {other.display}; every level needs its own id."))
            elif level_id:
                first_of_id[level_id] = loaded
        report.extend(loaded.problems)
        report.files.append(loaded.display)
        levels.append(loaded)
    return Content(guide, catalogue, levels, report)


def _check_unique_ids(loaded: LoadedFile, key: str, what: str, report: Report) -> None:
    seen: set[str] = set()
    for i, entry in enumerate((loaded.data or {}).get(key, [])):
        ident = entry.get("id")
        if ident in seen:
            loc = loaded.locs.get((key, i, "id"), Loc(loaded.display))
            problem = Problem(loc, ERROR, f"Two {what}s have the id '{ident}'.", "Give each its own id.")
            loaded.problems.append(problem)
            report.problems.append(problem)
        seen.add(ident)
