"""Problems found in content files, and where they are.

Every check in the core reports a :class:`Problem` instead of raising, so that a trainer sees
all of them at once, each pointing at a file, line and column, in plain words with a hint.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True, order=True)
class Loc:
    """A place in a content file; line and column count from 1 (as editors show them)."""

    file: str
    line: int = 0
    col: int = 0

    def __str__(self) -> str:
        if self.line <= 0:
            return self.file
        return f"{self.file}:{self.line}:{self.col}"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a content file, in words a non-programmer understands."""

    loc: Loc
    severity: str
    message: str
    hint: str = ""

    def format(self) -> str:
        text = f"{self.loc}: {self.severity}: {self.message}"
        if self.hint:
            text += f"\n    hint: {self.hint}"
        return text

    def to_dict(self) -> dict:
        return {
            "file": self.loc.file,
            "line": self.loc.line,
            "col": self.loc.col,
            "severity": self.severity,
            "message": self.message,
            "hint": self.hint,
        }


@dataclass
class Report:
    """All problems of one validation run, in file and line order."""

    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def add(self, loc: Loc, message: str, hint: str = "", severity: str = ERROR) -> None:
        self.problems.append(Problem(loc, severity, message, hint))

    def extend(self, problems: Iterable[Problem]) -> None:
        self.problems.extend(problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == WARNING]

    def sorted(self) -> list[Problem]:
        return sorted(self.problems, key=lambda p: (p.loc, p.severity, p.message))

    def ok(self, strict: bool = False) -> bool:
        return not self.errors and not (strict and self.warnings)


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
