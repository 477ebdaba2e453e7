"""Colours: Okabe-Ito accents and readable contrast for every text/background pair."""

import pytest

from game.ui.theme import HIGH_CONTRAST, NORMAL, OKABE_ITO, contrast, text_pairs


@pytest.mark.parametrize("theme", [NORMAL, HIGH_CONTRAST], ids=lambda t: t.name)
def test_every_text_pair_meets_wcag_aa(theme):
    low = [(name, round(contrast(fg, bg), 2)) for name, fg, bg in text_pairs(theme) if contrast(fg, bg) < 4.5]
    assert low == []


def test_high_contrast_accents_are_okabe_ito():
    for c in (HIGH_CONTRAST.accent, HIGH_CONTRAST.manip, HIGH_CONTRAST.legit, HIGH_CONTRAST.focus):
        assert c in OKABE_ITO.values()


def test_contrast_formula():
    assert round(contrast((0, 0, 0), (255, 255, 255)), 1) == 21.0
    assert contrast((10, 10, 10), (10, 10, 10)) == 1.0
