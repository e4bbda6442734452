"""compare: a newsroom's own condition on figures or relations, in a safe expression language.

Unit tests build the records by hand (no model); conditions are validated when a rule loads,
so a bad one is a RuleError naming the rule file and line.
"""

from __future__ import annotations

import textwrap

import pytest
from pydantic import ValidationError

import factcheck
from factcheck.checks import CheckContext, compare
from factcheck.errors import RuleError
from factcheck.records import Article, Extraction, Kind, Quantity, Relation, RelationType
from factcheck.rulebook import default_rules, load_rule


def percent(text: str, surface: str, value: float, number: int = 1) -> Quantity:
    start = text.index(surface)
    return Quantity(id=f"q{number}", kind=Kind.PERCENT, text=surface, start=start, end=start + len(surface), line=1,
                    column=start + 1, sentence=0, value=value, unit="%", low=value, high=value)


def count(text: str, surface: str, counted: str, number: int) -> Quantity:
    start = text.index(surface)
    value = float(surface.split()[0].replace(",", ""))
    return Quantity(id=f"q{number}", kind=Kind.COUNT, text=surface, start=start, end=start + len(surface), line=1,
                    column=start + 1, sentence=0, value=value, counted=counted, low=value, high=value)


def run(text: str, quantities: list[Quantity], links: list[Relation] | None = None, **params):
    context = CheckContext(Article(text=text, body=text),
                           Extraction(file="<text>", quantities=quantities, relations=links or []))
    return list(compare.run(context, compare.Params(**params))), context


SHARE = next(r for r in default_rules() if r.id == "share-over-hundred")


@pytest.mark.parametrize("text,surface,value,fires", [
    ("Turnout reached 120% of registered voters.", "120%", 120, True),
    ("The party took 104 percent of the vote.", "104 percent", 104, True),
    ("Turnout reached 62% of registered voters.", "62%", 62, False),
    ("Turnout reached 100% of registered voters.", "100%", 100, False),
    ("Online sales jumped 150% on last year.", "150%", 150, False),         # a change, not a share
    ("Output reached 120% of last year's level.", "120%", 120, False),       # a ratio to another amount
])
def test_compare_share_over_hundred_rule(text, surface, value, fires):
    hits, _ = run(text, [percent(text, surface, value)], **SHARE.params.model_dump())
    assert len(hits) == int(fires), f"share-over-hundred {'missed' if fires else 'false alarm'}: {text!r}"


def test_compare_hit_shows_the_condition_and_the_values_it_used():
    text = "Turnout reached 120% of registered voters."
    [hit], _ = run(text, [percent(text, "120%", 120)], kind=["percent"], condition="low is None or low <= 100")
    assert hit.primary.text == "120%"
    assert hit.arithmetic == "low is None or low <= 100 is false with low = 120"
    assert hit.fields["value"] == "120" and hit.fields["condition"] == "low is None or low <= 100"


def test_compare_selectors_filter_by_kind_and_counted_head():
    text = "The 9,000 marchers and 12 police officers met 3 ministers."
    qs = [count(text, "9,000 marchers", "marcher", 1), count(text, "12 police officers", "officer", 2),
          count(text, "3 ministers", "minister", 3)]
    hits, _ = run(text, qs, kind=["count"], counted=["marcher", "officer"], condition="value < 1000")
    assert [h.primary.text for h in hits] == ["9,000 marchers"]
    hits, _ = run(text, qs, kind=["money"], condition="value < 1000")
    assert hits == []


def test_compare_relation_scope_sees_whole_and_parts():
    text = "Of the 83 visitors, 75 were adults and 44 were children."
    qs = [count(text, "83 visitors", "visitor", 1), count(text, "75", "adult", 2), count(text, "44", "child", 3)]
    relation = Relation(id="r1", type=RelationType.PART_OF, whole="q1", parts=["q2", "q3"], sentence=0)
    [hit], _ = run(text, qs, [relation], scope="relation", relations=["part_of"], condition="sum(parts) <= whole")
    assert hit.primary.text == "83 visitors"
    assert [q.text for q in hit.related] == ["75", "44"]
    assert hit.arithmetic == "sum(parts) <= whole is false with parts = [75, 44], whole = 83"
    assert hit.fields["parts"] == "75, 44"
    hits, _ = run(text, qs, [relation], scope="relation", relations=["total_of"], condition="sum(parts) <= whole")
    assert hits == []


def test_compare_condition_that_cannot_be_evaluated_does_not_fire_and_is_noted():
    text = "Turnout reached 62% of registered voters."
    q = percent(text, "62%", 62).model_copy(update={"high": None})
    hits, context = run(text, [q], condition="high <= 100")
    assert hits == []
    assert context.notes and "not evaluated" in context.notes[0]


@pytest.mark.parametrize("condition,message", [
    ("value.__class__", "attribute access"),
    ("__import__('os')", "only the functions"),
    ("__builtins__ is None", "names starting with '_'"),
    ("(lambda: 1)()", "lambda"),
    ("vlaue <= 100", "unknown name 'vlaue'"),
    ("value ** 1000000 > 1", "'**' needs a number up to 10"),
    ("value ** value > 1", "'**' needs a number up to 10"),
    ("[x for x in parts]", "comprehensions are not allowed"),
    ("import os", "not a valid expression"),
    ("value <= ", "not a valid expression"),
    ("open('/etc/passwd')", "only the functions"),
    ("(x := 3)", "assignment"),
])
def test_compare_refuses_unsafe_or_wrong_conditions(condition, message):
    with pytest.raises(ValidationError) as error:
        compare.Params(condition=condition)
    assert message in str(error.value)


def test_compare_refuses_selectors_of_the_other_scope():
    with pytest.raises(ValidationError, match="use 'relations'"):
        compare.Params(scope="relation", kind=["percent"], condition="whole > 0")
    with pytest.raises(ValidationError, match="needs scope: relation"):
        compare.Params(relations=["part_of"], condition="value > 0")
    with pytest.raises(ValidationError, match="unknown name 'value'"):
        compare.Params(scope="relation", condition="value > 0")


def test_compare_bad_condition_is_a_rule_error_at_load_with_file_and_line(tmp_path):
    path = tmp_path / "crowd-too-big.yml"
    path.write_text(textwrap.dedent("""\
        kind: compare
        message: "'{text}' is an implausible crowd"
        params:
          kind: [count]
          condition: "value.real < 10000000"
        examples:
          bad: [{text: "A crowd of 20 million people gathered."}]
          good: [{text: "A crowd of 20,000 people gathered."}]
        """), encoding="utf-8")
    with pytest.raises(RuleError) as error:
        load_rule(path)
    assert str(error.value).startswith(f"{path}:5:")
    assert "E200" in str(error.value) and "attribute access" in str(error.value)


def test_compare_bad_regex_selector_is_a_rule_error_at_load(tmp_path):
    path = tmp_path / "bad-regex.yml"
    path.write_text(textwrap.dedent("""\
        kind: compare
        message: "'{text}'"
        params:
          after: "^(of"
          condition: "value < 100"
        examples:
          bad: [{text: "x"}]
          good: [{text: "y"}]
        """), encoding="utf-8")
    with pytest.raises(RuleError, match="not a valid regular expression"):
        load_rule(path)


def test_compare_end_to_end_share_over_hundred():
    findings = factcheck.check("Officials said turnout reached 120% of registered voters, up 150% on 2010.",
                               date="2015-06-01", rules=[SHARE])
    assert [(f.rule, f.text) for f in findings] == [("share-over-hundred", "120%")]
    assert findings[0].message == "'120%' is a share of a whole, so it cannot be more than 100%"
