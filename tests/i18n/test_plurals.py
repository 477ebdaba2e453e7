"""Plural rules per locale: the headers match the decided rules for n = 0..200, in every catalogue."""

import gettext
import io

import pytest

from game.core import po
from game.core.locales import LOCALES, PLURAL_FORMS, nplurals


def south_slavic(n):
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and (n % 100 < 10 or n % 100 >= 20):
        return 1
    return 2


EXPECTED = {
    "en": lambda n: int(n != 1),
    "sq": lambda n: int(n != 1),
    "mk": lambda n: 0 if n == 1 or n % 10 == 1 else 1,
    "sr-Cyrl": south_slavic, "sr-Latn": south_slavic, "bs": south_slavic, "hr": south_slavic,
    "cnr": south_slavic,
}


def test_every_locale_has_a_rule():
    assert set(PLURAL_FORMS) == set(LOCALES) == set(EXPECTED)


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_plural_expression_matches_the_rule(locale):
    rule = gettext.c2py(PLURAL_FORMS[locale].split("plural=")[1].rstrip(";"))
    assert [rule(n) for n in range(201)] == [EXPECTED[locale](n) for n in range(201)]
    assert max(EXPECTED[locale](n) for n in range(201)) == nplurals(locale) - 1


def test_known_forms():
    # Serbian/Bosnian/Croatian/Montenegrin: 1 jedan, 2-4 dva, 5-20 pet; 21 again "jedan".
    assert [south_slavic(n) for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 111, 112, 121)] == \
        [0, 1, 1, 2, 2, 2, 2, 0, 1, 2, 2, 2, 0]
    # Macedonian: 21 and 31 take form 0 (pybabel's default n != 1 gets this wrong).
    mk = EXPECTED["mk"]
    assert (mk(1), mk(2), mk(11), mk(21), mk(31), mk(0)) == (0, 1, 0, 0, 0, 1)


@pytest.mark.parametrize("locale", sorted(set(LOCALES) - {"en"}))
def test_committed_catalogue_header_and_compiled_rule(root, locale):
    path = root / "locales" / locale / "LC_MESSAGES" / "lupa.po"
    cat = po.read(path)
    assert cat.header["Plural-Forms"] == PLURAL_FORMS[locale]
    for e in cat.active:
        if e.msgid_plural is not None:
            assert len(e.msgstr_plural) == nplurals(locale), e.msgid
    # Compile a catalogue with a plural entry under this header: gettext picks the rule's form.
    probe = po.Catalog(header=dict(cat.header))
    forms = [f"form{i}" for i in range(nplurals(locale))]
    probe.entries.append(po.Entry(msgid="one", msgid_plural="many", msgstr_plural=forms))
    t = gettext.GNUTranslations(io.BytesIO(po.compile_mo(probe)))
    assert [t.ngettext("one", "many", n) for n in range(201)] == [forms[EXPECTED[locale](n)] for n in range(201)]
