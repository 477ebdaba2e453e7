"""UI strings: extract message ids from the game's Python code, update and compile catalogues.

Extraction reads the source with :mod:`ast` (never imports it) and collects string literals
passed to ``N_("...")``, ``tr("...")``, ``_("...")``, ``gettext("...")`` and
``ngettext("...", "...", n)`` (bare or as a method, e.g. ``self.tr``), and the widgets' own
``msg("...")`` / ``nmsg("...", "...", n)`` message ids. A ``# Translators:``
comment on the line(s) just above the call is passed on to translators. Calls whose text is not a
literal are skipped (``tr(label.msgid)`` translates an id marked elsewhere with ``N_``), but an
f-string or a non-literal ``N_`` can never be translated and is reported.

References name the file only (no line numbers) so that editing code does not rewrite every
catalogue.
"""

from __future__ import annotations

import ast
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from . import po
from .locales import GENERATED, LOCALES, SOURCE_LOCALE, nplurals
from .translations import catalogue_header

DOMAIN = "lupa"
SINGULAR = {"N_", "tr", "_", "gettext", "msg"}  # msg: the UI widgets' message ids
PLURAL = {"ngettext", "nmsg"}


@dataclass
class Extracted:
    entries: list[po.Entry] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)   # "file:line: why"


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def extract_source(text: str, ref: str) -> Extracted:
    """Message ids in one Python file, in order of appearance."""
    out = Extracted()
    lines = text.splitlines()
    found: list[tuple[int, po.Entry]] = []
    for node in ast.walk(ast.parse(text, ref)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name not in SINGULAR | PLURAL or not node.args:
            continue
        need = 2 if name in PLURAL else 1
        args = [_literal(a) for a in node.args[:need]]
        if len(node.args) < need or any(a is None for a in args):
            # tr(label.msgid) translating an id marked elsewhere with N_ is the normal widget
            # pattern; an f-string or a non-literal N_ can never be translated.
            if name == "N_" or any(isinstance(a, ast.JoinedStr) for a in node.args[:need]):
                out.problems.append(f"{ref}:{node.lineno}: {name}() needs a plain string literal "
                                    "(not an f-string or variable) so the text can be translated")
            continue
        if args[0] == "":
            continue
        entry = po.Entry(msgid=args[0], references=[ref], extracted=_translator_comment(lines, node.lineno))
        if name in PLURAL:
            entry.msgid_plural = args[1]
        if any(not f.isidentifier() for a in args for f in po.placeholders(a)):
            out.problems.append(f"{ref}:{node.lineno}: use named placeholders like {{count}}, "
                                "not {} or {0}: translators may need to reorder them")
        found.append((node.lineno, entry))
    out.entries = [e for _, e in sorted(found, key=lambda x: x[0])]  # ast.walk is breadth-first
    return out


def _translator_comment(lines: list[str], lineno: int) -> list[str]:
    notes: list[str] = []
    i = lineno - 2
    while i >= 0 and lines[i].strip().startswith("#"):
        stripped = lines[i].strip().lstrip("#").strip()
        notes.insert(0, stripped)
        if stripped.lower().startswith("translators:"):
            return [" ".join(notes)]
        i -= 1
    return []


def extract_tree(root: Path, package: str = "game") -> Extracted:
    """All message ids under ``root/package`` (sorted by file; duplicates merged)."""
    merged: dict[str, po.Entry] = {}  # gettext allows one entry per msgid
    problems: list[str] = []
    for path in sorted((root / package).rglob("*.py")):
        ref = path.relative_to(root).as_posix()
        found = extract_source(path.read_text(encoding="utf-8"), ref)
        problems += found.problems
        for e in found.entries:
            have = merged.get(e.msgid)
            if have is None:
                merged[e.msgid] = e
                continue
            if e.msgid_plural and not have.msgid_plural:
                have.msgid_plural = e.msgid_plural
            if ref not in have.references:
                have.references.append(ref)
            have.extracted += [n for n in e.extracted if n not in have.extracted]
    return Extracted(list(merged.values()), problems)


def template(entries: list[po.Entry]) -> po.Catalog:
    header = {"Project-Id-Version": "Lupa", "MIME-Version": "1.0",
              "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"}
    cat = po.Catalog(header=header, header_comments=[
        "Lupa UI strings: template generated by python -m game i18n-extract; do not edit."])
    for e in entries:
        cat.entries.append(po.Entry(msgid=e.msgid, msgid_plural=e.msgid_plural,
                                    msgstr_plural=["", ""] if e.msgid_plural is not None else [],
                                    references=list(e.references), extracted=list(e.extracted)))
    return cat


def ui_header(locale: str, old: po.Catalog | None) -> tuple[dict, list[str]]:
    return catalogue_header(locale, old, [
        f"Lupa UI strings in {LOCALES[locale]} ({locale}).",
        "Keep every {placeholder} exactly as in the English text. Set X-Lupa-Reviewed: yes only",
        "after a native speaker has checked every entry. Update with: python -m game i18n-extract"])


def merge_ui(old: po.Catalog | None, pot: po.Catalog, locale: str) -> po.Catalog:
    """msgmerge: keep translations, carry a close old translation over as fuzzy, obsolete the rest."""
    header, comments = ui_header(locale, old)
    n = nplurals(locale)
    out = po.Catalog(header=header, header_comments=comments)
    have = {e.msgid: e for e in (old.entries if old else [])}
    used: set[str] = set()
    for t in pot.entries:
        e = have.get(t.msgid)
        if e is not None:
            used.add(t.msgid)
            e.obsolete = False
        else:
            e = po.Entry(msgid=t.msgid)
            close = difflib.get_close_matches(
                t.msgid, [m for m, o in have.items() if m not in used and o.translated and m not in
                          {x.msgid for x in pot.entries}], n=1, cutoff=0.75)
            if close:
                used.add(close[0])  # its translation moved here; not kept as obsolete too
                prev = have[close[0]]
                e.msgstr, e.msgstr_plural = prev.msgstr, list(prev.msgstr_plural)
                e.previous_msgid = prev.msgid
                e.set_fuzzy(True)
        e.msgid_plural = t.msgid_plural
        if t.msgid_plural is not None:
            forms = list(e.msgstr_plural) or ([e.msgstr] if e.msgstr else [])
            e.msgstr_plural = (forms + [""] * n)[:n]
            e.msgstr = ""
        else:
            if e.msgstr_plural and not e.msgstr:
                e.msgstr = e.msgstr_plural[0]
            e.msgstr_plural = []
        e.references, e.extracted = list(t.references), list(t.extracted)
        out.entries.append(e)
    for msgid, e in have.items():
        if msgid not in used and msgid not in {x.msgid for x in pot.entries} and e.translated:
            e.obsolete = True
            e.set_fuzzy(False)
            out.entries.append(e)
    return out


def ui_po_path(locales_dir: Path, locale: str) -> Path:
    return locales_dir / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def edited_locales() -> list[str]:
    """Locales with a hand-edited UI catalogue (English is the source; sr-Latn is generated)."""
    return [loc for loc in LOCALES if loc != SOURCE_LOCALE and loc not in GENERATED]


def update_ui(locales_dir: Path, pot: po.Catalog) -> list[Path]:
    """Write the template and every locale's catalogue; returns the files that changed."""
    written = []
    if po.write(locales_dir / f"{DOMAIN}.pot", pot):
        written.append(locales_dir / f"{DOMAIN}.pot")
    for loc in edited_locales():
        path = ui_po_path(locales_dir, loc)
        old = po.read(path) if path.is_file() else None
        if po.write(path, merge_ui(old, pot, loc)):
            written.append(path)
    return written
