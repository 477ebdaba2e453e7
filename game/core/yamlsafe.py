"""Read a trainer's YAML file into a tree of located nodes, safely.

Only a small, predictable subset of YAML is accepted: UTF-8 text, one document, no anchors,
aliases, merge keys, tags or duplicate keys. Every scalar stays *text* (an unquoted ``title: NO``
is the string "NO"); the schema decides what a value means. The tree is built from parser
events without recursion and with limits on size, depth and node count, so a hostile file
(huge, deeply nested, an alias bomb, a python tag) is refused quickly in bounded memory.

This is the only core module that imports PyYAML; the browser build never loads it.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from .nodes import Map, Node, Scalar, Seq
from .problems import ERROR, Loc, Problem

MAX_BYTES = 512 * 1024
MAX_DEPTH = 40
MAX_NODES = 50_000

try:  # libyaml is much faster; the pure-Python parser gives the same events.
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


# Parser messages translated into plain words: (fragment of PyYAML's text, message, hint).
_FRIENDLY = [
    ("'\\t'", "A tab character is used here; YAML files must be indented with spaces.",
     "Replace the tab with spaces (two spaces per level). Most editors can show tabs."),
    ("mapping values are not allowed", "A ': ' (colon and space) appears inside a value that is not in quotes.",
     "Put the whole value in double quotes, or write it as a block of text after '|'."),
    ("could not find expected ':'", "This line should be 'key: value' but the colon is missing.",
     "Add ': ' after the key, or indent the line if it continues the text above."),
    ("did not find expected key", "The indentation here does not line up with the lines above.",
     "Keys of the same section must start in the same column; check the spaces at the start of the line."),
    ("expected <block end>", "The indentation here does not line up with the lines above.",
     "Keys of the same section must start in the same column; check the spaces at the start of the line."),
    ("did not find expected '-' indicator", "A list item here is not indented like the others.",
     "Start every item of the list with '- ' in the same column."),
    ("found unexpected end of stream", "The file ends in the middle of a value (a quote or bracket is never closed).",
     "Look for a \" or ' or [ or { that is opened but not closed."),
    ("found unknown escape character", "A backslash in double quotes starts an unknown escape.",
     "Use single quotes for text with backslashes, or write \\\\ for one backslash."),
    ("that cannot start any token", "A value starts with a character YAML reserves (such as @ or `).",
     "Put the value in double quotes, for example \"@handle\"."),
    ("characters are not allowed", "The file contains an invisible control character.",
     "Delete the character at this place; it may come from copying text out of a PDF or a chat app."),
    ("did not find expected node content", "A value is missing or starts with a character YAML reserves.",
     "Put the value in double quotes."),
    ("while scanning a simple key", "This line should be 'key: value' but the colon is missing.",
     "Add ': ' after the key, or indent the line if it continues the text above."),
    ("found a tab character", "A tab character is used here; YAML files must be indented with spaces.",
     "Replace the tab with spaces (two spaces per level)."),
    ("maximum nesting depth", f"The file nests lists or sections deeper than {MAX_DEPTH} levels.",
     "A level needs only a few levels of indentation; this file is probably not a level."),
]


def _friendly(exc: yaml.YAMLError, path: str, text: str) -> Problem:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if mark is not None:
        loc = Loc(path, mark.line + 1, mark.column + 1)
    elif isinstance(getattr(exc, "position", None), int):  # ReaderError: a character offset
        before = text[: exc.position]
        loc = Loc(path, before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1)
    else:
        loc = Loc(path, 1, 1)
    raw = f"{getattr(exc, 'context', '') or ''} {getattr(exc, 'problem', '') or ''} {exc}"
    for fragment, message, hint in _FRIENDLY:
        if fragment in raw:
            return Problem(loc, ERROR, message, hint)
    problem = getattr(exc, "problem", None) or "unreadable YAML"
    return Problem(loc, ERROR, f"The YAML here cannot be read ({problem}).",
                   "Compare this line with the template levels/_template.yaml.")


def decode(data: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Turn a file's bytes into text, or explain why they are not a readable level file."""
    if not data.strip():
        return None, [Problem(Loc(path, 1, 1), ERROR, "The file is empty.",
                              "Copy levels/_template.yaml to start a level.")]
    if b"\x00" in data[:8192] or b"\x00" in data:
        return None, [Problem(Loc(path, 1, 1), ERROR,
                              "This is not a text file (it contains binary data).",
                              "Levels are plain text files ending in .yaml; check that you picked the right file.")]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before) - (before.rfind(b"\n") + 1) + 1
        return None, [Problem(Loc(path, line, col), ERROR,
                              "The file is not saved as UTF-8 text; a character here cannot be read.",
                              "Save the file as UTF-8 in your editor (in Notepad: Save as, Encoding: UTF-8).")]


_HASHTAG = re.compile(r"[ \t]+#\S")


def _hashtag_after(event, lines: list[str], path: str) -> Loc | None:
    """Where a ' #word' comment follows a plain value on its line (a hashtag YAML swallowed)."""
    mark = event.end_mark
    if mark is None or mark.line >= len(lines):
        return None
    m = _HASHTAG.match(lines[mark.line], mark.column)
    return Loc(path, mark.line + 1, m.end() - 1) if m else None  # the column of the "#"


