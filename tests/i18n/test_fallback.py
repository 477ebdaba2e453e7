"""Fallback chains: UI strings and level text never come out empty or as a raw key."""

import json

import pytest

from game.core import po
from game.core.locales import FALLBACKS, LOCALES, PLURAL_FORMS, chain
from game.core.translations import ContentCatalog, build_pack, fingerprint, scope_and_context
from game.i18n import Translator


def test_every_chain_ends_in_english_and_names_known_locales():
    for loc in LOCALES:
        c = chain(loc)
        assert c[0] == loc and c[-1] == "en" and len(set(c)) == len(c)
        assert set(FALLBACKS[loc]) <= set(LOCALES)
    assert chain("cnr") == ["cnr", "bs", "hr", "en"] and chain("hr") == ["hr", "bs", "en"]
    assert chain("xx") == ["en"]


def _ui(localedir, loc, entries, reviewed="no"):
    cat = po.Catalog(header={"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": PLURAL_FORMS[loc],
                             "X-Lupa-Reviewed": reviewed})
    cat.entries += entries
    path = localedir / loc / "LC_MESSAGES" / "lupa.mo"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(po.compile_mo(cat))


def test_ui_strings_fall_back_along_the_chain(tmp_path):
    _ui(tmp_path, "bs", [po.Entry(msgid="Play", msgstr="Igraj"), po.Entry(msgid="Week", msgstr="Sedmica"),
                         po.Entry(msgid="{n} level", msgid_plural="{n} levels",
                                  msgstr_plural=["{n} nivo", "{n} nivoa", "{n} nivoa"])])
    _ui(tmp_path, "hr", [po.Entry(msgid="Week", msgstr="Tjedan"), po.Entry(msgid="Quit", msgstr="")], reviewed="yes")
    hr, cnr, sq = Translator("hr", tmp_path), Translator("cnr", tmp_path), Translator("sq", tmp_path)
    assert (hr("Week"), hr("Play"), hr("Quit")) == ("Tjedan", "Igraj", "Quit")
    assert (cnr("Week"), cnr("Play")) == ("Sedmica", "Igraj")
    assert sq("Play") == "Play" and Translator("xx", tmp_path)("Play") == "Play"
    assert [hr.ngettext("{n} level", "{n} levels", n, n=n) for n in (1, 3, 5, 21)] == \
        ["1 nivo", "3 nivoa", "5 nivoa", "21 nivo"]
    assert sq.ngettext("{n} level", "{n} levels", 2, n=2) == "2 levels"
    assert not hr.reviewed  # Bosnian strings shown in it are unreviewed
    assert Translator("en", tmp_path).reviewed and sq.reviewed  # nothing translated shown


CONTENT = {"level.title": "The quake night", "item.a.text": "Leave now!", "item.a.facts": "No quake came."}


def _content(locales_dir, loc, scope, entries, source_language="en", reviewed="no"):
    cat = po.Catalog(header={"X-Lupa-Source-Language": source_language, "X-Lupa-Reviewed": reviewed})
    for ctxt, (msgid, msgstr, flags) in entries.items():
        cat.entries.append(po.Entry(msgid=msgid, msgstr=msgstr, msgctxt=ctxt, flags=list(flags)))
    po.write(locales_dir / loc / "levels" / f"{scope}.po", cat)


@pytest.fixture
def content_dir(tmp_path):
    _content(tmp_path, "bs", "quake", {
        "level.title": ("The quake night", "Noć zemljotresa", ()),
        "item.a.text": ("Leave now!", "Izlazite odmah!", ()),
        "item.a.facts": ("Old facts.", "Stare činjenice.", ())})       # source changed since: stale
    _content(tmp_path, "hr", "quake", {
        "level.title": ("The quake night", "Noć potresa", ()),
        "item.a.text": ("Leave now!", "Krivo", ("fuzzy",))})             # fuzzy: not used
    _content(tmp_path, "en", "sq-level", {"level.title": ("Nata e tërmetit", "The night of the quake", ())},
             source_language="sq")
    return tmp_path


