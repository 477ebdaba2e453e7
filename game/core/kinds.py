"""Value kinds for the content schema: how each kind of value is checked, described and exported.

A kind turns a located YAML node into a plain Python value (or reports why it cannot), names
itself in plain words for the generated docs, and describes itself as JSON Schema for editors.
The schema itself (which fields a level has) lives in :mod:`game.core.schema`.
"""

from __future__ import annotations

import datetime as _dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from .problems import ERROR, Loc, Problem
from .nodes import Map, Node, Scalar, Seq, describe

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def did_you_mean(word: str, choices) -> str:
    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"Did you mean '{match[0]}'?" if match else ""


class Checker:
    """Collects problems and the location of every value while a file is checked."""

    def __init__(self, path: str):
        self.path = path
        self.problems: list[Problem] = []
        self.locs: dict[tuple, Loc] = {}

    def error(self, loc: Loc, message: str, hint: str = "") -> None:
        self.problems.append(Problem(loc, ERROR, message, hint))

    def warn(self, loc: Loc, message: str, hint: str = "") -> None:
        self.problems.append(Problem(loc, "warning", message, hint))

    def loc(self, *path) -> Loc:
        """The location of the value at ``path``, or of its closest known parent."""
        while path:
            if path in self.locs:
                return self.locs[path]
            path = path[:-1]
        return self.locs.get((), Loc(self.path, 1, 1))


@dataclass(frozen=True)
class Kind:
    """Base of all value kinds."""

    def words(self) -> str:  # how the docs name this kind
        raise NotImplementedError

    def json(self) -> dict:
        raise NotImplementedError

    def check(self, node: Node, path: tuple, label: str, ck: Checker) -> Any:
        raise NotImplementedError


def _need_scalar(node: Node, label: str, want: str, ck: Checker) -> Scalar | None:
    if isinstance(node, Scalar):
        return node
    ck.error(node.loc, f"'{label}' should be {want}, but here it is {describe(node)}.",
             "Write the value on the same line after the colon.")
    return None


@dataclass(frozen=True)
class Text(Kind):
    max_len: int | None = None
    pattern: str | None = None
    pattern_words: str = ""

    def words(self) -> str:
        base = self.pattern_words or "text"
        return f"{base} (at most {self.max_len} characters)" if self.max_len else base

    def json(self) -> dict:
        out: dict = {"type": "string"}
        if self.max_len:
            out["maxLength"] = self.max_len
        if self.pattern:
            out["pattern"] = self.pattern
        return out

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.pattern_words or "text", ck)
        if sc is None:
            return None
        value = sc.value.strip()
        if sc.cut_at is not None:
            ck.warn(sc.cut_at, f"'{label}' stops before this '#': in YAML, ' #' starts a comment, so the rest "
                               "of the line is not part of the text.",
                    "Put the whole value in double quotes, or write it as a block of text after '|'.")
        if not value:
            ck.error(sc.loc, f"'{label}' is empty.", "Write the text after the colon, or remove the line if it is optional.")
            return None
        if self.max_len and len(value) > self.max_len:
            ck.error(sc.loc, f"'{label}' is {len(value)} characters long; at most {self.max_len} fit on the card.",
                     f"Shorten it by {len(value) - self.max_len} characters.")
        if self.pattern and not re.fullmatch(self.pattern, value):
            ck.error(sc.loc, f"'{label}' should be {self.pattern_words}, but it is '{value[:60]}'.",
                     self.hint_for(value))
        return value

    def hint_for(self, value: str) -> str:
        return ""


@dataclass(frozen=True)
class Slug(Text):
    pattern: str = SLUG_RE.pattern
    pattern_words: str = "a short id of lowercase letters a-z, digits and '-'"

    def hint_for(self, value: str) -> str:
        fixed = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
        return f"For example '{fixed}'." if fixed else "Use lowercase letters, digits and '-' only."


@dataclass(frozen=True)
class Integer(Kind):
    lo: int
    hi: int

    def words(self) -> str:
        return f"a whole number from {self.lo} to {self.hi}"

    def json(self) -> dict:
        return {"type": "integer", "minimum": self.lo, "maximum": self.hi}

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.words(), ck)
        if sc is None:
            return None
        try:
            number = int(sc.value.strip())
        except ValueError:
            ck.error(sc.loc, f"'{label}' should be {self.words()}, but it is '{sc.value.strip()[:40]}'.",
                     f"Write a number such as {self.lo}.")
            return None
        if not self.lo <= number <= self.hi:
            ck.error(sc.loc, f"'{label}' is {number}, but it must be from {self.lo} to {self.hi}.", "")
            return None
        return number


