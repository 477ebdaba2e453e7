"""Scoring that rewards discernment, not cynicism.

Formulas follow the project's scoring research note (section 6):

* Item points: 100 for the right call, plus 100 x Jaccard(player's techniques, key techniques)
  when the call is right; techniques in ``also_accept`` are neither rewarded nor punished, and a
  right "legitimate" call is a perfect "no tricks" tag set (200 in all). A wrong call earns 0,
  so flagging everything never pays.
* Session sensitivity d' and bias c from signal detection theory with the log-linear (Hautus)
  correction applied to every player; "spot-the-difference" = 100 x Phi(d'/sqrt 2).
  The signal is a manipulative item, so c > 0 means trusting and c < 0 suspicious.
* Per technique: spotted / missed / wrongly tagged, precision, recall, and 0-3 stars from
  recency-weighted (lambda = 0.9 per encounter) spot rate and tag precision.

Everything here is pure arithmetic over plain values; nothing reads a clock or a random source.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable, Sequence

from . import normal

VERDICT_POINTS = 100
TECHNIQUE_POINTS = 100
ITEM_MAX = VERDICT_POINTS + TECHNIQUE_POINTS
RECENCY = 0.9          # weight per encounter back in time (research note, section 6.3)
MIN_PER_CLASS = 8      # fewer manipulative or legitimate items than this: "still measuring"

LEANS = ("very-trusting", "leans-trusting", "balanced", "leans-suspicious", "very-suspicious")


@dataclass(frozen=True)
class Answer:
    """A player's answer to one item."""

    item_id: str
    verdict: str                      # "manipulative" | "legitimate"
    techniques: tuple[str, ...] = ()  # empty when the verdict is "legitimate"
    tools: tuple[str, ...] = ()       # verification tools used before answering


@dataclass(frozen=True)
class ItemKey:
    """The answer key of one item: what scoring needs and nothing else."""

    item_id: str
    verdict: str
    techniques: tuple[str, ...] = ()
    also_accept: tuple[str, ...] = ()


def jaccard(chosen: Iterable[str], key: Iterable[str], also_accept: Iterable[str] = ()) -> float:
    """Overlap of the chosen and key technique sets, ignoring ``also_accept``; 1.0 when both are empty."""
    chosen_set = set(chosen) - set(also_accept)
    key_set = set(key)
    union = chosen_set | key_set
    if not union:
        return 1.0
    return len(chosen_set & key_set) / len(union)


@dataclass(frozen=True)
class ItemResult:
    item_id: str
    verdict_correct: bool
    techniques_jaccard: float
    points: int

    def to_dict(self) -> dict:
        return {"id": self.item_id, "verdict_correct": self.verdict_correct,
                "techniques_jaccard": round(self.techniques_jaccard, 4), "points": self.points}


def score_item(key: ItemKey, answer: Answer) -> ItemResult:
    chosen = answer.techniques if answer.verdict == "manipulative" else ()
    correct = answer.verdict == key.verdict
    j = jaccard(chosen, key.techniques if key.verdict == "manipulative" else (), key.also_accept)
    points = VERDICT_POINTS + round(TECHNIQUE_POINTS * j) if correct else 0
    return ItemResult(key.item_id, correct, j, points)


def z(p: float) -> float:
    return normal.inv_cdf(p)


def phi(x: float) -> float:
    return normal.cdf(x)


@dataclass(frozen=True)
class Discernment:
    hits: int
    misses: int
    false_alarms: int
    correct_rejections: int

    @property
    def manipulative(self) -> int:
        return self.hits + self.misses

    @property
    def legitimate(self) -> int:
        return self.false_alarms + self.correct_rejections

    @property
    def hit_rate(self) -> float:
        """Log-linear corrected H* = (hits + 0.5) / (manipulative + 1)."""
        return (self.hits + 0.5) / (self.manipulative + 1)

    @property
    def false_alarm_rate(self) -> float:
        """Log-linear corrected F* = (false alarms + 0.5) / (legitimate + 1)."""
        return (self.false_alarms + 0.5) / (self.legitimate + 1)

    @property
    def d_prime(self) -> float:
        return z(self.hit_rate) - z(self.false_alarm_rate)

    @property
    def bias_c(self) -> float:
        return -0.5 * (z(self.hit_rate) + z(self.false_alarm_rate))

    @property
    def discernment_score(self) -> float:
        """Spot-the-difference: how often of 100 side-by-side pairs the player picks the manipulative one."""
        return 100 * phi(self.d_prime / math.sqrt(2))

    @property
    def measuring(self) -> bool:
        """True while there are too few items of either kind for d' and c to mean much."""
        return self.manipulative < MIN_PER_CLASS or self.legitimate < MIN_PER_CLASS


def lean(bias_c: float) -> str:
    """Plain-language lean from c (research note 6.4): c > 0 trusting, c < 0 suspicious."""
    size = abs(bias_c)
    if size < 0.2:
        return "balanced"
    direction = "trusting" if bias_c > 0 else "suspicious"
    return f"{'leans' if size < 0.5 else 'very'}-{direction}"


