"""list_sum: a complete breakdown (total_of) whose components fall short of the stated total.

Unit tests build the records by hand (no model); the last tests go through factcheck.check.
"""

from __future__ import annotations

import pytest
from pydantic import ValidationError

import factcheck
from factcheck.checks import CheckContext, list_sum
from factcheck.extraction.qualifiers import interval
from factcheck.records import Article, Extraction, Kind, Qualifier, Quantity, Relation, RelationType
from factcheck.rulebook import default_rules


def _count(text: str, figure: str, value: float, qid: str, *, qualifier: Qualifier = Qualifier.EXACT,
           step: float | None = None, kind: Kind = Kind.COUNT, after: int = 0) -> Quantity:
    start = text.index(figure, after)
    low, high = interval(value, qualifier, step)
    return Quantity(id=qid, kind=kind, text=figure, start=start, end=start + len(figure), line=1,
                    column=start + 1, sentence=0, value=value, qualifier=qualifier, low=low, high=high, step=step)


def _context(text: str, whole: Quantity, parts: list[Quantity],
             type_: RelationType = RelationType.TOTAL_OF) -> CheckContext:
    relation = Relation(id="r1", type=type_, whole=whole.id, parts=[p.id for p in parts], cue="comprise",
                        sentence=0)
    extraction = Extraction(file="<text>", quantities=[whole, *parts], relations=[relation])
    return CheckContext(Article(text=text, body=text), extraction)


def _run(context: CheckContext, **params) -> list:
    return list(list_sum.run(context, list_sum.Params(**params)))


POSTS = "The 512 posts comprise 140 teaching posts, 160 research posts and 90 support posts."


def _posts(total: str = "512", total_value: float = 512, qualifier: Qualifier = Qualifier.EXACT):
    text = POSTS.replace("512", total)
    whole = _count(text, total, total_value, "q1", qualifier=qualifier)
    parts = [_count(text, "140", 140, "q2"), _count(text, "160", 160, "q3"), _count(text, "90", 90, "q4")]
    return text, whole, parts


def test_list_sum_fires_when_components_fall_short_of_the_total():
    text, whole, parts = _posts()
    hits = _run(_context(text, whole, parts))
    assert len(hits) == 1
    hit = hits[0]
    assert hit.primary is whole
    assert [p.id for p in hit.related] == ["q2", "q3", "q4"]
    assert hit.arithmetic == "140 + 160 + 90 = 390, stated total 512"
    assert hit.fields == {"whole": "512", "parts": "140, 160, 90", "parts_sum": "390", "gap": "122",
                          "direction": "short of"}


def test_list_sum_silent_when_components_add_up_exactly():
    text, whole, parts = _posts("390", 390)
    assert _run(_context(text, whole, parts)) == []


def test_list_sum_respects_a_hedged_total():
    # "about 420" allows 378 to 462: 390 fits
    text, whole, parts = _posts("420", 420, Qualifier.APPROXIMATE)
    assert _run(_context(text, whole, parts)) == []
    # "about 450" allows 405 to 495: 390 still falls short
    text, whole, parts = _posts("450", 450, Qualifier.APPROXIMATE)
    assert len(_run(_context(text, whole, parts))) == 1


def test_list_sum_respects_a_rounded_total():
    text = "Sales reached 1.2 million units: 410,000 in Europe, 500,000 in Asia and 250,000 elsewhere."
    whole = _count(text, "1.2 million", 1_200_000, "q1", step=100_000)  # allows 1,150,000 to 1,250,000
    parts = [_count(text, "410,000", 410_000, "q2"), _count(text, "500,000", 500_000, "q3"),
             _count(text, "250,000", 250_000, "q4")]
    assert _run(_context(text, whole, parts)) == []  # 1,160,000
    parts[2] = _count(text, "250,000", 200_000, "q4")
    hits = _run(_context(text, whole, parts))  # 1,110,000 < 1,150,000
    assert [h.arithmetic for h in hits] == ["410,000 + 500,000 + 200,000 = 1,110,000, stated total 1,200,000 (1.2 million)"]


