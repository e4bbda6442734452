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
        right after the figure). Regexes run on RE2, in time linear in the text: no lookaround,
        backreferences, atomic groups or possessive quantifiers; \\w and \\b are ASCII.
    Selector, scope relation: relations (list of part_of, total_of, enumeration, equivalent,
        change, elapsed; default all).

Limits
    A condition that cannot be evaluated for a figure (a comparison with None, a division by
    zero) does not fire; ``--verbose`` notes it. So does one past the cost bounds: 5,000 steps,
    values of 10,000 elements or characters, integers of 1,024 bits; '%' formatting of strings
    is not allowed. At load: at most 500 characters, 200 parts, 40 levels of nesting.
    Selectors see one figure (or relation) at a
    time: conditions across unrelated figures need a dedicated kind.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationInfo, field_validator, model_validator

from factcheck.checks import CheckContext, Hit, fmt
from factcheck.records import Kind, Qualifier, Quantity, Relation, RelationType
from factcheck.safe_regex import RuleRegex, check_backtracking, compile_rule_regex

FIELDS = {"text", "value", "unit", "counted", "condition", "values", "whole", "parts"}
REQUIRES = frozenset(Kind)  # the kinds of figure it reads: without any of them it has nothing to say

FUNCTIONS: dict[str, Callable[..., Any]] = {"abs": abs, "min": min, "max": max, "round": round, "len": len, "sum": sum, "any": any, "all": all,
             "int": int, "float": float, "str": str, "lower": lambda s: str(s).lower()}
QUANTITY_NAMES = {"value", "low", "high", "step", "kind", "unit", "dimension", "counted", "counted_text", "qualifier",
                  "qualifier_text", "approximate", "text", "year", "month", "day", "weekday", "hours", "zone", "place",
                  "iso_date", "line", "column"}
RELATION_NAMES = {"type", "direction", "cue", "whole", "whole_low", "whole_high", "whole_text", "whole_unit", "parts",
                  "parts_low", "parts_high", "parts_text", "count"}
CONSTANTS = {"True", "False", "None"}
MAX_EXPONENT = 10
MAX_LENGTH = 500
# The cost of one evaluation is bounded: the expression's size and depth when the rule loads;
# the steps taken, the size of every value made (strings, lists, nested lists counted whole)
# and the size of integers while it runs. Past a bound the condition is "not evaluated".
MAX_NODES = 200
MAX_DEPTH = 40
MAX_STEPS = 5_000
MAX_VALUE_SIZE = 10_000
MAX_INT_BITS = 1_024

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
    except (RecursionError, MemoryError):
        raise ValueError("condition is nested too deeply") from None
    except SyntaxError as exc:
        raise ValueError(f"condition is not a valid expression: {exc.msg} in {expression!r}") from None
    depth = _depth(tree)
    if depth > MAX_DEPTH:
        raise ValueError(f"condition is nested more than {MAX_DEPTH} levels deep")
    used: set[str] = set()
    for count, node in enumerate(ast.walk(tree), start=1):
        if count > MAX_NODES:
            raise ValueError(f"condition has more than {MAX_NODES} parts")
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
    def _check_condition(cls, value: str, info: ValidationInfo) -> str:
        names = RELATION_NAMES if info.data.get("scope") == "relation" else QUANTITY_NAMES
        validate_expression(value, names)
        return value.strip()

    @field_validator("before", "after")
    @classmethod
    def _check_regex(cls, value: str | None) -> str | None:
        if value is not None:
            check_backtracking(value)  # valid, and compiles with RE2: a rule must never hang a run
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
def _parsed(expression: str) -> ast.AST:
    import simpleeval

    tree: ast.AST = simpleeval.EvalWithCompoundTypes().parse(expression)
    return tree


def _depth(tree: ast.AST) -> int:
    """The depth of an expression tree, without recursion."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth <= MAX_DEPTH:
            stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


class CostExceeded(ValueError):
    """A condition that would take too long or make too large a value (refused, not evaluated)."""


def _size(value: object, budget: int = MAX_VALUE_SIZE) -> int:
    """The size of a value, nested lists counted whole (each element, each character); stops past ``budget``."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool) or value is None:
        return 1
    if isinstance(value, int):
        if value.bit_length() > MAX_INT_BITS:
            raise CostExceeded(f"an integer of more than {MAX_INT_BITS} bits")
        return 1
    if isinstance(value, (list, tuple)):
        total, stack = 0, [value]
        while stack:
            item = stack.pop()
            total += 1
            if isinstance(item, (list, tuple)):
                if total + len(item) > budget:
                    return budget + 1
                stack.extend(item)
            elif isinstance(item, str):
                total += len(item)
            if total > budget:
                return budget + 1
        return total
    return 1


