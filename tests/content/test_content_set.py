"""Quality gates for the shipped level set (content issue): balance, coverage, sources, honesty."""

import re

import pytest

from game.core import content_report
from game.core.library import Library
from game.core.loader import load_content
from game.core.schema import REGION


@pytest.fixture(scope="module")
def library(request):
    from tests.conftest import ROOT
    return Library.from_folder(ROOT)


@pytest.fixture(scope="module")
def report(library):
    return content_report.build(library)


def test_every_file_passes_strict_validation(root):
    content = load_content(None, root=root)
    problems = content.report.sorted()
    assert not problems, "\n".join(p.format() for p in problems)
    assert content.narratives is not None, "levels/narratives.yaml is missing"


def test_level_count_and_country_spread(report):
    assert report["levels"] >= 14
    for country in REGION:
        assert report["levels_per_country"][country] >= 2, country
    assert report["levels_per_country"]["region"] >= 2
    assert report["difficulties"] == [1, 2, 3, 4, 5]


def test_each_level_shape(report):
    for row in report["per_level"]:
        assert 10 <= row["items"] <= 14, row["id"]
        assert row["legitimate_share"] >= 0.4, row["id"]
        assert 2 <= len(row["teaches"]) <= 4, row["id"]
        assert 10 <= row["minutes"] <= 15, row["id"]


def test_every_technique_in_at_least_six_items(report):
    thin = {t: n for t, n in report["technique_items"].items() if n < 6}
    assert not thin, thin


def test_clues_for_lateral_reading(report):
    assert report["clues"]["manipulative"] >= 0.5
    assert report["clues"]["legitimate"] >= 0.25


def test_sources_are_publisher_pages(library):
    for level in library.levels + library.checks:
        for item in level.items:
            assert item.sources, (level.id, item.id)
            for src in item.sources:
                assert src.url.startswith("https://"), (level.id, item.id, src.url)
                assert not re.search(r"web\.archive\.org|archive\.(ph|today|is)|webcache", src.url), src.url


def test_manipulative_items_carry_their_debunk(library):
    for level in library.levels + library.checks:
        for item in level.items:
            if item.manipulative:
                assert item.facts and item.explanation, (level.id, item.id)


def test_nobody_claims_a_review_that_did_not_happen(library):
    assert all(not level.reviewed_by for level in library.levels + library.checks)


def test_check_forms_are_parallel_and_unused_elsewhere(library):
    forms = {lv.id: lv for lv in library.checks}
    assert {"check-a", "check-b"} <= set(forms)
    a, b = forms["check-a"], forms["check-b"]
    for form in (a, b):
        assert sum(it.manipulative for it in form.items) == 8
        assert sum(not it.manipulative for it in form.items) == 8
    # Item k of A and item k of B have the same verdict (matched pairs).
    assert [it.verdict for it in a.items] == [it.verdict for it in b.items]
    practice_texts = {it.text.strip() for lv in library.levels for it in lv.items}
    practice_urls = {s.url for lv in library.levels for it in lv.items for s in it.sources}
    for form in (a, b):
        for it in form.items:
            assert it.text.strip() not in practice_texts, it.id
        assert len({s.url for it in form.items for s in it.sources} & practice_urls) <= 2


def test_narratives_cross_borders(library):
    used = {it.narrative for lv in library.levels + library.checks for it in lv.items if it.narrative}
    known = {n["id"] for n in library.narratives}
    assert used <= known
    assert any(len(n["countries"]) >= 2 for n in library.narratives)