def test_list_sum_never_fires_when_a_component_is_open_ended():
    text = "A total of 90 medals were won: 30 gold, 25 silver and more than 20 bronze."
    whole = _count(text, "90", 90, "q1")
    parts = [_count(text, "30", 30, "q2"), _count(text, "25", 25, "q3"),
             _count(text, "20", 20, "q4", qualifier=Qualifier.MORE_THAN)]
    assert _run(_context(text, whole, parts)) == []


def test_list_sum_leaves_components_exceeding_the_total_to_part_exceeds_whole():
    text, whole, parts = _posts("300", 300)
    assert _run(_context(text, whole, parts)) == []
    hits = _run(_context(text, whole, parts), exceeding=True)
    assert [(h.fields["direction"], h.fields["gap"]) for h in hits] == [("more than", "90")]


def test_list_sum_tolerance_forgives_a_small_gap():
    text, whole, parts = _posts("400", 400)  # 390 is 2.5% short
    assert len(_run(_context(text, whole, parts))) == 1
    assert _run(_context(text, whole, parts), tolerance=0.03) == []


def test_list_sum_ignores_including_lists():
    # "including" may leave things out: a part_of relation never falls short
    text, whole, parts = _posts()
    assert _run(_context(text, whole, parts, RelationType.PART_OF)) == []


def test_list_sum_params_forbid_unknown_keys():
    with pytest.raises(ValidationError):
        list_sum.Params(tolerence=0.1)


def test_list_sum_is_not_fooled_by_floating_point():
    text = "The 0.8 tonnes comprise 0.7 tonnes of grain and 0.1 tonnes of seed."
    whole = _count(text, "0.8", 0.8, "q1", kind=Kind.MEASURE)
    parts = [_count(text, "0.7", 0.7, "q2", kind=Kind.MEASURE), _count(text, "0.1", 0.1, "q3", kind=Kind.MEASURE)]
    assert _run(_context(text, whole, parts)) == []  # 0.7 + 0.1 = 0.7999999999999999


# -- end to end ---------------------------------------------------------------------------------

RULES = default_rules()


@pytest.mark.parametrize("text", [
    "Broken down, the 512 posts comprise 140 teaching posts, 160 research posts and 90 support posts.",
    "The 30,416 residents break down as follows: 5,012 men, 9,904 women and 7,163 children.",
    "Those numbers add up to 240 vehicles: 40 buses, 66 lorries and 84 vans.",
    "In total 2,300 visitors were counted: 650 on the first day, 870 on the second and 510 on the third.",
    "The council will spend $120.5 million on roads, $80.2 million on schools and $40.1 million on parks, "
    "bringing the total to $290.8 million.",
])
def test_list_sum_end_to_end_fires_on_a_short_breakdown(text):
    findings = factcheck.check(text, date="2020-05-01", rules=RULES)
    assert [f.rule for f in findings] == ["list-sum-mismatch"], f"list-sum-mismatch missed: {text!r}"


@pytest.mark.parametrize("text", [
    "Broken down, the 390 posts comprise 140 teaching posts, 160 research posts and 90 support posts.",
    "The 22,079 residents break down as follows: 5,012 men, 9,904 women and 7,163 children.",
    "Those numbers add up to 190 vehicles: 40 buses, 66 lorries and 84 vans.",
    "The council will spend $120.5 million on roads, $80.2 million on schools and $40.1 million on parks, "
    "bringing the total to $240.8 million.",
])
def test_list_sum_end_to_end_silent_on_a_breakdown_that_adds_up(text):
    findings = factcheck.check(text, date="2020-05-01", rules=RULES)
    assert findings == [], f"false alarm for {[f.rule for f in findings]} on: {text!r}"


def test_list_sum_end_to_end_parts_exceeding_fire_part_exceeds_whole_only():
    text = "Broken down, the 44 tracks comprise 17 new songs, 18 older recordings and 18 live tracks."
    findings = factcheck.check(text, date="2020-05-01", rules=RULES)
    assert [f.rule for f in findings] == ["part-exceeds-whole"]