@dataclass(frozen=True)
class Choice(Kind):
    values: tuple[str, ...]
    meaning: str = ""

    def words(self) -> str:
        return "one of " + ", ".join(f"`{v}`" for v in self.values)

    def json(self) -> dict:
        return {"type": "string", "enum": list(self.values)}

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.words().replace("`", "'"), ck)
        if sc is None:
            return None
        value = sc.value.strip()
        if value not in self.values:
            ck.error(sc.loc, f"'{label}' is '{value[:40]}', which is not allowed here.",
                     (did_you_mean(value, self.values) + " " if did_you_mean(value, self.values) else "")
                     + "Allowed: " + ", ".join(self.values) + ".")
            return None
        return value


@dataclass(frozen=True)
class IsoDate(Kind):
    def words(self) -> str:
        return "a date written year-month-day, like 2020-03-16"

    def json(self) -> dict:
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"}

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.words(), ck)
        if sc is None:
            return None
        value = sc.value.strip()
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            _dt.date.fromisoformat(value)
        except ValueError:
            ck.error(sc.loc, f"'{label}' should be a real date written year-month-day, but it is '{value[:40]}'.",
                     "For example 2020-03-16 for 16 March 2020.")
            return None
        return value


@dataclass(frozen=True)
class Period(Kind):
    def words(self) -> str:
        return "a year like 2020, or a span like 2019-2024"

    def json(self) -> dict:
        return {"type": ["integer", "string"], "pattern": r"^\d{4}(-\d{4})?$"}

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.words(), ck)
        if sc is None:
            return None
        value = sc.value.strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", value)
        if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
            ck.error(sc.loc, f"'{label}' should be {self.words()}, but it is '{value[:40]}'.",
                     "Write one year, or the first and last year joined by '-'.")
            return None
        return value


@dataclass(frozen=True)
class HttpsUrl(Kind):
    def words(self) -> str:
        return "a full web address starting with https://"

    def json(self) -> dict:
        return {"type": "string", "pattern": r"^https://[^\s/]+\.[^\s]+$", "format": "uri"}

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.words(), ck)
        if sc is None:
            return None
        value = sc.value.strip()
        if value.startswith("http://"):
            ck.error(sc.loc, f"'{label}' starts with http://; sources must use https://.",
                     "Open the page in a browser and copy the https:// address from the address bar.")
        elif not re.fullmatch(r"https://[^\s/]+\.[^\s]+", value):
            ck.error(sc.loc, f"'{label}' should be {self.words()}, but it is '{value[:60]}'.",
                     "Copy the full address of the publisher's page from your browser's address bar.")
            return None
        return value


@dataclass(frozen=True)
class Ref(Kind):
    """A reference to an id defined in another content file (a technique, a narrative)."""

    target: str  # "technique" or "narrative"

    def words(self) -> str:
        return f"a {self.target} id from levels/{self.target}s.yaml"

    def json(self) -> dict:
        return {"type": "string", "pattern": SLUG_RE.pattern}

    def check(self, node, path, label, ck):
        sc = _need_scalar(node, label, self.words(), ck)
        if sc is None:
            return None
        return sc.value.strip()


