"""The level format, version 1: the one definition of every content file's fields.

The validator, the generated trainer documentation (``levels/README.md``) and the JSON Schema
for editors (``levels/level.schema.json``) all come from the records below. Field names are the
contract with trainers (see the level-format spec); renaming one needs a format version 2.
Rules that relate several fields live in :mod:`game.core.rules`, each with its own wording.
"""

from __future__ import annotations

from .nodes import Scalar
from .kinds import (F, Choice, HttpsUrl, Integer, IsoDate, ListOf, Period, Record, Ref, Slug,
                    Text)

FORMAT_VERSION = 1

# The languages a level may be written in, by BCP 47 tag (cnr = Montenegrin).
LANGUAGES = ("en", "sq", "mk", "sr-Latn", "sr-Cyrl", "bs", "hr", "cnr")

# ISO 3166-1 alpha-2, plus XK, the code in common use for Kosovo.
COUNTRIES = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS
BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE
EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM
HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC
LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW
SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO
TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK
""".split())

# The six countries the game is about, in the order the map shows them.
REGION = ("AL", "BA", "XK", "ME", "MK", "RS")

VERDICTS = ("manipulative", "legitimate")
ITEM_FORMATS = ("post", "headline", "message", "comment", "video", "image")
MODES = ("practice", "check")
CLUE_TOOLS = ("source", "image", "date", "search")

# Card-sized text limits (characters). The game also measures the real font at 200 % text
# size; these limits keep a level inside what the card can show at the default size.
LIMITS = {
    "title": 60, "summary": 200, "briefing": 900, "outlet": 40, "author": 40, "headline": 120,
    "text": 600, "explanation": 600, "facts": 600, "clue": 200, "source_title": 200, "alt": 200,
}


class CountryCode(Choice):
    def words(self) -> str:
        return "a two-letter country code (ISO 3166-1, XK for Kosovo)"

    def json(self) -> dict:
        return {"type": "string", "enum": sorted(COUNTRIES)}

    def check(self, node, path, label, ck):
        if isinstance(node, Scalar) and node.value.strip().upper() in COUNTRIES and node.value.strip() != node.value.strip().upper():
            ck.error(node.loc, f"Country codes are written in capitals: '{node.value.strip().upper()}'.", "")
            return None
        if isinstance(node, Scalar) and node.value.strip() not in COUNTRIES:
            ck.error(node.loc, f"'{node.value.strip()[:20]}' is not a known country code.",
                     "Use two-letter ISO codes: AL Albania, BA Bosnia and Herzegovina, XK Kosovo, ME Montenegro, "
                     "MK North Macedonia, RS Serbia (HR Croatia, RU Russia, CN China, ...).")
            return None
        return super().check(node, path, label, ck)


def _country() -> Choice:
    # Choice gives the "did you mean" hint; the long list is not repeated in every message.
    return CountryCode(tuple(sorted(COUNTRIES)))


SOURCE = Record("source", (
    F("title", Text(LIMITS["source_title"]), True, "Title of the page, as the publisher gives it.",
      "EU exempts Western Balkans from export authorisation"),
    F("publisher", Text(100), True, "Who published it: the fact-checker, EUvsDisinfo, the ministry, the newspaper.",
      "European Western Balkans"),
    F("url", HttpsUrl(), True, "The publisher's own page (never a copy on another site), opened and checked.",
      "https://europeanwesternbalkans.com/2020/04/27/..."),
    F("date", IsoDate(), False, "When the page was published.", "2020-04-27"),
), "Where a fact can be checked: the publisher's own page.")

IMAGE = Record("image", (
    F("file", Text(200, r"assets/levels/[a-z0-9-]+/[A-Za-z0-9_.-]+\.(png|jpg|jpeg)",
                   "a path like assets/levels/<level-id>/<name>.png"), True,
      "Path of a PNG or JPEG file from the project folder.", "assets/levels/srb-covid-solidarity/plane.png"),
    F("alt", Text(LIMITS["alt"]), True, "What the image shows, for players who cannot see it.",
      "Cargo plane being unloaded at night"),
), "A picture shown on the card.")

CLUES = Record("clues", tuple(
    F(tool, Text(LIMITS["clue"]), False, doc, example) for tool, doc, example in (
        ("source", "What checking the outlet or account shows.", "The site was registered three weeks ago and names no editor."),
        ("image", "What a reverse image search shows.", "The photo is from a 2015 article about another country."),
        ("date", "What checking the date shows.", "The statement is from 2018, not from this week."),
        ("search", "What searching other outlets shows.", "No other outlet reports this; the ministry says the opposite."),
    )), "What the verification tools reveal when the player uses them (lateral reading).")

ITEM = Record("item", (
    F("id", Slug(60), True, "Unique within the level; translations refer to it, so keep it stable.", "eu-fairytale"),
    F("format", Choice(ITEM_FORMATS), True, "How the card looks.", "post"),
    F("outlet", Text(LIMITS["outlet"]), True,
      "Shown as the source of the card. Re-created manipulative items use invented names.", "Pogled Today"),
    F("author", Text(LIMITS["author"]), False, "Account or byline shown on the card.", '"@pogled_today"'),
    F("date", IsoDate(), False, "Date shown on the card.", "2020-03-16"),
    F("headline", Text(LIMITS["headline"]), False, "Headline shown in bold above the text.", "Europe shuts its doors"),
    F("text", Text(LIMITS["text"]), True, "The content the player judges.", "|\n  Brussels banned every mask..."),
    F("image", IMAGE, False, "A picture on the card, with alt text.", ""),
    F("verdict", Choice(VERDICTS), True, "The answer: is this item manipulative or legitimate?", "manipulative"),
    F("techniques", ListOf(Ref("technique"), 0, 4, True, "technique"), False,
      "The key techniques (1 to 4) if manipulative; empty or absent if legitimate.", "[emotional-language, false-dilemma]"),
    F("also_accept", ListOf(Ref("technique"), 0, 4, True, "technique"), False,
      "Techniques that are defensible but not the key: neither rewarded nor punished.", "[polarisation]"),
    F("explanation", Text(LIMITS["explanation"]), False,
      "The debrief: why this item manipulates, or why it is fair. Required for manipulative items.", "|\n  ..."),
    F("facts", Text(LIMITS["facts"]), False, "What is actually true. Required for manipulative items.", "|\n  ..."),
    F("sources", ListOf(SOURCE, 1, 6, False, "source"), True, "Where the facts can be checked.", ""),
    F("clues", CLUES, False, "What the player's verification tools reveal.", ""),
    F("narrative", Ref("narrative"), False, "The narrative family, an id in levels/narratives.yaml.", "covid-eu-abandoned"),
    F("based_on", Text(100), False, "Free reference: a dossier id or database case number.", "SRB-01"),
), "One post, headline, message, comment, video or image the player judges.")

LEVEL = Record("level", (
    F("format", Integer(1, 1), True, "Version of the level format; always 1.", "1"),
    F("id", Slug(60), True, "Unique slug; equals the file name without .yaml.", "srb-covid-solidarity"),
    F("mode", Choice(MODES), True,
      "`practice`: feedback after each item; `check`: no feedback, a pre/post test.", "practice"),
    F("language", Choice(LANGUAGES), True, "The language this file is written in.", "en"),
    F("title", Text(LIMITS["title"]), True, "Shown on the level card.", "Who helped first?"),
    F("summary", Text(LIMITS["summary"]), True, "One or two sentences on the level card.", "..."),
    F("countries", ListOf(_country(), 0, 12, True, "country"), True,
      "Countries the level is about; [] for a region-wide level.", "[RS, BA, ME]"),
    F("topics", ListOf(Slug(40), 0, 12, True, "topic"), False, "Free lowercase tags.", "[covid-19, eu]"),
    F("period", Period(), True, "When the narratives circulated.", "2020"),
    F("difficulty", Integer(1, 5), True, "1 (easiest) to 5.", "2"),
    F("minutes", Integer(1, 60), True, "Expected playing time in minutes.", "12"),
    F("authors", ListOf(Text(100), 1, 20, True, "author"), True, "Who wrote the level.", "[Name or organisation]"),
    F("reviewed_by", ListOf(Text(100), 0, 20, True, "reviewer"), False,
      "Who checked the facts; empty means 'not yet reviewed', and the game says so.", "[]"),
    F("license", Text(40), True, "Licence of the level text.", "CC-BY-4.0"),
    F("teaches", ListOf(Ref("technique"), 1, 8, True, "technique"), True,
      "Technique ids introduced in the briefing before the items.", "[emotional-language, false-context]"),
    F("briefing", Text(LIMITS["briefing"]), False, "Short prebunk shown before the first item.", "|\n  ..."),
    F("items", ListOf(ITEM, 1, 40, False, "item"), True, "The cards the player judges.", ""),
), "One level file: levels/<id>.yaml, or levels/checks/<id>.yaml for a check form.")

BAD_NEWS = ("emotion", "impersonation", "polarisation", "conspiracy", "discredit", "trolling")
FLICC = ("fake-experts", "logical-fallacies", "impossible-expectations", "cherry-picking", "conspiracy-theories")
FIRST_DRAFT = ("satire-parody", "false-connection", "misleading-content", "false-context", "imposter-content",
               "manipulated-content", "fabricated-content")

TECHNIQUE = Record("technique", (
    F("id", Slug(40), True, "Stable id that levels use.", "emotional-language"),
    F("name", Text(40), True, "A name a 14-year-old understands.", "Emotional manipulation"),
    F("short", Text(120), True, "One-line definition.", "Uses fear, anger or outrage so that you share before you think."),
    F("signs", ListOf(Text(100), 3, 5, False, "sign"), True, "Tell-tale signs (3 to 5).", "[Alarmist words and capitals]"),
    F("example", Text(300), True, "A short invented example.", "..."),
    F("maps_to", Record("cross-walk", (
        F("bad_news", Choice(BAD_NEWS), True, "Bad News game technique.", "emotion", nullable=True),
        F("flicc", Choice(FLICC), True, "FLICC (Cranky Uncle) technique.", "null", nullable=True),
        F("first_draft", Choice(FIRST_DRAFT), True, "First Draft's seven types.", "misleading-content", nullable=True),
        F("disarm", ListOf(Text(12, r"T\d{4}(\.\d{3})?", "a DISARM id like T0023"), 0, 8, True, "id"), True,
          "DISARM Red Framework technique ids.", "[T0083, T0078]"),
    ), "Cross-walk to public taxonomies."), True, "Cross-walk to public taxonomies.", ""),
), "One manipulation technique.")

TAXONOMY = Record("technique guide", (
    F("format", Integer(1, 1), True, "Always 1.", "1"),
    F("language", Choice(LANGUAGES), True, "Language of the guide.", "en"),
    F("techniques", ListOf(TECHNIQUE, 1, 40, False, "technique"), True, "The techniques.", ""),
), "levels/techniques.yaml: the technique taxonomy every level refers to.")

NARRATIVE = Record("narrative", (
    F("id", Slug(80), True, "Stable id that items refer to.", "srb-covid-eu-solidarity-fairytale"),
    F("title", Text(100), True, "Short title of the narrative family.", "The EU abandoned us"),
    F("countries", ListOf(_country(), 0, 12, True, "country"), True, "Where it circulated.", "[RS, ME, BA]"),
    F("years", Period(), True, "When it circulated.", "2020"),
    F("summary", Text(1200), True, "Neutral summary: the claim, how it travelled, what is true.", "..."),
    F("sources", ListOf(SOURCE, 1, 8, False, "source"), True, "Where it is documented.", ""),
), "A narrative family that crosses borders.")

CATALOGUE = Record("narrative catalogue", (
    F("format", Integer(1, 1), True, "Always 1.", "1"),
    F("language", Choice(LANGUAGES), True, "Language of the catalogue.", "en"),
    F("narratives", ListOf(NARRATIVE, 0, 400, False, "narrative"), True, "The narratives.", ""),
), "levels/narratives.yaml: narrative families items may belong to.")
