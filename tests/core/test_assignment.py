"""Assignment links: parsing never fails, hostile values are bounded, formatting round-trips."""

import pytest

from game.core.assignment import (MAX_FRAGMENT, MAX_LEVELS, MAX_NAME, Assignment, clean_text, format_fragment,
                                  format_link, parse)
from game.i18n import Translator

LEVELS = ["alb-quake-panic", "mkd-referendum", "srb-pandemic-aid"]


def msgids(parsed):
    return [n.msgid for n in parsed.notices]


def test_the_documented_example():
    parsed = parse("#lang=sq&levels=alb-quake-panic,mkd-referendum&check=pre-post&name=7b", LEVELS)
    assert parsed.assignment == Assignment("sq", ("alb-quake-panic", "mkd-referendum"), "pre-post", "7b")
    assert parsed.notices == ()
    assert parsed.assignment.pre and parsed.assignment.post and parsed.assignment.playable


@pytest.mark.parametrize("fragment", [None, "", "#", "   ", 42, b"#lang=sq"])
def test_no_assignment(fragment):
    assert parse(fragment) == parse("") and parse(fragment).assignment is None and not parse(fragment).notices


@pytest.mark.parametrize("assignment", [
    Assignment("sq", ("alb-quake-panic",), "pre-post", "7b"),
    Assignment("sr-Latn", tuple(LEVELS), "post", "Klasa 2 – grupa A & B"),
    Assignment(None, ("mkd-referendum",), "none", ""),
    Assignment("mk", (), "pre", "Одделение 8/2 #1 + 50%"),
    Assignment("cnr", ("srb-pandemic-aid", "alb-quake-panic"), "none", "ś ź С́"),
])
def test_format_then_parse_round_trips(assignment):
    parsed = parse(format_fragment(assignment), LEVELS)
    assert parsed.assignment == assignment and parsed.notices == ()
    link = format_link("https://school.example/lupa/index.html#old", assignment)
    assert link.startswith("https://school.example/lupa/index.html#") and "#old" not in link
    assert parse(link.partition("#")[2], LEVELS).assignment == assignment


def test_unknown_and_malformed_values_are_dropped_with_notices():
    parsed = parse("#lang=xx&levels=alb-quake-panic,nope,../../etc/passwd,,ALB-QUAKE-PANIC&check=maybe"
                   "&name=7b&colour=red&debug", LEVELS)
    assert parsed.assignment == Assignment(None, ("alb-quake-panic",), "none", "7b")
    ids = msgids(parsed)
    assert any("unknown parts" in m for m in ids) and any("unknown language" in m for m in ids)
    assert any("do not exist" in m for m in ids) and any("unknown check" in m for m in ids)
    missing = next(n for n in parsed.notices if "do not exist" in n.msgid)
    assert "'nope'" in missing.values["levels"] and "'../../etc/passwd'" in missing.values["levels"]
    ignored = next(n for n in parsed.notices if "unknown parts" in n.msgid)
    assert ignored.values["parts"] == "'colour', 'debug'"


def test_notices_are_translatable_text():
    parsed = parse("#lang=xx&levels=alb-quake-panic", LEVELS)
    text = parsed.notices[0].text(Translator("en"))
    assert text == "The assignment asks for an unknown language 'xx'; pick your language."
    assert "{" not in text


def test_language_codes_are_matched_without_case_and_with_underscores():
    assert parse("#lang=SR_latn&levels=mkd-referendum", LEVELS).assignment.lang == "sr-Latn"
    assert parse("#lang=sq&levels=mkd-referendum", LEVELS, languages=["en"]).assignment.lang is None


def test_repeated_keys_keep_the_first():
    parsed = parse("#levels=mkd-referendum&levels=alb-quake-panic", LEVELS)
    assert parsed.assignment.levels == ("mkd-referendum",)
    assert any("twice" in m for m in msgids(parsed))


def test_a_link_with_nothing_playable_says_so():
    parsed = parse("#levels=nope&check=never", LEVELS)
    assert parsed.assignment is None
    assert any("no level the game can open" in m for m in msgids(parsed))
    lang_only = parse("#lang=mk")
    assert lang_only.assignment == Assignment("mk") and not lang_only.notices and not lang_only.assignment.playable


def test_any_well_formed_id_passes_without_a_level_list():
    assert parse("#levels=future-level-7").assignment.levels == ("future-level-7",)
    assert parse("#levels=Bad Id!,x" + "y" * 90).assignment is None


def test_hostile_values_are_bounded():
    huge = "#name=" + "A" * 100_000 + "&levels=" + ",".join(f"l{i}" for i in range(5000))
    parsed = parse(huge)
    assert parsed.assignment.name == "A" * MAX_NAME
    assert any("too long" in m for m in msgids(parsed))
    many = parse("#levels=" + ",".join(f"l{i}" for i in range(200)))
    assert len(many.assignment.levels) == MAX_LEVELS
    parts = parse("#" + "&".join(f"k{i}=v" for i in range(1000)) + "&levels=l1")
    assert parts.assignment is None and any("too many parts" in m for m in msgids(parts))
    for notice in parsed.notices + many.notices + parts.notices:
        assert len(notice.text()) < 400
    assert len(MAX_FRAGMENT * "x") == MAX_FRAGMENT


def test_names_lose_control_and_bidi_characters():
    parsed = parse("#levels=l1&name=%E2%80%AEevil%00%0A%1B[31m%20%20class%09b%F0%9F%98%80")
    assert parsed.assignment.name == "evil [31m class b😀"
    assert clean_text("a\u202eb\u200bc\ud800d", 10) == "abcd"
    bad = parse("#levels=l1&name=%ZZ%E2%80")
    assert bad.assignment.name == "%ZZ\ufffd"


def test_quoted_offending_values_are_short_and_clean():
    parsed = parse("#lang=" + "\u202e" + "x" * 500, LEVELS)
    value = parsed.notices[0].values["value"]
    assert len(value) <= 30 and "\u202e" not in value


def test_post_pre_swaps_the_order_of_the_forms():
    parsed = parse("#levels=alb-quake-panic&check=post-pre", LEVELS)
    assert parsed.assignment.check == "post-pre"
    assert parsed.assignment.pre and parsed.assignment.post
    assert not parsed.notices
