"""Located YAML nodes: what the safe reader builds and the schema checks.

Kept apart from the reader so that the schema (and everything the browser loads) works without
PyYAML installed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .problems import Loc

NULL_WORDS = frozenset({"", "~", "null", "Null", "NULL"})


@dataclass
class Node:
    loc: Loc


@dataclass
class Scalar(Node):
    value: str = ""
    plain: bool = True
    # Where ' #word' follows an unquoted value on its line: YAML reads that as a comment, so a
    # hashtag written there silently vanishes from the text (the validator warns about it).
    cut_at: Loc | None = None

    @property
    def is_null(self) -> bool:
        return self.plain and self.value in NULL_WORDS


@dataclass
class Seq(Node):
    items: list[Node] = field(default_factory=list)


@dataclass
class Map(Node):
    # key text -> (location of the key, value node); insertion order is the file's order.
    pairs: dict[str, tuple[Loc, Node]] = field(default_factory=dict)


def describe(node: Node | None) -> str:
    """Name a node's shape in words a trainer knows."""
    if node is None or (isinstance(node, Scalar) and node.is_null):
        return "nothing"
    if isinstance(node, Map):
        return "a section of 'key: value' lines"
    if isinstance(node, Seq):
        return "a list"
    return f"the text '{_short(node.value)}'"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
