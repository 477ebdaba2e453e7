"""The update command keeps translations, detects changed sources (stale) and is idempotent."""

from game.core import generated, po, translations
from game.core.i18n_report import build_from_folder
from game.core.locales import LOCALES


def _update(project, prune=False):
    result = translations.update_folder(project, translations.collect_sources(project), prune=prune)
    generated.refresh(project)
    return result


def _set(path, ctxt, text):
    cat = po.read(path)
    cat.by_context()[ctxt].msgstr = text
    po.write(path, cat)


def test_creates_files_for_every_target_locale(project):
    result = _update(project)
    made = {p.relative_to(project / "locales").as_posix() for p in result.written}
    for loc in set(LOCALES) - {"en", "sr-Latn"}:
        assert f"{loc}/levels/good-level.po" in made and f"{loc}/levels/techniques.po" in made
    assert not (project / "locales" / "en" / "levels").exists()  # English is the source here
    cat = po.read(project / "locales" / "sq" / "levels" / "good-level.po")
    ids = [e.msgctxt for e in cat.entries]
    assert ids[:3] == ["level.title", "level.summary", "level.briefing"]
    assert {"item.m1.headline", "item.m1.text", "item.m1.clues.source", "item.m1.explanation",
            "item.m1.facts", "item.l3.text"} <= set(ids)
    assert all(e.msgstr == "" for e in cat.entries) and cat.header["X-Lupa-Reviewed"] == "no"
    text = (project / "locales" / "sq" / "levels" / "good-level.po").read_text(encoding="utf-8")
    # Translators never see answers, techniques, sources, URLs or outlet names as text to translate.
    for secret in ("verdict", "techniques", "emotional-language", "false-context", "example.org",
                   "Fixture Publisher", "Fixture source", "@fixture", "based_on"):
        assert secret not in text
    assert (project / "locales" / "sr-Latn" / "levels" / "good-level.po").is_file()
    assert po.read(project / "locales" / "hr" / "levels" / "good-level.po").header["X-Lupa-Base"] == "bs"


def test_rerun_keeps_translations_and_writes_nothing(project):
    _update(project)
    sq = project / "locales" / "sq" / "levels" / "good-level.po"
    _set(sq, "item.m2.text", "Tekst manipulues dy.")
    before = {p: p.read_bytes() for p in (project / "locales").rglob("*.po")}
    result = _update(project)
    assert result.written == [] and result.unchanged > 0
    assert {p: p.read_bytes() for p in (project / "locales").rglob("*.po")} == before


def test_changed_source_marks_translation_stale(project):
    _update(project)
    cyrl = project / "locales" / "sr-Cyrl" / "levels" / "good-level.po"
    _set(cyrl, "item.m2.text", "Измишљени текст два.")
    _set(cyrl, "item.m3.text", "Измишљени текст три.")
    level = project / "levels" / "good-level.yaml"
    text = level.read_text(encoding="utf-8")
    text = text.replace("text: Fixture manipulative text two.", "text: Fixture manipulative text TWO, changed.")
    text = text.replace("text: Fixture manipulative text three.", "text: |\n      Fixture manipulative\n      text three.")
    level.write_text(text, encoding="utf-8")
    _update(project)
    entries = po.read(cyrl).by_context()
    assert entries["item.m2.text"].fuzzy and entries["item.m2.text"].previous_msgid == "Fixture manipulative text two."
    assert entries["item.m2.text"].msgstr == "Измишљени текст два."          # kept for the translator
    assert not entries["item.m3.text"].fuzzy                                # re-wrapped only: still fresh
    latn = po.read(project / "locales" / "sr-Latn" / "levels" / "good-level.po").by_context()
    assert latn["item.m2.text"].fuzzy and latn["item.m3.text"].msgstr == "Izmišljeni tekst tri."
    report = build_from_folder(project)
    assert report["sr-Cyrl"]["stale"] == 1 and report["sr-Latn"]["stale"] == 1
    assert report["sr-Cyrl"]["stale_entries"] == ["levels/good-level.po: item.m2.text"]
    assert report["sq"]["stale"] == 0
    cat = translations.ContentCatalog.from_folder(project / "locales", "sr-Latn")
    assert cat.lookup("good-level", "item.m2.text", "Fixture manipulative text TWO, changed.") == \
        "Fixture manipulative text TWO, changed."                             # stale: the source
    assert cat.lookup("good-level", "item.m3.text", "Fixture manipulative\ntext three.\n") == "Izmišljeni tekst tri."


def test_removed_item_becomes_obsolete_and_prune_drops_it(project):
    _update(project)
    bs = project / "locales" / "bs" / "levels" / "good-level.po"
    _set(bs, "item.l3.text", "Legitiman tekst tri.")
    level = project / "levels" / "good-level.yaml"
    level.write_text(level.read_text(encoding="utf-8").replace("- id: l3", "- id: l4"), encoding="utf-8")
    _update(project)
    assert "item.l4.text" in po.read(bs).by_context()
    obsolete = [e for e in po.read(bs).entries if e.obsolete]
    assert [(e.msgctxt, e.msgstr) for e in obsolete] == [("item.l3.text", "Legitiman tekst tri.")]
    assert not [e for e in po.read(bs).entries if e.obsolete and not e.msgstr]  # empty ones are dropped
    _update(project, prune=True)
    assert not [e for e in po.read(bs).entries if e.obsolete]


def test_broken_level_leaves_its_translations_alone(project):
    _update(project)
    sq = project / "locales" / "sq" / "levels" / "good-level.po"
    _set(sq, "level.title", "JO")
    (project / "levels" / "good-level.yaml").write_text("format: 1\nid: good-level\n", encoding="utf-8")
    result = _update(project)
    assert result.broken and po.read(sq).by_context()["level.title"].msgstr == "JO"
    assert sq.is_file() and not result.removed


def test_level_written_in_serbian_cyrillic(project):
    level = project / "levels" / "good-level.yaml"
    text = level.read_text(encoding="utf-8").replace("language: en", "language: sr-Cyrl")
    text = text.replace('title: "NO"', "title: Љубав и џем")
    level.write_text(text, encoding="utf-8")
    _update(project)
    assert not (project / "locales" / "sr-Cyrl" / "levels" / "good-level.po").exists()
    assert (project / "locales" / "en" / "levels" / "good-level.po").is_file()
    latn = po.read(project / "locales" / "sr-Latn" / "levels" / "good-level.po")
    assert latn.by_context()["level.title"].msgstr == "Ljubav i džem"
    cat = translations.ContentCatalog.from_folder(project / "locales", "sr-Latn")
    assert cat.lookup("good-level", "level.title", "Љубав и џем", "sr-Cyrl") == "Ljubav i džem"
    assert cat.reviewed("good-level", "sr-Cyrl")


def test_real_content_files_are_up_to_date(root):
    """Every level, check form, the guide and the catalogue have current files in every locale."""
    sources = translations.collect_sources(root)
    assert {"techniques", "narratives"} <= {s.scope for s in sources.files} and len(sources.files) > 10
    for src in sources.files:
        for loc in translations.target_locales(src.language):
            path = root / "locales" / loc / src.relpath
            assert path.is_file(), f"missing {path}: run python -m game i18n-update"
            cat = po.read(path)
            assert [e.msgctxt for e in cat.active] == [t.ctxt for t in src.texts], \
                f"{path} is behind {src.scope}: run python -m game i18n-update"
