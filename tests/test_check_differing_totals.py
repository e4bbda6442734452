"""differing_totals: a count restated ("the figure of ...", "gave the number as ...") that no other
mention of the same thing agrees with.

Unit tests build the records by hand (no model): each figure is located in the snippet, so the
check reads its cue words from the text. The last tests go through factcheck.check.
"""

from __future__ import annotations

import re

import pytest
from pydantic import ValidationError

import factcheck
from factcheck.checks import CheckContext, differing_totals
from factcheck.extraction.qualifiers import interval
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation
from factcheck.rulebook import default_rules

HEDGES = {"some": Qualifier.APPROXIMATE, "about": Qualifier.APPROXIMATE, "around": Qualifier.APPROXIMATE,
          "more than": Qualifier.MORE_THAN, "nearly": Qualifier.NEARLY, "up to": Qualifier.AT_MOST}
SCALES = {"million": 1_000_000, "billion": 1_000_000_000}
WORDS = {"six": 6.0}


def _records(text: str, relations: list[Relation] | None = None) -> CheckContext:
    """Every '[hedge] N [scale] word(s)' count marked as {N counted text} in the snippet.

    "{1,200 people}" -> a count 1200 of 'people'; "{more than 3 billion songs}" -> hedged, rounded.
    """
    quantities, plain, shift = [], "", 0
    for m in re.finditer(r"\{([^}]*)\}", text):
        plain += text[shift:m.start()]
        inner = m.group(1)
        hedge = next((h for h in sorted(HEDGES, key=len, reverse=True) if inner.startswith(h + " ")), None)
        if hedge:
            plain += hedge + " "
            inner = inner[len(hedge) + 1:]
        number, *words = inner.split(" ")
        value = WORDS.get(number) or float(number.replace(",", ""))
        step = None
        figure = number
        if words and words[0] in SCALES:
            value, step = value * SCALES[words[0]], SCALES[words[0]]
            figure, words = f"{number} {words[0]}", words[1:]
        counted_text = " ".join(words)
        start = len(plain)
        qualifier = HEDGES.get(hedge, Qualifier.EXACT)
        low, high = interval(value, qualifier, step)
        quantities.append(Quantity(
            id=f"q{len(quantities) + 1}", kind=Kind.COUNT, text=figure, start=start, end=start + len(figure),
            line=1, column=start + 1, sentence=0, value=value, counted=_lemma(words[-1]),
            counted_text=counted_text, qualifier=qualifier, qualifier_text=hedge, low=low, high=high, step=step))
        plain += f"{figure} {counted_text}"
        shift = m.end()
    plain += text[shift:]
    sentence_ends = [m.end() for m in re.finditer(r"[.!?]\s", plain)]
    for q in quantities:
        q.sentence = sum(1 for end in sentence_ends if end <= q.start)
    extraction = Extraction(file="<text>", quantities=quantities, relations=relations or [])
    return CheckContext(Article(text=plain, body=plain), extraction)


def _lemma(word: str) -> str:
    return {"people": "people", "countries": "country", "jobs": "job", "fighters": "fighter"}.get(
        word, word[:-1] if word.endswith("s") else word)


def _run(text: str, **params) -> list:
    return list(differing_totals.run(_records(text), differing_totals.Params(**params)))


def _pairs(hits) -> list[tuple[str, str]]:
    return [(f"{h.primary.text} {h.primary.counted_text}", f"{h.related[0].text} {h.related[0].counted_text}")
            for h in hits]


def test_differing_totals_fires_on_a_restatement_with_another_value():
    hits = _run("Initial estimates put the number at {1,500 people}. "
                "The figure of {1,200 people} was repeated in a later statement.")
    assert _pairs(hits) == [("1,200 people", "1,500 people")]
    assert hits[0].arithmetic == "restated 1,200 people (allows 1,200) vs 1,500 people earlier (allows 1,500): no overlap"
    assert hits[0].fields == {"restated": "1,200 people", "other": "1,500 people", "counted": "people"}


@pytest.mark.parametrize("restatement", [
    "Asked to clarify, the airline gave the number as {550 aircraft}.",
    "The airline later confirmed the figure of {550 aircraft}.",
    "That figure, {550 aircraft}, was also cited by the minister.",
    "The airline again spoke of {550 aircraft} later in the day.",
    "Later reports likewise referred to {550 aircraft}.",
    "A spokesperson later put the number at roughly {550 aircraft}.",
    "In a later statement, {550 aircraft} was repeated as the order size.",
])
def test_differing_totals_reads_restatement_cues(restatement):
    hits = _run("The airline ordered {737 aircraft} from Boeing. " + restatement)
    assert _pairs(hits) == [("550 aircraft", "737 aircraft")], f"differing-totals missed: {restatement!r}"


@pytest.mark.parametrize("first,restated", [
    ("{120 users}", "some 120 users"),
    ("{about 40 countries}", "37 countries"),
    ("{more than 35 countries}", "37 countries"),
    ("{nearly 500 cars}", "480 cars"),
    ("{1.2 million workers}", "1,240,000 workers"),
])
def test_differing_totals_accepts_hedged_and_rounded_agreement(first, restated):
    hits = _run(f"The firm counted {first} last year. The figure of {{{restated}}} was repeated later.")
    assert hits == [], f"false alarm for differing-totals: {first} vs {restated}"


