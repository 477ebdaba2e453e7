"""How far each locale is translated: UI strings, level text, stale entries, reviewed or not.

A string counts as translated for a locale when the locale's own file, or a file along its
declared fallback chain before the source language (``cnr`` -> ``bs`` -> ``hr``), has a usable
translation of the *current* source. So Croatian and Montenegrin, whose files hold only the
words that differ from Bosnian, are complete when Bosnian is. A stale entry has a translation
whose source changed since (fuzzy, or its msgid no longer matches the level file): the game
shows the source instead until it is redone. Reviewed/unreviewed count translated strings by the
``X-Lupa-Reviewed`` header of the file that supplies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import po
from .locales import FALLBACKS, GENERATED, LOCALES, SOURCE_LOCALE
from .translations import REVIEWED, SourceFile, same_text


@dataclass
class Count:
    done: int = 0
    total: int = 0
    reviewed: int = 0
    unreviewed: int = 0
    missing: list[str] = field(default_factory=list)

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else round(100.0 * self.done / self.total, 1)

    def add(self, supplier: po.Catalog | None, label: str) -> None:
        """Count one string; ``supplier`` is the catalogue that translates it (None: untranslated)."""
        self.total += 1
        if supplier is None:
            self.missing.append(label)
            return
        self.done += 1
        if supplier.header.get(REVIEWED, "no").lower() == "yes":
            self.reviewed += 1
        else:
            self.unreviewed += 1


def coverage_chain(locale: str) -> list[str]:
    return [locale, *FALLBACKS.get(locale, ())]


def _is_reviewed(cat: po.Catalog) -> bool:
    return cat.header.get(REVIEWED, "no").lower() == "yes"


def build(pot: po.Catalog | None, ui: dict[str, po.Catalog], sources: list[SourceFile],
          content: dict[str, dict[str, po.Catalog]]) -> dict:
    """The report from already-read catalogues.

    ``ui``: locale -> its lupa.po; ``content``: locale -> relpath (``levels/x.po``) -> catalogue.
    """
    report: dict = {}
    for loc in LOCALES:
        ui_count, content_count = Count(), Count()
        stale: list[str] = []
        # -- UI strings: English is the source of every msgid.
        for t in (pot.entries if pot else []):
            if t.obsolete:
                continue
            if loc == SOURCE_LOCALE:
                continue
            supplier = None
            for layer_loc in coverage_chain(loc):
                cat = ui.get(layer_loc)
                e = cat.index().get((None, t.msgid)) if cat else None
                if e is not None and e.usable and not po.placeholder_problems(e):
                    supplier = cat
                    break
            ui_count.add(supplier, t.msgid)
        own_ui = ui.get(loc)
        for e in (own_ui.active if own_ui else []):
            if e.fuzzy and e.translated:
                stale.append(f"LC_MESSAGES/lupa.po: {e.msgid}")
        # -- level text: each file's own language is its source.
        for src in sources:
            if src.language == loc:
                continue
            own = content.get(loc, {}).get(src.relpath)
            own_index = own.by_context() if own else {}
            for t in src.texts:
                supplier = None
                for layer_loc in coverage_chain(loc):
                    if layer_loc == src.language:
                        break
                    cat = content.get(layer_loc, {}).get(src.relpath)
                    e = cat.by_context().get(t.ctxt) if cat else None
                    if e is not None and e.usable and same_text(e.msgid, t.source):
                        supplier = cat
                        break
                content_count.add(supplier, f"{src.relpath}: {t.ctxt}")
                e = own_index.get(t.ctxt)
                if e is not None and e.msgstr and (e.fuzzy or not same_text(e.msgid, t.source)):
                    stale.append(f"{src.relpath}: {t.ctxt}")
        entry = {
            "ui": ui_count.percent, "content": content_count.percent, "stale": len(stale),
            "reviewed": ui_count.reviewed + content_count.reviewed,
            "unreviewed": ui_count.unreviewed + content_count.unreviewed,
            "ui_strings": {"translated": ui_count.done, "total": ui_count.total,
                           "reviewed": ui_count.reviewed, "unreviewed": ui_count.unreviewed},
            "content_strings": {"translated": content_count.done, "total": content_count.total,
                                "reviewed": content_count.reviewed, "unreviewed": content_count.unreviewed},
            "stale_entries": stale,
            "untranslated": ui_count.missing + content_count.missing,
        }
        if loc in GENERATED:
            entry["generated_from"] = GENERATED[loc]
        report[loc] = entry
    return report


def read_folder(root: Path, sources: list[SourceFile]) -> tuple[po.Catalog | None, dict, dict]:
    locales_dir = root / "locales"
    pot_path = locales_dir / "lupa.pot"
    pot = po.read(pot_path) if pot_path.is_file() else None
    ui = {}
    content: dict[str, dict[str, po.Catalog]] = {}
    for loc in LOCALES:
        p = locales_dir / loc / "LC_MESSAGES" / "lupa.po"
        if p.is_file():
            ui[loc] = po.read(p)
        for src in sources:
            cp = locales_dir / loc / src.relpath
            if cp.is_file():
                content.setdefault(loc, {})[src.relpath] = po.read(cp)
    return pot, ui, content


def build_from_folder(root: Path) -> dict:
    from .translations import collect_sources  # reads YAML: native only

    sources = collect_sources(root).files
    pot, ui, content = read_folder(root, sources)
    return build(pot, ui, sources, content)


def untranslated(report: dict) -> dict[str, list[str]]:
    """Locale -> strings with no translation along its chain (for the 'everything translated' gate)."""
    return {loc: d["untranslated"] for loc, d in report.items() if d["untranslated"]}


def format_text(report: dict) -> str:
    lines = ["Translation status (UI strings and level text; % of strings translated, including",
             "what a locale inherits along its fallback chain). Stale: source changed since translation.",
             "",
             f"{'locale':<9} {'name':<12} {'UI':>6} {'strings':<8}{'content':>6} {'strings':<10}{'stale':>5} {'reviewed':>9} {'unreviewed':>11}"]
    for loc, d in report.items():
        ui, ct = d["ui_strings"], d["content_strings"]
        note = f"  (generated from {d['generated_from']})" if "generated_from" in d else ""
        lines.append(f"{loc:<9} {LOCALES[loc]:<12} {d['ui']:>5.1f}% {ui['translated']:>3}/{ui['total']:<3}"
                     f"{d['content']:>6.1f}% {ct['translated']:>4}/{ct['total']:<4}"
                     f"{d['stale']:>5} {d['reviewed']:>9} {d['unreviewed']:>11}{note}")
    stale = [(loc, s) for loc, d in report.items() for s in d["stale_entries"]]
    if stale:
        lines += ["", "Stale entries (translate again, then remove the 'fuzzy' flag):"]
        lines += [f"  {loc}: {s}" for loc, s in stale]
    lines += ["", "Reviewed = checked by a native speaker (X-Lupa-Reviewed: yes in the file header)."]
    return "\n".join(lines)