def discernment(keys: Sequence[ItemKey], answers: Sequence[Answer]) -> Discernment:
    by_id = {k.item_id: k for k in keys}
    hits = misses = fas = crs = 0
    for a in answers:
        key = by_id[a.item_id]
        said_manipulative = a.verdict == "manipulative"
        if key.verdict == "manipulative":
            hits += said_manipulative
            misses += not said_manipulative
        else:
            fas += said_manipulative
            crs += not said_manipulative
    return Discernment(hits, misses, fas, crs)


@dataclass
class TechniqueTally:
    spotted: int = 0
    missed: int = 0
    false_tags: int = 0
    present_weight: float = 0.0   # n+ (recency-weighted opportunities where the technique is key)
    spotted_weight: float = 0.0   # h
    false_weight: float = 0.0     # f
    last_present_spotted: bool = False

    @property
    def precision(self) -> float | None:
        tagged = self.spotted + self.false_tags
        return self.spotted / tagged if tagged else None

    @property
    def recall(self) -> float | None:
        present = self.spotted + self.missed
        return self.spotted / present if present else None

    @property
    def spot_rate(self) -> float:
        """S = (h + 1) / (n+ + 2), a Beta(1, 1) posterior mean."""
        return (self.spotted_weight + 1) / (self.present_weight + 2)

    @property
    def tag_precision(self) -> float:
        """R = (h + 1) / (h + f + 2)."""
        return (self.spotted_weight + 1) / (self.spotted_weight + self.false_weight + 2)

    @property
    def stars(self) -> int:
        """0-3 stars. Thresholds are the research note's, scaled to the 3-5 encounters one level gives."""
        present = self.spotted + self.missed
        s, r = self.spot_rate, self.tag_precision
        if present >= 4 and s >= 0.8 and r >= 0.8 and self.last_present_spotted:
            return 3
        if present >= 3 and s >= 0.7 and r >= 0.7:
            return 2
        if present >= 2 and s >= 0.5:
            return 1
        return 0

    def to_dict(self) -> dict:
        rnd = lambda v: None if v is None else round(v, 4)  # noqa: E731
        return {"spotted": self.spotted, "missed": self.missed, "false_tags": self.false_tags,
                "precision": rnd(self.precision), "recall": rnd(self.recall), "stars": self.stars}


def technique_tallies(keys: Sequence[ItemKey], answers: Sequence[Answer], recency: float = RECENCY,
                      technique_ids: Iterable[str] = ()) -> dict[str, TechniqueTally]:
    """Per-technique counts over answers in the order given (oldest first)."""
    by_id = {k.item_id: k for k in keys}
    seen = list(dict.fromkeys(list(technique_ids)
                              + [t for k in keys for t in k.techniques]
                              + [t for a in answers for t in a.techniques]))
    tallies = {t: TechniqueTally() for t in seen}
    present_age = {t: 0 for t in seen}
    absent_age = {t: 0 for t in seen}
    for a in reversed(answers):  # newest first, so the age of an encounter counts up
        key = by_id[a.item_id]
        chosen = set(a.techniques) if a.verdict == "manipulative" else set()
        for t in seen:
            tally = tallies[t]
            if t in key.techniques:
                w = recency ** present_age[t]
                if present_age[t] == 0:
                    tally.last_present_spotted = t in chosen
                present_age[t] += 1
                tally.present_weight += w
                if t in chosen:
                    tally.spotted += 1
                    tally.spotted_weight += w
                else:
                    tally.missed += 1
            elif t not in key.also_accept:
                w = recency ** absent_age[t]
                absent_age[t] += 1
                if t in chosen:
                    tally.false_tags += 1
                    tally.false_weight += w
    return tallies


def report(keys: Sequence[ItemKey], answers: Sequence[Answer], recency: float = RECENCY,
           technique_ids: Iterable[str] = ()) -> dict:
    """The results report: a plain, JSON-ready dict with stable keys (see the foundation issue)."""
    by_id = {k.item_id: k for k in keys}
    results = [score_item(by_id[a.item_id], a) for a in answers]
    disc = discernment(keys, answers)
    tallies = technique_tallies(keys, answers, recency, technique_ids)
    said_legit = sum(1 for a in answers if a.verdict == "legitimate")
    said_manip = len(answers) - said_legit
    tools: dict[str, int] = {}
    for a in answers:
        for tool in a.tools:
            tools[tool] = tools.get(tool, 0) + 1
    return {
        "score": sum(r.points for r in results),
        "max_score": ITEM_MAX * len(keys),
        "answered": len(answers),
        "total_items": len(keys),
        "hits": disc.hits,
        "misses": disc.misses,
        "false_alarms": disc.false_alarms,
        "correct_rejections": disc.correct_rejections,
        "d_prime": round(disc.d_prime, 4),
        "bias_c": round(disc.bias_c, 4),
        "discernment_score": round(disc.discernment_score, 1),
        "lean": lean(disc.bias_c),
        "measuring": disc.measuring,
        # MIST-style one-sided counts: more "legitimate" / "manipulative" calls than there were.
        "naivety": max(0, said_legit - disc.legitimate),
        "distrust": max(0, said_manip - disc.manipulative),
        "verification": {"items_checked": sum(1 for a in answers if a.tools), "tools": tools},
        "techniques": {t: tally.to_dict() for t, tally in tallies.items()},
        "items": [r.to_dict() for r in results],
    }
