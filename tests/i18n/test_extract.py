"""UI string extraction finds every marked string; the committed catalogues contain them all."""

from game.core import po, ui_catalog
from game.core.locales import LOCALES

CODE = '''
from game.i18n import N_
LABEL = N_("Start")
def draw(self, tr, n):
    # Translators: the button that ends the level early
    a = tr("Stop now")
    b = self.tr("Score: {score}", score=3)
    c = tr.ngettext("{n} item left", "{n} items left", n, n=n)
    d = tr(LABEL)            # an id marked elsewhere: fine
    e = tr(f"Hello {n}")     # never translatable
    f = N_(LABEL)            # never translatable
    g = tr("{} points")
'''


def test_extracts_literals_comments_plurals_and_reports_mistakes():
    found = ui_catalog.extract_source(CODE, "game/ui/x.py")
    ids = [(e.msgid, e.msgid_plural) for e in found.entries]
    assert ids == [("Start", None), ("Stop now", None), ("Score: {score}", None),
                   ("{n} item left", "{n} items left"), ("{} points", None)]
    assert found.entries[1].extracted == ["Translators: the button that ends the level early"]
    assert len(found.problems) == 3 and all(p.startswith("game/ui/x.py:") for p in found.problems)


def test_merge_keeps_translations_and_fuzzies_a_changed_string():
    pot = ui_catalog.template([po.Entry(msgid="Start the level"), po.Entry(msgid="{n} left", msgid_plural="{n} left!")])
    old = po.Catalog(entries=[po.Entry(msgid="Start the level!", msgstr="Fillo nivelin!"),
                              po.Entry(msgid="Removed", msgstr="Hequr")])
    new = ui_catalog.merge_ui(old, pot, "sq")
    e = new.index()[(None, "Start the level")]
    assert e.fuzzy and e.msgstr == "Fillo nivelin!" and e.previous_msgid == "Start the level!"
    assert new.index()[(None, "{n} left")].msgstr_plural == ["", ""]
    assert [x.msgid for x in new.entries if x.obsolete] == ["Removed"]
    assert ui_catalog.merge_ui(new, pot, "sq") == new  # idempotent
    assert len(ui_catalog.merge_ui(None, pot, "hr").index()[(None, "{n} left")].msgstr_plural) == 3


def test_committed_template_and_catalogues_contain_every_ui_string(root):
    found = ui_catalog.extract_tree(root)
    pot = po.read(root / "locales" / "lupa.pot")
    assert [e.msgid for e in pot.entries] == [e.msgid for e in found.entries], \
        "UI strings changed: run python -m game i18n-extract"
    for loc in set(LOCALES) - {"en"}:
        cat = po.read(root / "locales" / loc / "LC_MESSAGES" / "lupa.po")
        assert {e.msgid for e in found.entries} <= {e.msgid for e in cat.active}, loc


def test_widget_message_ids_are_extracted():
    # The UI builds labels with msg()/nmsg(); missing them once left most of the UI untranslatable.
    from game.core.ui_catalog import extract_source
    found = extract_source('label = msg("Start the desk")\ncount = nmsg("{n} post", "{n} posts", n)\n', "x.py")
    ids = {e.msgid for e in found.entries}
    assert {"Start the desk", "{n} post"} <= ids

