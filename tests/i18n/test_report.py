"""The i18n report's numbers on a small fixture, and the command's JSON shape on the real project."""

import json
import subprocess
import sys

from game.core import po
from game.core.i18n_report import build, format_text, untranslated
from game.core.locales import LOCALES
from game.core.translations import SourceFile, Text


def _cat(reviewed, entries):
    cat = po.Catalog(header={"X-Lupa-Reviewed": reviewed})
    cat.entries += entries
    return cat


def test_numbers_on_a_small_fixture():
    pot = po.Catalog(entries=[po.Entry(msgid="Play"), po.Entry(msgid="Quit"), po.Entry(msgid="{n} left"),
                              po.Entry(msgid="Old", obsolete=True)])
    ui = {
        "sq": _cat("yes", [po.Entry(msgid="Play", msgstr="Luaj"), po.Entry(msgid="Quit", msgstr="Dil"),
                           po.Entry(msgid="{n} left", msgstr="mbeten", flags=[])]),          # wrong placeholder
        "bs": _cat("no", [po.Entry(msgid="Play", msgstr="Igraj"), po.Entry(msgid="Quit", msgstr="Izlaz",
                                                                             flags=["fuzzy"])]),
        "hr": _cat("yes", [po.Entry(msgid="Quit", msgstr="Izađi")]),
    }
    sources = [SourceFile("lv", "levels/lv.po", "en", [Text("level.title", "Title"), Text("item.a.text", "Text A"),
                                                        Text("item.b.text", "Text B"), Text("item.c.text", "Text C")]),
               SourceFile("sqlv", "levels/sqlv.po", "sq", [Text("level.title", "Titulli")])]
    content = {
        "sq": {"levels/lv.po": _cat("no", [po.Entry(msgctxt="level.title", msgid="Title", msgstr="Titulli"),
                                           po.Entry(msgctxt="item.a.text", msgid="Old A", msgstr="Teksti A"),
                                           po.Entry(msgctxt="item.b.text", msgid="Text B", msgstr="B",
                                                    flags=["fuzzy"], previous_msgid="Text b")])},
        "bs": {"levels/lv.po": _cat("no", [po.Entry(msgctxt=c, msgid=s, msgstr=s + " (bs)") for c, s in
                                           [("level.title", "Title"), ("item.a.text", "Text A"),
                                            ("item.b.text", "Text B"), ("item.c.text", "Text C")]])},
    }
    r = build(pot, ui, sources, content)
    assert set(r) == set(LOCALES)
    assert r["en"]["ui"] == 100.0 and r["en"]["content_strings"] == {"translated": 0, "total": 1, "reviewed": 0,
                                                                     "unreviewed": 0}
    assert r["sq"]["ui"] == 66.7 and r["sq"]["content"] == 25.0 and r["sq"]["stale"] == 2
    assert sorted(r["sq"]["stale_entries"]) == ["levels/lv.po: item.a.text", "levels/lv.po: item.b.text"]
    assert r["sq"]["reviewed"] == 2 and r["sq"]["unreviewed"] == 1   # 2 UI (yes) + 1 content (no)
    # Bosnian's own "Quit" is fuzzy (stale), so it shows Croatian's, the next in its chain.
    # The Albanian-written level counts for Bosnian too: 4 of 5 content strings.
    assert r["bs"]["ui"] == 66.7 and r["bs"]["content"] == 80.0 and r["bs"]["stale"] == 1
    # Croatian inherits Bosnian (its file holds only differences) and its own reviewed "Quit".
    assert r["hr"]["ui"] == 66.7 and r["hr"]["content"] == 80.0
    assert r["hr"]["ui_strings"]["reviewed"] == 1 and r["hr"]["ui_strings"]["unreviewed"] == 1
    assert r["mk"]["ui"] == 0.0 and r["mk"]["content"] == 0.0 and r["mk"]["stale"] == 0
    assert r["sr-Latn"]["generated_from"] == "sr-Cyrl"
    assert "levels/lv.po: item.c.text" in untranslated(r)["sq"] and "en" in untranslated(r)
    text = format_text(r)
    assert "sq" in text and "66.7%" in text and "Stale entries" in text


def test_command_json_shape(root):
    out = subprocess.run([sys.executable, "-m", "game", "i18n-report", "--json"], cwd=root,
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert set(data) == set(LOCALES)
    for loc, d in data.items():
        assert {"ui", "content", "stale", "reviewed", "unreviewed"} <= set(d)
        assert 0 <= d["ui"] <= 100 and 0 <= d["content"] <= 100 and isinstance(d["stale"], int)
    assert data["en"]["ui"] == 100.0 and data["en"]["content"] == 100.0
