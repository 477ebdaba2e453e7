"""Measure a content set against the balance the game promises teachers.

The report counts levels per country, items, the share of honest items, how often each
technique is a key technique, sources and verification clues per item, and text lengths, so
that a test (and a trainer) can see at a glance whether the set teaches discernment across the
whole region rather than suspicion of one topic or one side.
"""

from __future__ import annotations

from collections import Counter
from .library import Library
from .model import Level
from .schema import REGION


def mean(values) -> float:
    values = list(values)
    return sum(values) / len(values)


REGION_WIDE = "region"


def centre(level: Level) -> str:
    """The country a level is centred on: its first country, or 'region' for [] or four and more."""
    if not level.countries or len(level.countries) >= 4:
        return REGION_WIDE
    return level.countries[0]


def _level_row(level: Level) -> dict:
    items = level.items
    manip = [it for it in items if it.manipulative]
    legit = [it for it in items if not it.manipulative]
    return {
        "id": level.id, "mode": level.mode, "centre": centre(level), "countries": list(level.countries),
        "difficulty": level.difficulty, "minutes": level.minutes, "items": len(items),
        "manipulative": len(manip), "legitimate": len(legit),
        "legitimate_share": round(len(legit) / len(items), 3) if items else 0.0,
        "teaches": list(level.teaches),
        "clues_manipulative": sum(1 for it in manip if it.clues),
        "clues_legitimate": sum(1 for it in legit if it.clues),
        "max_text": max((len(it.text) for it in items), default=0),
        "mean_text": round(mean(len(it.text) for it in items), 1) if items else 0.0,
        "reviewed": level.reviewed,
    }


def build(library: Library) -> dict:
    practice = library.levels
    rows = [_level_row(lv) for lv in practice]
    items = [it for lv in practice for it in lv.items]
    manip = [it for it in items if it.manipulative]
    legit = [it for it in items if not it.manipulative]
    per_country = Counter(r["centre"] for r in rows)
    technique_items = Counter(t for it in items for t in it.techniques)
    sources = [len(it.sources) for it in items]
    narratives = Counter(it.narrative for it in items if it.narrative)
    return {
        "levels": len(practice),
        "levels_per_country": {c: per_country.get(c, 0) for c in (*REGION, REGION_WIDE)},
        "items": len(items),
        "manipulative": len(manip),
        "legitimate": len(legit),
        "legitimate_share": round(len(legit) / len(items), 3) if items else 0.0,
        "technique_items": {t: technique_items.get(t, 0) for t in library.technique_ids()},
        "sources_per_item": {"min": min(sources, default=0), "mean": round(mean(sources), 2) if sources else 0.0},
        "clues": {"manipulative": round(sum(1 for it in manip if it.clues) / len(manip), 3) if manip else 0.0,
                  "legitimate": round(sum(1 for it in legit if it.clues) / len(legit), 3) if legit else 0.0},
        "text_length": {"max": max((len(it.text) for it in items), default=0),
                        "mean": round(mean(len(it.text) for it in items), 1) if items else 0.0},
        "difficulties": sorted({r["difficulty"] for r in rows}),
        "narratives_used": len(narratives),
        "reviewed_levels": sum(1 for r in rows if r["reviewed"]),
        "checks": [_level_row(lv) for lv in library.checks],
        "per_level": rows,
        "broken": [b.file for b in library.broken],
    }


def format_text(report: dict) -> str:
    """The report as a short plain-text page for trainers."""
    lines = [f"Practice levels: {report['levels']}   items: {report['items']} "
             f"({report['manipulative']} manipulative, {report['legitimate']} legitimate, "
             f"{report['legitimate_share']:.0%} legitimate)",
             "Levels per country: " + ", ".join(f"{c} {n}" for c, n in report["levels_per_country"].items()),
             f"Difficulties used: {', '.join(map(str, report['difficulties']))}",
             f"Sources per item: at least {report['sources_per_item']['min']}, "
             f"{report['sources_per_item']['mean']} on average",
             f"Items with verification clues: {report['clues']['manipulative']:.0%} of manipulative, "
             f"{report['clues']['legitimate']:.0%} of legitimate",
             f"Text length: up to {report['text_length']['max']} characters, "
             f"{report['text_length']['mean']} on average",
             f"Reviewed by a regional expert: {report['reviewed_levels']} of {report['levels']} levels",
             "", "Items per technique (as a key technique):"]
    lines += [f"  {t:<20} {n}" for t, n in report["technique_items"].items()]
    lines += ["", f"{'level':<34} {'centre':<7} {'diff':>4} {'min':>4} {'items':>5} {'legit':>6} {'clues':>6}"]
    for r in report["per_level"] + report["checks"]:
        lines.append(f"{r['id']:<34} {r['centre']:<7} {r['difficulty']:>4} {r['minutes']:>4} {r['items']:>5} "
                     f"{r['legitimate_share']:>6.0%} {r['clues_manipulative'] + r['clues_legitimate']:>6}")
    if report["broken"]:
        lines += ["", "Levels with errors (run python -m game validate): " + ", ".join(report["broken"])]
    return "\n".join(lines)