@dataclass(frozen=True)
class ListOf(Kind):
    item: Kind
    min_items: int = 0
    max_items: int | None = None
    unique: bool = False
    item_label: str = "item"

    def words(self) -> str:
        if isinstance(self.item, Record):
            inner = f"{self.item_label} sections (see below)"
        else:
            inner = self.item.words()
        span = ""
        if self.min_items and self.max_items:
            span = f" {self.min_items} to {self.max_items}"
        elif self.min_items:
            span = f" at least {self.min_items}"
        elif self.max_items:
            span = f" up to {self.max_items}"
        return f"a list of{span} {'entries' if span else ''}{': ' if span else ''}{inner}".replace("of :", "of")

    def json(self) -> dict:
        out: dict = {"type": "array", "items": self.item.json()}
        if self.min_items:
            out["minItems"] = self.min_items
        if self.max_items:
            out["maxItems"] = self.max_items
        if self.unique:
            out["uniqueItems"] = True
        return out

    def check(self, node, path, label, ck):
        if isinstance(node, Scalar) and not node.is_null and not isinstance(self.item, Record):
            # `countries: RS` is a common slip: accept one value and say how to write a list.
            ck.error(node.loc, f"'{label}' should be a list, but it is a single value.",
                     f"Write it in square brackets: {label}: [{node.value.strip()}]")
            return None
        if isinstance(node, Scalar) and node.is_null:
            values: list = []
        elif not isinstance(node, Seq):
            ck.error(node.loc, f"'{label}' should be a list, but here it is {describe(node)}.",
                     "Start each entry on its own line with '- ', or write [a, b].")
            return None
        else:
            values = []
            seen: dict = {}
            for i, child in enumerate(node.items):
                ck.locs[path + (i,)] = child.loc
                value = self.item.check(child, path + (i,), f"{label}[{i + 1}]", ck)
                if value is None:
                    continue
                if self.unique and isinstance(value, str):
                    if value in seen:
                        ck.error(child.loc, f"'{value}' is listed twice in '{label}'.", "Remove one of them.")
                        continue
                    seen[value] = i
                values.append(value)
        count = len(node.items) if isinstance(node, Seq) else 0
        if count < self.min_items:
            ck.error(node.loc, f"'{label}' needs at least {self.min_items} "
                               f"{self.item_label}{'s' if self.min_items != 1 else ''}, but it has {count}.", "")
        if self.max_items is not None and count > self.max_items:
            ck.error(node.loc, f"'{label}' may have at most {self.max_items} entries, but it has {count}.", "")
        return values


@dataclass(frozen=True)
class F:
    """One field of a record: the contract with trainers for that key."""

    name: str
    kind: Kind
    required: bool = False
    doc: str = ""
    example: str = ""
    nullable: bool = False  # `key: null` is a meaningful value (e.g. "no match in this taxonomy")


@dataclass(frozen=True)
class Record(Kind):
    name: str
    fields: tuple[F, ...]
    doc: str = ""
    extra_check: Callable | None = field(default=None, compare=False)

    def field_map(self) -> dict[str, F]:
        return {f.name: f for f in self.fields}

    def words(self) -> str:
        return f"a {self.name} section"

    def json(self) -> dict:
        props = {}
        for f in self.fields:
            schema = f.kind.json()
            if f.doc:
                schema = {**schema, "description": f.doc}
            if f.nullable:
                schema = {"anyOf": [schema, {"type": "null"}], "description": f.doc}
            props[f.name] = schema
        out = {"type": "object", "properties": props, "additionalProperties": False}
        required = [f.name for f in self.fields if f.required]
        if required:
            out["required"] = required
        if self.doc:
            out["description"] = self.doc
        return out

    def check(self, node, path, label, ck):
        if not isinstance(node, Map):
            ck.error(node.loc, f"{label} should be {self.words()} ('key: value' lines), but it is {describe(node)}.",
                     "Compare with levels/_template.yaml.")
            return None
        fields = self.field_map()
        required = [f.name for f in self.fields if f.required]
        if not path and required and not any(key in node.pairs for key in required):
            # A whole file with none of the keys: one clear message instead of a dozen "missing" ones.
            ck.error(node.loc, f"This file does not look like a {self.name}: it has none of its keys "
                               f"({', '.join(required[:4])}, ...).",
                     "Check that you picked the right file, or start from levels/_template.yaml.")
            return None
        out: dict = {}
        for key, (key_loc, child) in node.pairs.items():
            spec = fields.get(key)
            if spec is None:
                suggestion = did_you_mean(key, fields)
                ck.error(key_loc, f"Unknown key '{key}' in {self.words()}.",
                         suggestion or "Allowed keys: " + ", ".join(fields) + ".")
                continue
            ck.locs[path + (key,)] = child.loc
            if isinstance(child, Scalar) and child.is_null:
                if spec.nullable:
                    out[key] = None
                elif spec.required:
                    ck.error(child.loc, f"'{key}' is empty.", f"'{key}' must be {spec.kind.words()}.")
                elif isinstance(spec.kind, ListOf):
                    out[key] = []
                continue
            value = spec.kind.check(child, path + (key,), key, ck)
            if value is not None:
                out[key] = value
        for spec in self.fields:
            if spec.required and spec.name not in node.pairs:
                ck.error(node.loc, f"The {self.name} is missing the required key '{spec.name}'.",
                         f"Add '{spec.name}:' with {spec.kind.words()}.")
        return out
