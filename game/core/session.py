"""A player's progress through one level or check form.

The session is the state the item, feedback and results scenes render. It is deterministic
given its seed (the seed picks the palette's distractor techniques and, for check forms, the
item order), serialises to plain JSON and back, and never reads a clock: the UI adds elapsed
time with :meth:`Session.add_time`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import scoring
from .model import Item, Level
from .schema import CLUE_TOOLS, VERDICTS

PALETTE_MIN = 8  # techniques offered per level: the level's own plus distractors


class AnswerError(ValueError):
    """An answer that does not fit the level (unknown item, verdict or technique)."""


@dataclass
class Session:
    level: Level
    seed: int
    order: list[str]
    palette: list[str]
    position: int = 0
    answers: list[scoring.Answer] = field(default_factory=list)
    tools_used: dict[str, list[str]] = field(default_factory=dict)
    elapsed_s: float = 0.0

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def start(cls, level: Level, seed: int = 0, technique_ids: list[str] | None = None) -> "Session":
        rng = random.Random(f"{level.id}:{seed}")
        order = [it.id for it in level.items]
        if level.mode == "check":
            rng.shuffle(order)  # counter order effects in the pre/post measurement
        return cls(level, seed, order, make_palette(level, technique_ids or [], rng))

    # -- state ------------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return self.position >= len(self.order)

    @property
    def current(self) -> Item | None:
        return None if self.done else self.level.item(self.order[self.position])

    @property
    def feedback_on(self) -> bool:
        return self.level.mode == "practice"

    def answered(self, item_id: str) -> scoring.Answer | None:
        for a in self.answers:
            if a.item_id == item_id:
                return a
        return None

    # -- actions ----------------------------------------------------------------------------
    def use_tool(self, tool: str) -> str | None:
        """Record a verification move on the current item and return what it reveals (if anything)."""
        if tool not in CLUE_TOOLS:
            raise AnswerError(f"unknown verification tool '{tool}'")
        item = self.current
        if item is None:
            return None
        used = self.tools_used.setdefault(item.id, [])
        if tool not in used:
            used.append(tool)
        return item.clues.get(tool)

    def answer(self, verdict: str, techniques: list[str] | tuple[str, ...] = ()) -> scoring.ItemResult:
        """Answer the current item; returns its score. The caller advances with :meth:`next`."""
        item = self.current
        if item is None:
            raise AnswerError("the level is finished")
        if verdict not in VERDICTS:
            raise AnswerError(f"verdict must be one of {', '.join(VERDICTS)}, not '{verdict}'")
        chosen = tuple(dict.fromkeys(techniques)) if verdict == "manipulative" else ()
        unknown = [t for t in chosen if t not in self.palette]
        if unknown:
            raise AnswerError(f"technique '{unknown[0]}' is not offered in this level")
        if self.answered(item.id):
            raise AnswerError(f"item '{item.id}' is already answered")
        answer = scoring.Answer(item.id, verdict, chosen, tuple(self.tools_used.get(item.id, ())))
        self.answers.append(answer)
        return scoring.score_item(key_of(item), answer)

    def next(self) -> None:
        if self.current is not None and self.answered(self.current.id):
            self.position += 1

    def add_time(self, seconds: float) -> None:
        self.elapsed_s += max(0.0, seconds)

    def answer_all(self, answers: list[dict]) -> None:
        """Play the level with a list of ``{"item", "verdict", "techniques"}`` answers in any order."""
        if not isinstance(answers, list):
            raise AnswerError("the answers must be a JSON list")
        by_item: dict[str, dict] = {}
        for i, a in enumerate(answers):
            if not isinstance(a, dict) or not isinstance(a.get("item"), str):
                raise AnswerError(f"answer {i + 1} needs an \"item\" id")
            if a["item"] not in self.order:
                raise AnswerError(f"answer {i + 1}: the level has no item '{a['item']}'")
            by_item[a["item"]] = a
        while not self.done:
            a = by_item.get(self.current.id)
            if a is None:
                self.position += 1  # unanswered items score nothing
                continue
            for tool in a.get("tools", []) or []:
                self.use_tool(tool)
            techniques = a.get("techniques") or []
            if not isinstance(techniques, list):
                raise AnswerError(f"answer for '{a['item']}': \"techniques\" must be a list")
            self.answer(a.get("verdict", ""), techniques)
            self.next()

    # -- results ----------------------------------------------------------------------------
    def report(self) -> dict:
        recency = 1.0 if self.level.mode == "check" else scoring.RECENCY
        out = scoring.report([key_of(it) for it in self.level.items], self.answers, recency,
                             technique_ids=self.level.teaches)
        out.update({"level": self.level.id, "mode": self.level.mode, "seed": self.seed,
                    "minutes": round(self.elapsed_s / 60, 1)})
        return out

    # -- persistence ------------------------------------------------------------------------
    def to_dict(self) -> dict:
        return {
            "level": self.level.id, "seed": self.seed, "order": list(self.order), "palette": list(self.palette),
            "position": self.position, "elapsed_s": round(self.elapsed_s, 3),
            "answers": [{"item": a.item_id, "verdict": a.verdict, "techniques": list(a.techniques),
                         "tools": list(a.tools)} for a in self.answers],
            "tools_used": {k: list(v) for k, v in self.tools_used.items()},
        }

    @classmethod
    def from_dict(cls, data: dict, level: Level) -> "Session":
        """Rebuild a saved session; raises AnswerError when it does not belong to this level."""
        try:
            if data["level"] != level.id or sorted(data["order"]) != sorted(it.id for it in level.items):
                raise AnswerError("the saved session belongs to another version of this level")
            answers = [scoring.Answer(a["item"], a["verdict"], tuple(a["techniques"]), tuple(a.get("tools", [])))
                       for a in data["answers"]]
            return cls(level, int(data["seed"]), list(data["order"]), list(data["palette"]),
                       int(data["position"]), answers, {k: list(v) for k, v in data.get("tools_used", {}).items()},
                       float(data.get("elapsed_s", 0.0)))
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, AnswerError):
                raise
            raise AnswerError(f"the saved session is damaged ({exc})") from None


def key_of(item: Item) -> scoring.ItemKey:
    return scoring.ItemKey(item.id, item.verdict, item.techniques, item.also_accept)


def make_palette(level: Level, technique_ids: list[str], rng: random.Random) -> list[str]:
    """The techniques offered: the level's own plus seeded distractors, in the guide's order."""
    own = list(dict.fromkeys(list(level.teaches) + [t for it in level.items for t in it.techniques + it.also_accept]))
    others = [t for t in technique_ids if t not in own]
    rng.shuffle(others)
    chosen = set(own) | set(others[: max(0, PALETTE_MIN - len(own))])
    order = {t: i for i, t in enumerate(technique_ids)}
    return sorted(chosen, key=lambda t: (order.get(t, len(order)), t))
