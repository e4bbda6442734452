"""compare: figures that break a condition a newsroom writes in its rule file.

What it flags
    Each selected figure (``scope: quantity``) or relation (``scope: relation``) for which the
    rule's ``condition`` is false. The condition states what must hold ("value <= 100"); the
    rule fires where it does not. This is the kind to add house rules without writing Python.

Why it matters
    Many impossible or suspicious figures need no second figure to catch: a share of a group
    above 100%, a crowd of a billion, a temperature of 200C, parts of a total that are all
    equal. Writing the test as data keeps it reviewable and lets editors add their own.

Example
    Rule (share-over-hundred): kind percent, unit "%", after '^\\s*of\\s+...voters...', condition
    "low is None or low <= 100".
    Bad:  "Turnout reached 120% of registered voters."
    Good: "Turnout reached 62% of registered voters."   "Sales rose 150% on last year."

Parameters
    scope ('quantity' | 'relation', default 'quantity'): what the condition is evaluated on.
    condition (str, required): an expression in a small safe language (simpleeval): numbers,
        strings, True/False/None, arithmetic (+ - * / // %, ** only with an exponent up to 10),
        comparisons (< <= == != >= >, in, not in, is, is not), and/or/not, "x if c else y",
        lists and indexing (parts[0]), and the functions abs, min, max, round, len, sum, any, all,
        int, float, str, lower. No attribute access, no names starting with "_", no lambdas or
        comprehensions. An unknown name or a bad expression is an error when the rule loads.
        Names, scope quantity: value, low, high, step (numbers or None), kind ('count',
        'measure', 'money', 'percent' ...), unit ('%', 'USD', pint units such as 'kilometer'),
        dimension, counted (lemma: 'voter'), counted_text, qualifier ('exact', 'approximate',
        'more_than' ...), qualifier_text, approximate (bool), text, year, month, day, weekday,
        hours, zone, place, iso_date, line, column.
        Names, scope relation: type, direction, cue, whole, whole_low, whole_high, whole_text,
        whole_unit, parts, parts_low, parts_high, parts_text (lists, in order), count (number
        of parts).
    Selectors, scope quantity (each optional; a figure must pass all that are given):
        kind (list of kinds), unit (list), dimension (list), counted (list of lemmas),
        qualifier (list), before (regex searched in the 80 characters before the figure; end
        it with $ to require it right before), after (regex matched at the start of the text
        right after the figure).
    Selector, scope relation: relations (list of part_of, total_of, enumeration, equivalent,
        change, elapsed, restatement; default all).

Limits
    A condition that cannot be evaluated for a figure (a comparison with None, a division by
    zero) does not fire; ``--verbose`` notes it. Selectors see one figure (or relation) at a
    time: conditions across unrelated figures need a dedicated kind.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from factcheck.checks import CheckContext, Hit, fmt
from factcheck.records import Kind, Qualifier, Quantity, Relation, RelationType
from factcheck.rulebook.schema import check_backtracking

FIELDS = {"text", "value", "unit", "counted", "condition", "values", "whole", "parts"}

FUNCTIONS = {"abs": abs, "min": min, "max": max, "round": round, "len": len, "sum": sum, "any": any, "all": all,
             "int": int, "float": float, "str": str, "lower": lambda s: str(s).lower()}
QUANTITY_NAMES = {"value", "low", "high", "step", "kind", "unit", "dimension", "counted", "counted_text", "qualifier",
                  "qualifier_text", "approximate", "text", "year", "month", "day", "weekday", "hours", "zone", "place",
                  "iso_date", "line", "column"}
RELATION_NAMES = {"type", "direction", "cue", "whole", "whole_low", "whole_high", "whole_text", "whole_unit", "parts",
                  "parts_low", "parts_high", "parts_text", "count"}
CONSTANTS = {"True", "False", "None"}
MAX_EXPONENT = 10
MAX_LENGTH = 500

_ALLOWED_NODES = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.BinOp, ast.UnaryOp, ast.Compare, ast.IfExp, ast.Call,
    ast.Name, ast.Load, ast.Constant, ast.List, ast.Tuple, ast.Subscript, ast.Slice,
    ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow, ast.USub, ast.UAdd, ast.Not,
    ast.Eq, ast.NotEq, ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.In, ast.NotIn, ast.Is, ast.IsNot,
)
_REFUSED = {
    ast.Attribute: "attribute access ('.') is not allowed",
    ast.Lambda: "lambda is not allowed",
    ast.ListComp: "comprehensions are not allowed", ast.SetComp: "comprehensions are not allowed",
    ast.DictComp: "comprehensions are not allowed", ast.GeneratorExp: "comprehensions are not allowed",
    ast.NamedExpr: "assignment (':=') is not allowed",
    ast.JoinedStr: "f-strings are not allowed",
    ast.Starred: "'*' unpacking is not allowed",
}


def validate_expression(expression: str, names: set[str]) -> set[str]:
    """Check a condition and return the names it uses; raise ValueError saying what is wrong."""
    if len(expression) > MAX_LENGTH:
        raise ValueError(f"condition is longer than {MAX_LENGTH} characters")
    try:
        tree = ast.parse(expression.strip(), mode="eval")
    except SyntaxError as exc:
        raise ValueError(f"condition is not a valid expression: {exc.msg} in {expression!r}") from None
    used: set[str] = set()
    for node in ast.walk(tree):
        if type(node) in _REFUSED:
            raise ValueError(f"condition {expression!r}: {_REFUSED[type(node)]}")
        if not isinstance(node, _ALLOWED_NODES):
            raise ValueError(f"condition {expression!r}: {type(node).__name__} is not allowed")
        if isinstance(node, ast.Name):
            if node.id.startswith("_"):
                raise ValueError(f"condition {expression!r}: names starting with '_' are not allowed")
            if node.id not in names and node.id not in FUNCTIONS and node.id not in CONSTANTS:
                raise ValueError(f"condition {expression!r}: unknown name {node.id!r}; "
                                 f"known: {', '.join(sorted(names))}")
            if node.id in names:
                used.add(node.id)
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise ValueError(f"condition {expression!r}: only the functions "
                                 f"{', '.join(sorted(FUNCTIONS))} may be called")
            if node.keywords:
                raise ValueError(f"condition {expression!r}: keyword arguments are not allowed")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            exponent = node.right
            if isinstance(exponent, ast.UnaryOp) and isinstance(exponent.op, (ast.USub, ast.UAdd)):
                exponent = exponent.operand
            if not (isinstance(exponent, ast.Constant) and isinstance(exponent.value, (int, float))
                    and abs(exponent.value) <= MAX_EXPONENT):
                raise ValueError(f"condition {expression!r}: '**' needs a number up to {MAX_EXPONENT} as exponent")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and len(node.value) > 200:
            raise ValueError(f"condition {expression!r}: string constants are limited to 200 characters")
    return used


class Params(BaseModel):
    model_config = ConfigDict(extra="forbid")

    scope: Literal["quantity", "relation"] = "quantity"
    condition: str
    kind: list[Kind] | None = None
    unit: list[str] | None = None
    dimension: list[str] | None = None
    counted: list[str] | None = None
    qualifier: list[Qualifier] | None = None
    before: str | None = None
    after: str | None = None
    relations: list[RelationType] | None = None

    @field_validator("condition")
    @classmethod
    def _check_condition(cls, value: str, info) -> str:
        names = RELATION_NAMES if info.data.get("scope") == "relation" else QUANTITY_NAMES
        validate_expression(value, names)
        return value.strip()

    @field_validator("before", "after")
    @classmethod
    def _check_regex(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
            check_backtracking(value)  # no nested quantifiers: a rule must never hang a run
        return value

    @model_validator(mode="after")
    def _check_selectors(self) -> Params:
        if self.scope == "relation":
            given = [k for k in ("kind", "unit", "dimension", "counted", "qualifier", "before", "after")
                     if getattr(self, k) is not None]
            if given:
                raise ValueError(f"{', '.join(given)} select figures; with scope 'relation' use 'relations'")
        elif self.relations is not None:
            raise ValueError("'relations' selects relations; it needs scope: relation")
        return self


@lru_cache(maxsize=256)
def _parsed(expression: str):
    import simpleeval

    return simpleeval.EvalWithCompoundTypes().parse(expression)


def _evaluator(names: dict):
    import simpleeval

    return simpleeval.EvalWithCompoundTypes(names=names, functions=FUNCTIONS)


def quantity_names(q: Quantity) -> dict:
    data = q.model_dump(mode="json")
    names = {k: data.get(k) for k in QUANTITY_NAMES if k in data}
    names["approximate"] = q.approximate
    return names


def relation_names(relation: Relation, whole: Quantity | None, parts: list[Quantity]) -> dict:
    return {
        "type": relation.type.value, "direction": relation.direction, "cue": relation.cue,
        "whole": whole.value if whole else None, "whole_low": whole.low if whole else None,
        "whole_high": whole.high if whole else None, "whole_text": whole.text if whole else None,
        "whole_unit": whole.unit if whole else None,
        "parts": [p.value for p in parts], "parts_low": [p.low for p in parts], "parts_high": [p.high for p in parts],
        "parts_text": [p.text for p in parts], "count": len(parts),
    }


def run(context: CheckContext, params: Params) -> Iterator[Hit]:
    parsed = _parsed(params.condition)
    names = RELATION_NAMES if params.scope == "relation" else QUANTITY_NAMES
    used = sorted(validate_expression(params.condition, names))
    if params.scope == "relation":
        types = params.relations or list(RelationType)
        for relation in context.relations(*types):
            whole, parts = context.members(relation)
            values = relation_names(relation, whole, parts)
            primary = whole or (parts[0] if parts else None)
            if primary is None:
                continue
            related = parts if whole else parts[1:]
            hit = _test(context, params, parsed, values, used, primary, related)
            if hit:
                hit.fields.update(whole=whole.text if whole else "", parts=", ".join(p.text for p in parts))
                yield hit
        return
    for q in context.quantities:
        if _selected(context, params, q):
            hit = _test(context, params, parsed, quantity_names(q), used, q, [])
            if hit:
                yield hit


def _selected(context: CheckContext, params: Params, q: Quantity) -> bool:
    if params.kind is not None and q.kind not in params.kind:
        return False
    if params.unit is not None and q.unit not in params.unit:
        return False
    if params.dimension is not None and q.dimension not in params.dimension:
        return False
    if params.counted is not None and (q.counted or "").lower() not in {c.lower() for c in params.counted}:
        return False
    if params.qualifier is not None and q.qualifier not in params.qualifier:
        return False
    text = context.article.text
    if params.before is not None and not re.search(params.before, text[max(0, q.start - 80):q.start], re.I):
        return False
    if params.after is not None and not re.match(params.after, text[q.end:q.end + 80], re.I):
        return False
    return True


def _test(context: CheckContext, params: Params, parsed, values: dict, used: list[str], primary: Quantity,
          related: list[Quantity]) -> Hit | None:
    try:
        holds = _evaluator(values).eval(params.condition, previously_parsed=parsed)
    except Exception as exc:  # None in a comparison, a division by zero...: the condition says nothing here
        context.notes.append(f"compare: {params.condition!r} not evaluated for {primary.text!r} "
                             f"(line {primary.line}): {type(exc).__name__}")
        return None
    if holds:
        return None
    shown = ", ".join(f"{name} = {_show(values[name])}" for name in used)
    return Hit(
        primary=primary, related=related,
        arithmetic=f"{params.condition} is false" + (f" with {shown}" if shown else ""),
        fields={"value": fmt(primary.value) if primary.value is not None else "", "unit": primary.unit or "",
                "counted": primary.counted or "", "condition": params.condition, "values": shown},
    )


def _show(value) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return fmt(value)
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return repr(value)
