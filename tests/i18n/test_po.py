"""The PO reader/writer round-trips what editors write, and the MO compiler matches gettext."""

import gettext
import io

import pytest

from game.core import po

TRICKY = ['plain', 'say "hi"', "back\\slash", "tab\there", "two\nlines\n", "", "Ђорђе ćevap Ś ë",
          "x" * 200, "word " * 40 + "\n- list line\n  continued", "ends with space "]


def _catalog():
    cat = po.Catalog(header={"Language": "sr", "Plural-Forms": "nplurals=3; plural=(n%10==1 ? 0 : 1);",
                             "X-Lupa-Reviewed": "no"}, header_comments=["a comment", ""])
    for i, text in enumerate(TRICKY):
        cat.entries.append(po.Entry(msgid=text or "empty source", msgstr=text, msgctxt=f"item.i{i}.text",
                                    extracted=["a note"], comments=["translator"]))
    cat.entries.append(po.Entry(msgid="{n} file", msgid_plural="{n} files", msgstr_plural=["{n} a", "{n} b", "{n} c"],
                                references=["game/ui/x.py", "game/ui/y.py"]))
    cat.entries.append(po.Entry(msgid="new text", msgstr="stari", msgctxt="level.title", flags=["fuzzy"],
                                previous_msgid="old text", previous_msgctxt="level.title"))
    cat.entries.append(po.Entry(msgid="gone", msgstr="otišlo", msgctxt="item.x.facts", obsolete=True))
    return cat


def test_round_trip_keeps_every_field():
    cat = _catalog()
    text = po.dumps(cat)
    again = po.parse(text)
    assert again == cat
    assert po.dumps(again) == text


def test_long_and_multiline_strings_are_wrapped_but_read_back_whole():
    text = po.dumps(_catalog())
    assert max(len(line) for line in text.splitlines() if not line.startswith('"Plural')) <= 220
    assert '"two\\n"' in text and '"lines\\n"' in text


def test_reads_the_style_other_tools_write():
    text = '''# translator comment
#: game/ui/menu.py:12 game/ui/menu.py:40
#, fuzzy, python-brace-format
#| msgid "Old"
msgid "New"
msgstr "Novo"

msgctxt "item.a.text"
msgid ""
"first "
"second"
msgstr[0] "x"

#~ msgid "Obsolete"
#~ msgstr "Zastarjelo"
'''
    cat = po.parse(text)
    first, second, third = cat.entries
    assert first.references == ["game/ui/menu.py:12", "game/ui/menu.py:40"]
    assert first.fuzzy and "python-brace-format" in first.flags and first.previous_msgid == "Old"
    assert second.msgctxt == "item.a.text" and second.msgid == "first second"
    assert third.obsolete and third.msgstr == "Zastarjelo"
    assert cat.index().keys() == {(None, "New"), ("item.a.text", "first second")}


@pytest.mark.parametrize("bad", ['msgid "unterminated\nmsgstr ""\n', 'msgid "a"\nmsgstr "b"\nnonsense\n',
                                 '"orphan string"\n'])
def test_malformed_input_names_the_line(bad):
    with pytest.raises(ValueError, match=r"<po>:\d+"):
        po.parse(bad)


def test_mo_is_read_by_the_standard_library_like_msgfmt_output():
    cat = po.Catalog(header={"Content-Type": "text/plain; charset=UTF-8",
                             "Plural-Forms": "nplurals=2; plural=(n==1 || n%10==1 ? 0 : 1);"})
    cat.entries += [
        po.Entry(msgid="Play", msgstr="Игра"),
        po.Entry(msgid="Title", msgstr="Наслов", msgctxt="menu"),
        po.Entry(msgid="{n} item", msgid_plural="{n} items", msgstr_plural=["{n} ставка", "{n} ставки"]),
        po.Entry(msgid="Fuzzy", msgstr="Не", flags=["fuzzy"]),
        po.Entry(msgid="Empty", msgstr=""),
        po.Entry(msgid="Gone", msgstr="Не", obsolete=True),
    ]
    t = gettext.GNUTranslations(io.BytesIO(po.compile_mo(cat)))
    assert t.gettext("Play") == "Игра"
    assert t.pgettext("menu", "Title") == "Наслов"
    assert [t.ngettext("{n} item", "{n} items", n) for n in (1, 2, 11, 21)] == \
        ["{n} ставка", "{n} ставки", "{n} ставка", "{n} ставка"]
    assert t.gettext("Fuzzy") == "Fuzzy" and t.gettext("Empty") == "Empty" and t.gettext("Gone") == "Gone"


def test_mo_output_is_deterministic():
    assert po.compile_mo(_catalog()) == po.compile_mo(po.parse(po.dumps(_catalog())))


def test_every_committed_po_file_reads_and_is_in_canonical_form(root):
    files = sorted((root / "locales").rglob("*.po")) + sorted((root / "locales").glob("*.pot"))
    assert len(files) > 100
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert po.dumps(po.parse(text, str(path))) == text, path