def _both(content_dir, loc):
    pack = json.loads(json.dumps(build_pack(content_dir)))
    return ContentCatalog.from_folder(content_dir, loc), ContentCatalog.from_pack(pack, loc)


@pytest.mark.parametrize("where", [0, 1], ids=["po-files", "content-pack"])
def test_content_lookup_chain_staleness_and_source_fallback(content_dir, where):
    hr = _both(content_dir, "hr")[where]
    assert hr.lookup("quake", "level.title", CONTENT["level.title"]) == "Noć potresa"
    assert hr.lookup("quake", "item.a.text", CONTENT["item.a.text"]) == "Izlazite odmah!"  # hr fuzzy -> bs
    assert hr.lookup("quake", "item.a.facts", CONTENT["item.a.facts"]) == "No quake came."  # stale -> source
    assert hr.lookup_with_language("quake", "item.a.facts", CONTENT["item.a.facts"]) == ("No quake came.", "en")
    assert hr.lookup("quake", "item.zz.text", "Unknown item") == "Unknown item"
    assert hr.lookup("other-level", "level.title", "Source") == "Source"
    assert not hr.reviewed("quake") and hr.reviewed("other-level")
    sq = _both(content_dir, "sq")[where]
    assert sq.lookup("quake", "level.title", CONTENT["level.title"]) == "The quake night"
    # A level written in Albanian: English reads the English file; Albanian reads the source.
    en = _both(content_dir, "en")[where]
    assert en.lookup("sq-level", "level.title", "Nata e tërmetit") == "The night of the quake"
    assert _both(content_dir, "sq")[where].lookup("sq-level", "level.title", "Nata e tërmetit",
                                                  "sq") == "Nata e tërmetit"
    assert _both(content_dir, "mk")[where].lookup("sq-level", "level.title", "Nata e tërmetit",
                                                  "sq") == "The night of the quake"  # via English


def test_whitespace_rewrap_is_not_stale():
    assert fingerprint("two\nlines  here\n") == fingerprint("two lines here")
    assert fingerprint("two lines") != fingerprint("two lines!")


def test_ui_keys_map_to_stable_ids():
    assert scope_and_context(("level", "lv", "title")) == ("lv", "level.title")
    assert scope_and_context(("item", "lv", "a", "headline")) == ("lv", "item.a.headline")
    assert scope_and_context(("clue", "lv", "a", "search")) == ("lv", "item.a.clues.search")
    assert scope_and_context(("alt", "lv", "a")) == ("lv", "item.a.image.alt")
    assert scope_and_context(("technique", "t", "signs", "2")) == ("techniques", "technique.t.signs.2")
    assert scope_and_context(("technique", "t", "name")) == ("techniques", "technique.t.name")
    assert scope_and_context(("narrative", "n", "summary")) == ("narratives", "narrative.n.summary")
    # Names are never translated: outlet, author, date, period come back as the source.
    for key in (("item", "lv", "a", "outlet"), ("item", "lv", "a", "author"), ("level", "lv", "period")):
        assert scope_and_context(key) is None


def test_key_lookup_returns_source_for_names(content_dir):
    cat = ContentCatalog.from_folder(content_dir, "bs")
    assert cat.key(("item", "quake", "a", "outlet"), "Lajme Alarm 24") == "Lajme Alarm 24"
    assert cat.key(("item", "quake", "a", "text"), "Leave now!") == "Izlazite odmah!"
    assert cat.key(("item", "quake", "a", "headline"), None) is None


def test_real_catalogues_load_for_every_locale(root):
    from game.core.library import Library
    lib = Library.from_folder(root)
    level = lib.levels[0]
    for loc in LOCALES:
        cat = ContentCatalog.from_folder(root / "locales", loc)
        text = cat.lookup(level.id, "level.title", level.title, level.language)
        assert text  # translated or the source, never empty
