"""Rules of the level format that relate several fields or files.

Each rule carries the sentence the generated trainer documentation prints, so the docs and the
checks cannot drift apart. A rule reports through the :class:`~game.core.kinds.Checker` and never
raises; it only looks at values the schema pass accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .kinds import Checker, did_you_mean

MIN_PRACTICE_ITEMS = 6
MIN_LEGIT_SHARE = 1 / 3


@dataclass
class Context:
    """What the rules may know beyond the file itself."""

    technique_ids: set[str] = field(default_factory=set)
    narrative_ids: set[str] | None = None  # None: no catalogue, references are not checked
    root: Path = Path(".")
    file_stem: str = ""


@dataclass(frozen=True)
class Rule:
    doc: str
    check: Callable[[dict, Checker, Context], None]


LEVEL_RULES: list[Rule] = []


def rule(doc: str):
    def register(fn):
        LEVEL_RULES.append(Rule(doc, fn))
        return fn
    return register


def _items(level: dict):
    return enumerate(level.get("items", []))


@rule("`id` equals the file name without `.yaml`, and is unique across all levels.")
def _id_is_file_name(level, ck, ctx):
    if "id" in level and ctx.file_stem and level["id"] != ctx.file_stem:
        ck.error(ck.loc("id"), f"The level id '{level['id']}' does not match the file name '{ctx.file_stem}.yaml'.",
                 f"Rename the file to '{level['id']}.yaml' or set 'id: {ctx.file_stem}'.")


@rule("Item ids are unique within a level.")
def _unique_item_ids(level, ck, ctx):
    seen: dict[str, int] = {}
    for i, item in _items(level):
        if "id" not in item:
            continue
        if item["id"] in seen:
            first = ck.loc("items", seen[item["id"]], "id")
            ck.error(ck.loc("items", i, "id"), f"Two items have the id '{item['id']}'.",
                     f"The first one is at line {first.line}; give each item its own id.")
        else:
            seen[item["id"]] = i


@rule("`verdict: manipulative` needs `techniques` (at least one), `explanation` and `facts`.")
def _manipulative_needs_debunk(level, ck, ctx):
    for i, item in _items(level):
        if item.get("verdict") != "manipulative":
            continue
        if not item.get("techniques"):
            ck.error(ck.loc("items", i, "verdict"), f"Item '{item.get('id', i + 1)}' is manipulative but names no techniques.",
                     "Add 'techniques: [...]' with the key technique ids.")
        for key, why in (("facts", "what is actually true"), ("explanation", "why the item manipulates")):
            if not item.get(key):
                ck.error(ck.loc("items", i), f"Item '{item.get('id', i + 1)}' is manipulative but has no '{key}'.",
                         f"A false claim is never shown without its debunk: add '{key}:' saying {why}.")


@rule("`verdict: legitimate` has no `techniques`; it should have an `explanation` of why it is fair.")
def _legitimate_has_no_techniques(level, ck, ctx):
    for i, item in _items(level):
        if item.get("verdict") != "legitimate":
            continue
        if item.get("techniques"):
            ck.error(ck.loc("items", i, "techniques"),
                     f"Item '{item.get('id', i + 1)}' is legitimate but lists techniques.",
                     "Remove 'techniques', or change the verdict to manipulative.")
        if item.get("also_accept"):
            ck.warn(ck.loc("items", i, "also_accept"),
                    f"Item '{item.get('id', i + 1)}' is legitimate, so 'also_accept' has no effect.", "Remove it.")
        if not item.get("explanation"):
            ck.warn(ck.loc("items", i), f"Item '{item.get('id', i + 1)}' has no 'explanation'.",
                    "Say why this item is fair (named source, checkable facts): honest items are half the lesson.")


@rule("A technique is either a key (`techniques`) or acceptable (`also_accept`), not both.")
def _also_accept_disjoint(level, ck, ctx):
    for i, item in _items(level):
        both = set(item.get("techniques", [])) & set(item.get("also_accept", []))
        for tid in sorted(both):
            ck.error(ck.loc("items", i, "also_accept"), f"'{tid}' is both a key technique and in 'also_accept'.",
                     "Keep it in one of the two lists.")


@rule("Every technique id exists in `levels/techniques.yaml`.")
def _techniques_exist(level, ck, ctx):
    if not ctx.technique_ids:
        return
    places = [(("teaches",), level.get("teaches", []))]
    for i, item in _items(level):
        places.append((("items", i, "techniques"), item.get("techniques", [])))
        places.append((("items", i, "also_accept"), item.get("also_accept", [])))
    for path, ids in places:
        for j, tid in enumerate(ids):
            if tid not in ctx.technique_ids:
                ck.error(ck.loc(*path, j), f"Unknown technique '{tid}'.",
                         did_you_mean(tid, ctx.technique_ids) or "See levels/README.md for the list of techniques.")


@rule("Every `narrative` id exists in `levels/narratives.yaml`.")
def _narratives_exist(level, ck, ctx):
    if ctx.narrative_ids is None:
        return
    for i, item in _items(level):
        nid = item.get("narrative")
        if nid and nid not in ctx.narrative_ids:
            ck.error(ck.loc("items", i, "narrative"), f"Unknown narrative '{nid}'.",
                     did_you_mean(nid, ctx.narrative_ids) or "Add it to levels/narratives.yaml, or remove the line.")


@rule("Image files exist (PNG or JPEG under `assets/levels/<level-id>/`) and have alt text.")
def _images_exist(level, ck, ctx):
    for i, item in _items(level):
        image = item.get("image")
        if not image or "file" not in image:
            continue
        if not (ctx.root / image["file"]).is_file():
            ck.error(ck.loc("items", i, "image", "file"), f"The image file '{image['file']}' does not exist.",
                     "Put the picture in the project folder at that path, or fix the path.")
        elif level.get("id") and f"/{level['id']}/" not in image["file"]:
            ck.warn(ck.loc("items", i, "image", "file"), "The image is not in this level's own folder.",
                    f"Keep a level's images in assets/levels/{level['id']}/ so levels stay self-contained.")


@rule(f"A practice level has at least {MIN_PRACTICE_ITEMS} items, of which at least one third are legitimate.")
def _practice_balance(level, ck, ctx):
    if level.get("mode") != "practice" or "items" not in level:
        return
    items = level["items"]
    if len(items) < MIN_PRACTICE_ITEMS:
        ck.error(ck.loc("items"), f"A practice level needs at least {MIN_PRACTICE_ITEMS} items; this one has {len(items)}.",
                 "Add more items, half of them honest news.")
    legit = sum(1 for it in items if it.get("verdict") == "legitimate")
    if items and legit / len(items) < MIN_LEGIT_SHARE:
        ck.error(ck.loc("items"), f"Only {legit} of {len(items)} items are legitimate; at least one third must be.",
                 "Add honest items (real news that sounds alarming, official warnings, corrections) so players "
                 "learn to tell the difference, not to distrust everything.")


@rule("A check form (`mode: check`) has as many legitimate as manipulative items and no briefing.")
def _check_form_shape(level, ck, ctx):
    if level.get("mode") != "check":
        return
    items = level.get("items", [])
    manip = sum(1 for it in items if it.get("verdict") == "manipulative")
    if manip * 2 != len(items):
        ck.warn(ck.loc("items"), f"This check form has {manip} manipulative and {len(items) - manip} legitimate items.",
                "Use equal numbers so the discernment score is fair.")
    if level.get("briefing"):
        ck.warn(ck.loc("briefing"), "A check form should not have a briefing: it would teach before measuring.",
                "Remove the briefing.")


@rule("Every technique a level `teaches` appears in at least one of its items (warning).")
def _taught_techniques_used(level, ck, ctx):
    used = {t for it in level.get("items", []) for t in it.get("techniques", []) + it.get("also_accept", [])}
    for j, tid in enumerate(level.get("teaches", [])):
        if tid not in used and (not ctx.technique_ids or tid in ctx.technique_ids):
            ck.warn(ck.loc("teaches", j), f"The level teaches '{tid}' but no item uses it.",
                    "Add an item with this technique, or remove it from 'teaches'.")
    if level.get("mode") == "practice" and len(level.get("teaches", [])) > 4:
        ck.warn(ck.loc("teaches"), f"The level teaches {len(level['teaches'])} techniques; 2 to 4 are easier to learn.",
                "Split the level in two.")


@rule("A source is not listed twice for the same item (warning).")
def _no_duplicate_sources(level, ck, ctx):
    for i, item in _items(level):
        seen = set()
        for j, src in enumerate(item.get("sources", [])):
            url = src.get("url")
            if url and url in seen:
                ck.warn(ck.loc("items", i, "sources", j, "url"), "This source is listed twice.", "Remove one.")
            seen.add(url)


def apply_rules(level: dict, ck: Checker, ctx: Context) -> None:
    for r in LEVEL_RULES:
        r.check(level, ck, ctx)