def parse_text(text: str, path: str) -> tuple[Node | None, list[Problem]]:
    """Build the located tree for one YAML document, collecting every structural problem."""
    problems: list[Problem] = []
    lines = text.split("\n")
    stack: list[tuple[Node, str | None, Loc | None]] = []  # (container, pending key, key loc)
    root: Node | None = None
    documents = 0
    nodes = 0

    def loc_of(event) -> Loc:
        return Loc(path, event.start_mark.line + 1, event.start_mark.column + 1)

    def attach(node: Node) -> bool:
        """Put a finished node into its parent; return False when the parse must stop."""
        nonlocal root
        if not stack:
            root = node
            return True
        parent, key, key_loc = stack[-1]
        if isinstance(parent, Seq):
            parent.items.append(node)
            return True
        assert isinstance(parent, Map)
        if key is None:  # this node is a key
            if not isinstance(node, Scalar):
                problems.append(Problem(node.loc, ERROR, "A key must be a plain word, not a list or a section.",
                                        "Write keys as simple words such as 'title:'."))
                stack[-1] = (parent, "\0invalid", node.loc)
                return True
            stack[-1] = (parent, node.value, node.loc)
            return True
        if key == "<<":
            problems.append(Problem(key_loc, ERROR, "Merge keys ('<<') are not allowed in levels.",
                                    "Write the fields out in full; each item should be readable on its own."))
        elif key == "\0invalid":
            pass
        elif key in parent.pairs:
            first = parent.pairs[key][0]
            problems.append(Problem(key_loc, ERROR, f"The key '{key}' appears twice in this section.",
                                    f"It was already given at line {first.line}; keep one of them."))
        else:
            parent.pairs[key] = (key_loc, node)
        stack[-1] = (parent, None, None)
        return True

    def check_extras(event) -> None:
        if getattr(event, "anchor", None):
            problems.append(Problem(loc_of(event), ERROR,
                                    f"Anchors ('&{event.anchor}') are not allowed in levels.",
                                    "Write the value out in full; if the text starts with &, put it in quotes."))
        if getattr(event, "tag", None):
            problems.append(Problem(loc_of(event), ERROR, f"Tags ('{event.tag}') are not allowed in levels.",
                                    "Remove the '!...' part; if the text starts with !, put it in quotes."))

    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    problems.append(Problem(loc_of(event), ERROR, "The file holds more than one YAML document ('---').",
                                            "Put each level in its own file."))
                    break
            elif isinstance(event, yaml.AliasEvent):
                problems.append(Problem(loc_of(event), ERROR, f"Aliases ('*{event.anchor}') are not allowed in levels.",
                                        "Write the value out in full; if the text starts with *, put it in quotes."))
                attach(Scalar(loc_of(event), "", True))
            elif isinstance(event, yaml.ScalarEvent):
                check_extras(event)
                nodes += 1
                plain = event.style in (None, "")
                attach(Scalar(loc_of(event), event.value, plain, _hashtag_after(event, lines, path) if plain else None))
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                check_extras(event)
                nodes += 1
                if len(stack) >= MAX_DEPTH:
                    problems.append(Problem(loc_of(event), ERROR,
                                            f"The file nests lists or sections deeper than {MAX_DEPTH} levels.",
                                            "A level needs only a few levels of indentation; this file is probably not a level."))
                    return None, problems
                container = Seq(loc_of(event)) if isinstance(event, yaml.SequenceStartEvent) else Map(loc_of(event))
                stack.append((container, None, None))
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                container, _, _ = stack.pop()
                attach(container)
            if nodes > MAX_NODES:
                problems.append(Problem(Loc(path, 1, 1), ERROR, f"The file has more than {MAX_NODES} values.",
                                        "A level has a few hundred values at most; this file is probably not a level."))
                return None, problems
    except yaml.YAMLError as exc:
        problems.append(_friendly(exc, path, text))
        return None, problems
    except RecursionError:  # pragma: no cover - the event loop above does not recurse
        problems.append(Problem(Loc(path, 1, 1), ERROR, "The file is nested too deeply to read.", ""))
        return None, problems
    if root is None or (isinstance(root, Scalar) and root.is_null):
        problems.append(Problem(Loc(path, 1, 1), ERROR, "The file is empty (it has only comments or blank lines).",
                                "Copy levels/_template.yaml to start a level."))
        return None, problems
    return root, problems


def read_file(path: Path | str, display: str | None = None) -> tuple[Node | None, list[Problem]]:
    """Read and parse one file, never raising for anything the file itself contains."""
    name = display or str(path)
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            return None, [Problem(Loc(name, 1, 1), ERROR,
                                  f"The file is too large ({size / 1024 / 1024:.1f} MB); a level file must be under "
                                  f"{MAX_BYTES // 1024} KB.",
                                  "Split the content into several levels, or check that you picked the right file.")]
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        return None, [Problem(Loc(name), ERROR, f"The file cannot be opened ({exc.strerror or 'unknown reason'}).",
                              "Check the file name and that you may read it.")]
    text, problems = decode(data, name)
    if text is None:
        return None, problems
    return parse_text(text, name)
