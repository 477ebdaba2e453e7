"""Generated files are committed and must be up to date: sr-Latn and every lupa.mo."""

import gettext

from game.core import generated, po
from game.core.locales import LOCALES
from game.core.translit import to_latin


def test_generated_files_are_up_to_date(root):
    stale, problems = generated.refresh(root, write=False)
    assert not problems, problems
    assert not stale, f"out of date (run: python -m game i18n-compile): {[str(p) for p in stale]}"


def test_every_catalogue_compiles_and_loads(root):
    for loc in set(LOCALES) - {"en"}:
        mo = root / "locales" / loc / "LC_MESSAGES" / "lupa.mo"
        with mo.open("rb") as fh:
            t = gettext.GNUTranslations(fh)
        assert t.info()["language"]


def test_serbian_latin_mirrors_cyrillic_entry_for_entry(root):
    cyrl_dir, latn_dir = root / "locales" / "sr-Cyrl", root / "locales" / "sr-Latn"
    cyrl_files = sorted(p.relative_to(cyrl_dir) for p in cyrl_dir.rglob("*.po"))
    assert cyrl_files and cyrl_files == sorted(p.relative_to(latn_dir) for p in latn_dir.rglob("*.po"))
    for rel in cyrl_files:
        c, lat = po.read(cyrl_dir / rel), po.read(latn_dir / rel)
        assert [(e.msgctxt, e.msgid, to_latin(e.msgstr)) for e in c.entries] == \
            [(e.msgctxt, e.msgid, e.msgstr) for e in lat.entries]


def test_generation_transliterates_translations(project):
    cyrl = project / "locales" / "sr-Cyrl" / "LC_MESSAGES" / "lupa.po"
    cat = po.Catalog(header={"Plural-Forms": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                             "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", "X-Lupa-Reviewed": "no"})
    cat.entries.append(po.Entry(msgid="Play", msgstr="Играј"))
    po.write(cyrl, cat)
    stale, problems = generated.refresh(project)
    latn = po.read(project / "locales" / "sr-Latn" / "LC_MESSAGES" / "lupa.po")
    assert latn.entries[0].msgstr == "Igraj" and latn.header["X-Lupa-Generated-From"] == "sr-Cyrl"
    assert generated.refresh(project, write=False)[0] == []  # idempotent