def _bounded(value: Any) -> Any:
    if _size(value) > MAX_VALUE_SIZE:
        raise CostExceeded(f"a value larger than {MAX_VALUE_SIZE:,} elements or characters")
    return value


def _checked(function: Callable[..., Any], name: str) -> Callable[..., Any]:
    def call(*args: Any) -> Any:
        for arg in args:  # str() of a list of lists, sum() of lists: the cost is in the arguments' size
            _bounded(arg)
        if name == "sum" and args and any(not isinstance(v, (int, float)) for v in args[0]):
            raise TypeError("sum() adds numbers only")
        if name == "round" and len(args) > 1 and isinstance(args[1], int) and abs(args[1]) > 100:
            raise CostExceeded("round() to more than 100 digits")
        return _bounded(function(*args))
    call.__name__ = name
    return call


def _operator(op: Callable[..., Any], name: str) -> Callable[..., Any]:
    def apply(*args: Any) -> Any:
        if name == "mod" and isinstance(args[0], str):
            raise CostExceeded("'%' string formatting is not allowed")
        if name == "mul" and len(args) == 2:
            left, right = args
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and not isinstance(times, bool) \
                        and times > 0 and _size(seq) * times > MAX_VALUE_SIZE:
                    raise CostExceeded(f"a value larger than {MAX_VALUE_SIZE:,} elements or characters")
        return _bounded(op(*args))
    return apply


_FUNCTIONS_BOUNDED = {name: _checked(function, name) for name, function in FUNCTIONS.items()}


def _evaluator(names: dict[str, Any]) -> Any:
    import operator

    import simpleeval

    class _Bounded(simpleeval.EvalWithCompoundTypes):  # type: ignore[misc]  # simpleeval has no types
        """simpleeval with every step counted and every value's size bounded."""

        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self.steps = 0
            ops: dict[type[ast.AST], Any] = dict(self.operators)  # type: ignore[has-type]
            for node, name in ((ast.Add, "add"), (ast.Sub, "sub"), (ast.Mult, "mul"), (ast.Div, "truediv"),
                               (ast.FloorDiv, "floordiv"), (ast.Mod, "mod")):
                ops[node] = _operator(getattr(operator, name), name)
            ops[ast.Pow] = _operator(simpleeval.safe_power, "pow")
            self.operators = ops

        def _eval(self, node: ast.AST) -> Any:
            self.steps += 1
            if self.steps > MAX_STEPS:
                raise CostExceeded(f"more than {MAX_STEPS:,} steps")
            return super()._eval(node)

    return _Bounded(names=names, functions=_FUNCTIONS_BOUNDED)


def quantity_names(q: Quantity) -> dict[str, Any]:
    data = q.model_dump(mode="json")
    names = {k: data.get(k) for k in QUANTITY_NAMES if k in data}
    names["approximate"] = q.approximate
    return names


def relation_names(relation: Relation, whole: Quantity | None, parts: list[Quantity]) -> dict[str, Any]:
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
    if params.before is not None and not _regex(params.before).search(text[max(0, q.start - 80):q.start]):
        return False
    return not (params.after is not None and not _regex(params.after).match(text[q.end:q.end + 80]))


def _regex(pattern: str) -> RuleRegex:
    compiled = compile_rule_regex(pattern)
    assert compiled is not None  # one pattern, checked when the rule was loaded
    return compiled


def _test(context: CheckContext, params: Params, parsed: ast.AST, values: dict[str, Any], used: list[str], primary: Quantity,
          related: list[Quantity]) -> Hit | None:
    try:
        holds = _evaluator(values).eval(params.condition, previously_parsed=parsed)
    except Exception as exc:  # noqa: BLE001 - None in a comparison, a division by zero...: the condition says nothing here
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


def _show(value: object) -> str:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return fmt(value)
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    return repr(value)
