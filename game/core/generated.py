"""Files generated from the translation sources, and the check that they are up to date.

Generated and committed (so the native game plays translated from a fresh clone and the
browser build only copies files):

- ``locales/sr-Latn/**.po`` from ``locales/sr-Cyrl/**.po`` by transliteration (and, for content
  written in Serbian Cyrillic, from the level's own text);
- ``locales/<locale>/LC_MESSAGES/lupa.mo`` from ``lupa.po`` (what :class:`game.i18n.Translator`
  reads with the standard library).

:func:`refresh` computes every generated file in memory and compares bytes, so the same code
writes them (``python -m game i18n-compile``) and checks them (``--check``, the test suite).
Output is deterministic: no dates, sorted MO keys.
"""

from __future__ import annotations

from pathlib import Path

from . import po
from .locales import GENERATED, LOCALES, PLURAL_FORMS
from .translations import SOURCE_LANGUAGE, generate_latin, latin_from_source
from .ui_catalog import DOMAIN, ui_po_path


def expected(root: Path) -> tuple[dict[Path, bytes], set[Path], list[str]]:
    """(path -> wanted bytes, generated files that should not exist, problems)."""
    from .translations import collect_sources  # reads YAML: native only

    locales_dir = root / "locales"
    want: dict[Path, bytes] = {}
    problems: list[str] = []
    ui_cats: dict[str, po.Catalog] = {}
    for loc in LOCALES:
        path = ui_po_path(locales_dir, loc)
        if loc in GENERATED:
            src = ui_po_path(locales_dir, GENERATED[loc])
            if src.is_file():
                ui_cats[loc] = generate_latin(po.read(src), f"LC_MESSAGES/{DOMAIN}.po")
                want[path] = po.dumps(ui_cats[loc]).encode("utf-8")
        elif path.is_file():
            ui_cats[loc] = po.read(path)
    for loc, cat in ui_cats.items():
        path = ui_po_path(locales_dir, loc)
        problems += [f"{path}: {e.msgid!r}: {p}" for e in cat.entries if e.usable
                     for p in po.placeholder_problems(e)]
        if cat.header.get("Plural-Forms") != PLURAL_FORMS[loc]:
            problems.append(f"{path}: Plural-Forms must be {PLURAL_FORMS[loc]!r}")
        want[path.with_suffix(".mo")] = po.compile_mo(cat)

    found = collect_sources(root)
    for target, source in GENERATED.items():
        # Every translation into the source locale is mirrored, except translations *from* the
        # target (a level written in Serbian Latin is translated into Cyrillic, not back).
        for cyrl in sorted((locales_dir / source / "levels").rglob("*.po")):
            cat = po.read(cyrl)
            if cat.header.get(SOURCE_LANGUAGE) == target:
                continue
            rel = cyrl.relative_to(locales_dir / source).as_posix()
            want[locales_dir / target / rel] = po.dumps(generate_latin(cat, rel)).encode("utf-8")
        for src in found.files:  # content written in the source locale: transliterate the text itself
            if src.language == source:
                want[locales_dir / target / src.relpath] = po.dumps(latin_from_source(src)).encode("utf-8")
    broken = {Path(b).stem for b in found.broken}  # left alone until the level loads again
    extra = {p for loc in GENERATED for p in (locales_dir / loc / "levels").rglob("*.po")
             if p not in want and p.stem not in broken}
    return want, extra, problems


def refresh(root: Path, write: bool = True) -> tuple[list[Path], list[str]]:
    """Bring generated files up to date (or only report them). Returns (out-of-date paths, problems)."""
    want, extra, problems = expected(root)
    stale = [p for p, data in sorted(want.items()) if not p.is_file() or p.read_bytes() != data]
    if write:
        for p in stale:
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(want[p])
        for p in extra:
            p.unlink()
    return stale + sorted(extra), problems