def test_differing_totals_gives_an_open_hedge_a_reach():
    # "more than 3 billion" reads as 3 to 4 billion, not as any number above 3 billion
    hits = _run("The store has sold {more than 3 billion songs}. The figure of {5 billion songs} was repeated.")
    assert _pairs(hits) == [("5 billion songs", "3 billion songs")]
    assert _run("The store has sold {more than 3 billion songs}. The figure of {5 billion songs} was repeated.",
                open_hedge_slack=1.0) == []


def test_differing_totals_needs_a_restatement_cue():
    # different groups of one noun: nothing presents either figure as the other's restatement
    assert _run("Police said {6,000 civilians} had left. Officials said {250,000 civilians} remained.") == []
    assert _run("Shelling killed {six people} on Monday. Some {15,000 people} were evacuated.") == []


def test_differing_totals_compares_the_same_counted_thing_only():
    assert _run("Some {6,000 civilians} left. The figure of {366 fighters} was repeated.") == []
    assert _run("About {9,000 production jobs} will go. The figure of {2,000 salaried jobs} was repeated.") == []


def test_differing_totals_bare_noun_matches_a_modified_mention_unless_the_noun_is_split():
    hits = _run("The army said {4,000 rebel fighters} remained. Later it gave the number as {3,000 fighters}.")
    assert _pairs(hits) == [("3,000 fighters", "4,000 rebel fighters")]
    assert _run("The army said {4,000 rebel fighters} and {2,000 government fighters} died. "
                "Later it gave the number as {3,000 fighters}.") == []


def test_differing_totals_stays_silent_on_an_update():
    assert _run("Early reports put the number at {45 people}. The toll later rose to {61 people}.") == []
    assert _run("Early reports put the number at {45 people}. The toll now stands at {61 people}.") == []
    assert _run("Police arrested {12 people} on Friday. On Saturday they arrested {15 people}, "
                "bringing the number to {27 people}.") == []


def test_differing_totals_accepts_a_total_of_several_mentions():
    assert _run("The museum had {3,000 visitors} on Saturday. On Sunday {4,500 visitors} came. "
                "The total of {7,500 visitors} was a record.") == []


def test_differing_totals_ignores_far_apart_groups():
    # 2 million displaced is another group than six killed, not a drifted copy
    assert _run("Shelling killed {six people}. The figure of {2 million people} displaced was cited.") == []
    assert len(_run("Shelling killed {six people}. The figure of {2 million people} was cited.",
                    max_ratio=1e6)) == 1


def test_differing_totals_ignores_a_group_named_by_a_participle():
    assert _run("The quake killed {120 people}. The figure of {90 people} injured was given by the Red Cross.") == []


def test_differing_totals_reports_a_pair_once_with_the_later_mention_first():
    hits = _run("Initial estimates put the number at {260 dealerships}. "
                "A spokesperson later put the number at {310 dealerships}.")
    assert _pairs(hits) == [("310 dealerships", "260 dealerships")]


def test_differing_totals_cue_must_stand_next_to_the_figure():
    # "confirmed" is too far from the figure, with words that are not hedges between
    assert _run("Rescuers found {48 miners}. The operator confirmed the mine had flooded with {36 miners} inside.") == []


def test_differing_totals_params_forbid_unknown_keys():
    with pytest.raises(ValidationError):
        differing_totals.Params(cue=["the figure of"])


def test_differing_totals_params_reject_a_broken_regex():
    with pytest.raises(ValidationError, match="not a valid regular expression"):
        differing_totals.Params(cues=[r"the (figure"])


def test_differing_totals_cues_are_data():
    text = "The club had {400 members}. Its newsletter mentions {300 members}."
    assert _run(text) == []
    assert len(_run(text, cues=[r"\bnewsletter\s+mentions"])) == 1


# -- end to end ---------------------------------------------------------------------------------

RULES = [r for r in default_rules() if r.id == "differing-totals"]


@pytest.mark.parametrize("text", [
    "Rescuers said 48 miners were trapped underground. The mine operator later confirmed the figure of 36 miners.",
    "The ministry counted 2,400 refugees at the border. That figure, 3,100 refugees, was cited again by the UN.",
    "About 30 schools were closed by the storm. Officials later gave the number as 55 schools.",
    "Apple sold about 1.6 million computers. Apple again spoke of 2.8 million computers later in the day.",
])
def test_differing_totals_end_to_end_fires(text):
    findings = factcheck.check(text, date="2020-05-01", rules=RULES)
    assert [f.rule for f in findings] == ["differing-totals"], f"differing-totals missed: {text!r}"
    assert len(findings[0].related) == 1 and findings[0].related[0].start < findings[0].start


@pytest.mark.parametrize("text", [
    "The league has teams in about 40 cities. The commissioner later confirmed the figure of 37 cities.",
    "Police said 6,000 civilians had left. About 250,000 civilians remained in the east.",
    "The union said 300 jobs would go: 120 production jobs and 180 salaried jobs. The figure of 300 jobs was "
    "confirmed by the firm.",
    "The firm sold 150 cars in May. In June it sold 210 cars, and the figure of 210 cars was repeated by the dealer.",
])
def test_differing_totals_end_to_end_silent(text):
    findings = factcheck.check(text, date="2020-05-01", rules=RULES)
    assert findings == [], f"false alarm for differing-totals on: {text!r}"


def test_differing_totals_seed_article_checks_clean(seed_path):
    rules = [r for r in default_rules() if r.id in ("differing-totals", "list-sum-mismatch")]
    findings = factcheck.check_file(seed_path, rules=rules)
    assert findings == [], [f"{f.rule}: {f.text} {f.message}" for f in findings]
