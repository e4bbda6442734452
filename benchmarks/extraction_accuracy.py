"""Extraction accuracy: how many of an article's figures factcheck finds, and how well it types them.

Runs ``factcheck.extract_file`` on each hand-annotated fixture of ``tests/fixtures/extraction``
(``<name>.md`` with its annotation ``<name>.yaml``), matches extracted quantities to annotated
ones by span overlap, and prints precision and recall: per kind, then overall for spans, for
span+kind, for values and for what counts count; then relations.

    python3 benchmarks/extraction_accuracy.py             # the table
    python3 benchmarks/extraction_accuracy.py --details   # the table and every error
    python3 benchmarks/extraction_accuracy.py --json      # everything, machine-readable

Always exits 0: it measures, it does not judge (``tests/test_extraction_accuracy.py`` does).

Annotation format (one YAML file per article)::

    quantities:            # every figure, in article order (front matter excluded)
      - {text: "15,000", kind: count, value: 15000, counted: people, qualifier: approximate}
      - {text: "between 10 and 20", kind: count, value: null, low: 10, high: 20, counted: crossing,
         qualifier: range}
      - {text: "Tuesday", kind: date, value: "2016-12-13"}      # dates: ISO date, or null (+ year)
      - {text: "6am", kind: time, value: 6, zone: Asia/Damascus}  # times: hours since midnight
      - {id: dead, text: "47", kind: count, value: 47, counted: [dead, people]}  # id when text repeats
    relations:             # figures named by id, or by text when the text is unique
      - {type: part_of, whole: dead, parts: ["31", "9", "7"]}
      - {type: change, whole: "18%", parts: ["NOK 1.96 billion", "NOK 2.31 billion"]}   # [from, to]

``text`` is found in the file after the previous annotation's end, on word boundaries;
``counted`` may list several acceptable lemmas; ``qualifier`` defaults to exact.

What the annotations take as one figure (the calls a careful reader makes, not what the tool does):
- the figure without its hedge or counted noun ("some [15,000] people"), with its unit, currency
  or zone ("[2.5sq km]", "[NOK 2.31 billion]", "[6pm local time]"); a hyphenated modifier whole
  ("[26-year-old]", "[262-seat]");
- a count whose noun is implied is still a count of that noun ("the Left [12]" after "47 seats",
  "up from [2,100]" after "2,400 elephants", "Of the [47] dead"); vague plurals ("[hundreds] of
  animals") are counts with no single value;
- a range is one figure: "[between 10 and 20]", "[9% to 12%]", "[two or three]", "range from
  [30,000 to 50,000]"; "from X to Y" next to a change word is a change between two figures;
- a compound duration is one figure: "[7 hours 15 minutes]", "[2:04:11]" (values in the stated
  largest unit, or in seconds for clock-style times); "a year"/"a decade" as a span of time is a
  duration of 1, but "a day" in a rate ("$100 a day") is not a figure;
- a rate is one number with its denominator: "[1.4 cases per 100,000 people]"; fractions and
  proportions are numbers: "[two-thirds]" 0.6667, "[three in four]" 0.75;
- years, decades and fiscal years are dates ("[1756]", "the [1770s]", "[2025-26]");
- not figures: ordinals ("14th", "third"), identifiers ("SA101", "787-9", "platform 13"), markup
  (link targets and titles, list numbers), indefinite "one" ("One couple ... another investor").

Matching: each annotation is paired with at most one extracted quantity whose span overlaps it
(greedy: same kind first, then the one starting where the annotation starts, then the largest
overlap share). "span" pairs ignore the kind, "span+kind" pairs require it ("n~count" also takes
number for count). Value and counted head are judged on the span+kind pairs, the qualifier on
the span pairs. Value: numbers as stated (relative tolerance 0.1%; a measure or duration also
matches after unit conversion), ranges by low and high, vague plurals ("hundreds of") by None,
dates by ISO date (or, without one, by None and the year), times by hours. Relations match when
type, whole and parts map to the same annotated figures (strict); "loose" also accepts part_of
for total_of and the reverse. Relation members are mapped through the span pairs.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import TypeAdapter

from factcheck.records import Zone

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "extraction"
KINDS = ["count", "number", "measure", "money", "percent", "duration", "date", "time"]
QUALIFIERS = {"exact", "approximate", "more_than", "at_least", "possibly_more_than", "at_most", "less_than",
              "nearly", "range"}
RELATION_TYPES = {"part_of", "total_of", "enumeration", "equivalent", "change", "elapsed", "restatement"}
GOLD_KEYS = {"id", "text", "kind", "value", "low", "high", "counted", "qualifier", "unit", "zone", "year"}
# Durations in seconds, to compare "2:04:11" stated as hours or as seconds.
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800, "fortnight": 1209600,
           "month": 2629800, "year": 31557600, "decade": 315576000, "century": 3155760000}
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*\r?\n", re.S)


@dataclass
class Gold:
    """One annotated figure, located in the file."""

    file: str
    index: int
    text: str
    kind: str
    start: int
    end: int
    value: float | str | None = None
    low: float | None = None
    high: float | None = None
    counted: list[str] = field(default_factory=list)
    qualifier: str = "exact"
    unit: str | None = None
    zone: str | None = None
    year: int | None = None
    id: str | None = None


@dataclass
class GoldRelation:
    type: str
    whole: int | None  # index into the file's Gold list
    parts: list[int]


class AnnotationError(ValueError):
    """An annotation file that does not fit its article."""


# -- loading ---------------------------------------------------------------------------------
def _boundary_ok(text: str, start: int, end: int, figure: str) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if figure[0].isalnum() and (before.isalnum() or before in "_"):
        return False
    return not (figure[-1].isalnum() and (after.isalnum() or after in "_"))


def _find(text: str, figure: str, pos: int) -> int:
    while True:
        start = text.find(figure, pos)
        if start < 0 or _boundary_ok(text, start, start + len(figure), figure):
            return start
        pos = start + 1


def load_gold(md_path: Path) -> tuple[list[Gold], list[GoldRelation]]:
    """The annotations of an article, each located in the file text."""
    yaml_path = md_path.with_suffix(".yaml")
    text = md_path.read_text(encoding="utf-8")
    data = yaml.safe_load(yaml_path.read_text(encoding="utf-8")) or {}
    front = _FRONT_MATTER.match(text)
    pos = front.end() if front else 0
    golds: list[Gold] = []
    for i, row in enumerate(data.get("quantities") or []):
        unknown = set(row) - GOLD_KEYS
        if unknown:
            raise AnnotationError(f"{yaml_path.name}: quantity {i + 1} has unknown keys {sorted(unknown)}")
        figure, kind = str(row["text"]), row["kind"]
        if kind not in KINDS:
            raise AnnotationError(f"{yaml_path.name}: {figure!r} has unknown kind {kind!r}")
        qualifier = row.get("qualifier", "exact")
        if qualifier not in QUALIFIERS:
            raise AnnotationError(f"{yaml_path.name}: {figure!r} has unknown qualifier {qualifier!r}")
        start = _find(text, figure, pos)
        if start < 0:
            raise AnnotationError(f"{yaml_path.name}: {figure!r} (quantity {i + 1}) not found after offset {pos}")
        counted = row.get("counted") or []
        golds.append(Gold(
            file=md_path.name, index=i, text=figure, kind=kind, start=start, end=start + len(figure),
            value=row.get("value"), low=row.get("low"), high=row.get("high"),
            counted=[counted] if isinstance(counted, str) else list(counted), qualifier=qualifier,
            unit=row.get("unit"), zone=row.get("zone"), year=row.get("year"), id=row.get("id")))
        pos = start + len(figure)
    relations = [_gold_relation(yaml_path.name, r, golds) for r in data.get("relations") or []]
    return golds, relations


def _resolve(name: str, golds: list[Gold], where: str) -> int:
    by_id = [g.index for g in golds if g.id == name]
    if by_id:
        return by_id[0]
    by_text = [g.index for g in golds if g.text == name]
    if len(by_text) != 1:
        raise AnnotationError(f"{where}: relation figure {name!r} matches {len(by_text)} annotations; give it an id")
    return by_text[0]


def _gold_relation(where: str, row: dict, golds: list[Gold]) -> GoldRelation:
    if row.get("type") not in RELATION_TYPES:
        raise AnnotationError(f"{where}: unknown relation type {row.get('type')!r}")
    whole = _resolve(str(row["whole"]), golds, where) if row.get("whole") is not None else None
    return GoldRelation(row["type"], whole, [_resolve(str(p), golds, where) for p in row.get("parts") or []])


def fixtures(directory: Path = FIXTURES) -> list[Path]:
    return sorted(p for p in directory.glob("*.md") if p.with_suffix(".yaml").exists())


# -- matching --------------------------------------------------------------------------------
def match(golds: list[Gold], preds: list, same_kind: bool, alias: dict[str, str] | None = None) -> dict[int, int]:
    """Gold index -> prediction index, one to one, by span overlap (and kind when asked;
    ``alias`` maps kinds taken as the same, e.g. number -> count)."""
    alias = alias or {}
    candidates = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap <= 0 or (same_kind and alias.get(g.kind, g.kind) != alias.get(p.kind.value, p.kind.value)):
                continue
            union = max(g.end, p.end) - min(g.start, p.start)
            # same kind first, then the figure that starts where the annotation starts
            # ("9%" of "9% to 12%", "0.5" of "0.5 per 100,000"), then the largest overlap share
            candidates.append((g.kind != p.kind.value, g.start != p.start, -overlap / union, gi, pi))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for *_, gi, pi in sorted(candidates):
        if gi not in pairs and pi not in used:
            pairs[gi] = pi
            used.add(pi)
    return pairs


def _close(a, b, rel: float = 0.001) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-3)


def _converted(value: float, unit: str | None, target: str | None, kind: str) -> float | None:
    """``value`` in ``unit`` expressed in ``target`` (None when the units do not convert)."""
    if not unit or not target:
        return None
    if kind == "duration":
        if unit in SECONDS and target in SECONDS:
            return value * SECONDS[unit] / SECONDS[target]
        return None
    try:
        ureg = _ureg()
        return ureg.Quantity(value, ureg.parse_units(unit)).to(ureg.parse_units(target)).magnitude
    except Exception:  # noqa: BLE001 - pint.errors are many; an unknown or incompatible unit just means no conversion
        return None


_UREG = None


def _ureg():
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
    return _UREG


def value_ok(g: Gold, p) -> bool:
    if g.kind == "date":
        if isinstance(g.value, str):
            return p.iso_date == g.value
        return p.iso_date is None and (g.year is None or p.year == g.year)
    if g.kind == "time":
        hours = p.hours if p.hours is not None else p.value
        return hours is not None and abs(hours - float(g.value)) < 0.01
    if g.low is not None or g.high is not None:
        return p.value is None and _close(p.low, g.low) and _close(p.high, g.high)
    if g.value is None:
        return p.value is None
    if p.value is None:
        return False
    if _close(p.value, g.value):
        return True
    if g.kind in ("measure", "duration"):
        converted = _converted(p.value, p.unit, g.unit, g.kind)
        return converted is not None and _close(converted, g.value)
    return False


def counted_ok(g: Gold, p) -> bool:
    return p.counted is not None and p.counted.lower() in {c.lower() for c in g.counted}


def unit_ok(g: Gold, p) -> bool | None:
    """Whether the unit is right (None: not judged for this figure)."""
    if g.kind not in ("money", "measure") or not g.unit:
        return None
    if p.unit is None:
        return False
    if g.kind == "money":
        return p.unit.upper() == g.unit.upper()
    if "deg" in g.unit.lower() or "celsius" in p.unit.lower() or "fahrenheit" in p.unit.lower():
        # a temperature and a temperature difference are different units with the same factor
        return g.unit.lower().startswith("delta") == p.unit.lower().startswith("delta") and \
            _close(_converted(1.0, p.unit.replace("delta_", ""), g.unit.replace("delta_", ""), "measure"), 1.0)
    return _close(_converted(1.0, p.unit, g.unit, "measure"), 1.0)


def _utc_offset(zone: Zone | str | None, date) -> int | None:
    """Minutes east of UTC of a zone (a gold file writes it as 'UTC', 'UTC+05:30' or an IANA name) on ``date``."""
    import datetime as dt

    if isinstance(zone, str):
        zone = TypeAdapter(Zone).validate_python(zone)
    tz = zone.tzinfo() if zone is not None else None
    if tz is None:  # no zone, a local time without a place, or a name the tz database does not know
        return None
    moment = dt.datetime.combine(date or dt.date(2024, 1, 1), dt.time(12), tzinfo=tz)
    offset = moment.utcoffset()
    return None if offset is None else int(offset.total_seconds() // 60)


def zone_ok(g: Gold, p, date) -> bool | None:
    if g.kind != "time" or not g.zone:
        return None
    expected = _utc_offset(g.zone, date)
    return expected is not None and _utc_offset(p.zone, date) == expected


# -- scoring one file ------------------------------------------------------------------------
def _snippet(text: str, start: int, end: int, width: int = 40) -> str:
    left = text[max(0, start - width):start].split("\n")[-1]
    right = text[end:end + width].split("\n")[0]
    return f"{left}[{text[start:end]}]{right}".strip()


def _describe(p) -> str:
    parts = [p.kind.value, repr(p.text)]
    if p.kind.value == "date":
        parts.append(f"iso={p.iso_date} year={p.year}")
    elif p.kind.value == "time":
        parts.append(f"hours={p.hours:.4g} zone={p.zone}" if p.hours is not None else f"zone={p.zone}")
    else:
        parts.append(f"value={p.value:g}" if p.value is not None else f"value=None low={p.low} high={p.high}")
        if p.unit:
            parts.append(f"unit={p.unit}")
        if p.counted:
            parts.append(f"counted={p.counted}")
    if p.qualifier.value != "exact":
        parts.append(f"qualifier={p.qualifier.value}")
    return " ".join(parts)


def _describe_gold(g: Gold) -> str:
    parts = [g.kind, repr(g.text)]
    if g.low is not None or g.high is not None:
        parts.append(f"range {g.low}..{g.high}")
    else:
        parts.append(f"value={g.value}")
    if g.unit:
        parts.append(f"unit={g.unit}")
    if g.year is not None:
        parts.append(f"year={g.year}")
    if g.counted:
        parts.append(f"counted={'/'.join(g.counted)}")
    if g.zone:
        parts.append(f"zone={g.zone}")
    if g.qualifier != "exact":
        parts.append(f"qualifier={g.qualifier}")
    return " ".join(parts)


def _relation_key(type_: str, whole, parts: list, loose: bool = False):
    if loose and type_ == "total_of":
        type_ = "part_of"
    if type_ == "equivalent":
        return (type_, frozenset([whole, *parts]))
    if type_ in ("change", "elapsed"):
        return (type_, whole, tuple(parts))
    return (type_, whole, frozenset(parts))


def score_file(md_path: Path, extraction=None) -> dict:
    """Counts and errors for one fixture (``extraction``: a ready result, else extract now)."""
    import factcheck

    golds, gold_relations = load_gold(md_path)
    if extraction is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            extraction = factcheck.extract_file(md_path)
    text = md_path.read_text(encoding="utf-8")
    preds = extraction.quantities
    by_span = match(golds, preds, same_kind=False)
    by_kind = match(golds, preds, same_kind=True)
    by_kind_loose = match(golds, preds, same_kind=True, alias={"number": "count"})
    name = md_path.name
    errors: list[dict] = []

    def error(cause: str, start: int, end: int, got: str, expected: str) -> None:
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        errors.append({"file": name, "line": line, "column": column, "cause": cause,
                       "snippet": _snippet(text, start, end), "got": got, "expected": expected})

    counts = {"gold": {k: 0 for k in KINDS}, "pred": {k: 0 for k in KINDS}, "tp": {k: 0 for k in KINDS},
              "value_tp": {k: 0 for k in KINDS}}
    for g in golds:
        counts["gold"][g.kind] += 1
    for p in preds:
        counts["pred"][p.kind.value] = counts["pred"].get(p.kind.value, 0) + 1
    tallies = {"span_tp": len(by_span), "kind_tp": len(by_kind), "kind_loose_tp": len(by_kind_loose),
               "value_tp": 0, "counted_tp": 0,
               "counted_gold": sum(1 for g in golds if g.kind == "count" and g.counted),
               "counted_pred": sum(1 for p in preds if p.kind.value == "count" and p.counted),
               "qualifier_ok": 0, "qualifier_n": 0, "zone_ok": 0, "zone_n": 0, "unit_ok": 0, "unit_n": 0,
               "boundary_ok": 0}
    for gi, pi in by_kind.items():
        g, p = golds[gi], preds[pi]
        counts["tp"][g.kind] += 1
        if (p.start, p.end) == (g.start, g.end):
            tallies["boundary_ok"] += 1
        else:
            error("boundary", g.start, g.end, f"span {p.text!r}", f"span {g.text!r}")
        if value_ok(g, p):
            tallies["value_tp"] += 1
            counts["value_tp"][g.kind] += 1
        else:
            error(f"value:{g.kind}", g.start, g.end, _describe(p), _describe_gold(g))
        if g.kind == "count" and g.counted:
            if counted_ok(g, p):
                tallies["counted_tp"] += 1
            else:
                error("counted", g.start, g.end, f"counted={p.counted} ({p.counted_text!r})",
                      f"counted={'/'.join(g.counted)}")
        if (z := zone_ok(g, p, extraction.date)) is not None:
            tallies["zone_n"] += 1
            tallies["zone_ok"] += z
            if not z:
                error("zone", g.start, g.end, f"zone={p.zone} place={p.place}", f"zone={g.zone}")
        if (u := unit_ok(g, p)) is not None:
            tallies["unit_n"] += 1
            tallies["unit_ok"] += u
            if not u:
                error("unit", g.start, g.end, f"unit={p.unit}", f"unit={g.unit}")
    for gi, pi in by_span.items():  # the hedge does not depend on the kind
        g, p = golds[gi], preds[pi]
        if g.kind not in ("date", "time") and p.kind.value not in ("date", "time"):
            tallies["qualifier_n"] += 1
            if p.qualifier.value == g.qualifier:
                tallies["qualifier_ok"] += 1
            else:
                got = p.qualifier.value + (f" ({p.qualifier_text!r})" if p.qualifier_text else "")
                error("qualifier", g.start, g.end, got, g.qualifier)
    for gi, g in enumerate(golds):
        if gi in by_kind:
            continue
        if gi in by_span:
            error("wrong kind", g.start, g.end, _describe(preds[by_span[gi]]), _describe_gold(g))
        else:
            error("missed", g.start, g.end, "nothing", _describe_gold(g))
    kind_matched = set(by_kind.values())
    span_matched = set(by_span.values())
    for pi, p in enumerate(preds):
        if pi not in span_matched and pi not in kind_matched:
            error("spurious", p.start, p.end, _describe(p), "not a figure")

    # relations, through the kind-blind pairing so that a typing slip does not also lose the relation
    to_gold = {preds[pi].id: gi for gi, pi in by_span.items()}
    by_id = {p.id: p for p in preds}
    pred_keys = []
    for r in extraction.relations:
        whole = to_gold.get(r.whole, ("?", r.whole)) if r.whole else None
        parts = [to_gold.get(p, ("?", p)) for p in r.parts]
        pred_keys.append((r, whole, parts))
    gold_keys = [_relation_key(r.type, r.whole, r.parts) for r in gold_relations]
    rel = {}
    for loose in (False, True):
        gk = [_relation_key(r.type, r.whole, r.parts, loose) for r in gold_relations]
        pk = [_relation_key(r.type.value, w, ps, loose) for r, w, ps in pred_keys]
        tp = sum(1 for k in pk if k in gk)
        rel["loose" if loose else "strict"] = {"tp_pred": tp, "tp_gold": sum(1 for k in gk if k in pk)}
    pk_strict = [_relation_key(r.type.value, w, ps) for r, w, ps in pred_keys]

    def figure_text(ref) -> str:
        if ref is None:
            return "-"
        if isinstance(ref, tuple):
            return repr(by_id[ref[1]].text) + "(unannotated)"
        return repr(golds[ref].text)

    for r, key in zip(gold_relations, gold_keys, strict=False):
        if key not in pk_strict:
            members = [golds[i] for i in ([r.whole] if r.whole is not None else []) + r.parts]
            start, end = min(m.start for m in members), max(m.end for m in members)
            near = [f"{pr.type.value} {figure_text(w)} <- {[figure_text(p) for p in ps]}"
                    for pr, w, ps in pred_keys if any(i in ps or i == w for i in [r.whole, *r.parts] if i is not None)]
            error("relation missed", start, end, "; ".join(near) or "nothing",
                  f"{r.type} {figure_text(r.whole)} <- {[figure_text(p) for p in r.parts]}")
    for (r, w, ps), key in zip(pred_keys, pk_strict, strict=False):
        if key not in gold_keys:
            members = [by_id[i] for i in ([r.whole] if r.whole else []) + r.parts]
            start, end = min(m.start for m in members), max(m.end for m in members)
            error("relation spurious", start, end, f"{r.type.value} {figure_text(w)} <- {[figure_text(p) for p in ps]}"
                  + (f" cue={r.cue!r}" if r.cue else ""), "no such relation")
    errors.sort(key=lambda e: (e["line"], e["column"], e["cause"]))
    return {"file": name, "gold": len(golds), "pred": len(preds), "counts": counts, "tallies": tallies,
            "relations": {"gold": len(gold_relations), "pred": len(extraction.relations), **rel},
            "errors": errors}


# -- aggregating -----------------------------------------------------------------------------
def _prf(tp_pred: int, n_pred: int, n_gold: int, tp_gold: int | None = None) -> dict:
    tp_gold = tp_pred if tp_gold is None else tp_gold
    p = tp_pred / n_pred if n_pred else 1.0
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp_pred,
            "pred": n_pred, "gold": n_gold}


def aggregate(results: list[dict]) -> dict:
    """Overall metrics of a list of ``score_file`` results."""
    def total(path: str) -> int:
        out = 0
        for r in results:
            v = r
            for key in path.split("."):
                v = v[key]
            out += v
        return out

    gold, pred = total("gold"), total("pred")
    per_kind = {}
    for k in KINDS:
        g, p, tp = (sum(r["counts"][x].get(k, 0) for r in results) for x in ("gold", "pred", "tp"))
        per_kind[k] = {**_prf(tp, p, g), "value_tp": sum(r["counts"]["value_tp"][k] for r in results)}
    extra = sorted({k for r in results for k in r["counts"]["pred"] if k not in KINDS})
    for k in extra:
        per_kind[k] = {**_prf(0, sum(r["counts"]["pred"].get(k, 0) for r in results), 0), "value_tp": 0}
    n_rel_gold, n_rel_pred = total("relations.gold"), total("relations.pred")

    def ratio(ok: str, n: str) -> dict:
        return {"accuracy": round(total(ok) / total(n), 4) if total(n) else 1.0, "ok": total(ok), "n": total(n)}

    by_cause: dict[str, int] = {}
    for r in results:
        for e in r["errors"]:
            by_cause[e["cause"]] = by_cause.get(e["cause"], 0) + 1
    return {
        "files": len(results),
        "per_kind": per_kind,
        "span": _prf(total("tallies.span_tp"), pred, gold),
        "span_kind": _prf(total("tallies.kind_tp"), pred, gold),
        "span_kind_count_is_number": _prf(total("tallies.kind_loose_tp"), pred, gold),
        "value": _prf(total("tallies.value_tp"), pred, gold),
        "counted": _prf(total("tallies.counted_tp"), total("tallies.counted_pred"), total("tallies.counted_gold")),
        "exact_boundary": ratio("tallies.boundary_ok", "tallies.kind_tp"),
        "qualifier": ratio("tallies.qualifier_ok", "tallies.qualifier_n"),
        "zone": ratio("tallies.zone_ok", "tallies.zone_n"),
        "unit": ratio("tallies.unit_ok", "tallies.unit_n"),
        "relations_strict": _prf(total("relations.strict.tp_pred"), n_rel_pred, n_rel_gold,
                                 total("relations.strict.tp_gold")),
        "relations_loose": _prf(total("relations.loose.tp_pred"), n_rel_pred, n_rel_gold,
                                total("relations.loose.tp_gold")),
        "errors_by_cause": dict(sorted(by_cause.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def score(paths: list[Path] | None = None) -> tuple[dict, list[dict]]:
    """(overall metrics, per-file results) over the fixtures."""
    results = [score_file(p) for p in (paths or fixtures())]
    return aggregate(results), results


# -- output ----------------------------------------------------------------------------------
def render(metrics: dict, results: list[dict], details: bool = False) -> str:
    lines = [f"extraction accuracy on {metrics['files']} annotated articles", "",
             f"{'kind':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'P':>6} {'R':>6} {'F1':>6} {'value ok':>9}"]
    for k, m in metrics["per_kind"].items():
        lines.append(f"{k:<10} {m['gold']:>5} {m['pred']:>5} {m['tp']:>5} {m['precision']:>6.3f} "
                     f"{m['recall']:>6.3f} {m['f1']:>6.3f} {m['value_tp']:>9}")
    lines += ["", f"{'overall':<19} {'tp':>5} {'pred':>5} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}"]
    for label, key in [("span", "span"), ("span+kind", "span_kind"),
                       ("span+kind, n~count", "span_kind_count_is_number"), ("value", "value"),
                       ("counted head", "counted"), ("relations strict", "relations_strict"),
                       ("relations loose", "relations_loose")]:
        m = metrics[key]
        lines.append(f"{label:<19} {m['tp']:>5} {m['pred']:>5} {m['gold']:>5} {m['precision']:>6.3f} "
                     f"{m['recall']:>6.3f} {m['f1']:>6.3f}")
    lines.append("")
    for label, key, base in [("exact boundaries", "exact_boundary", "span+kind pairs"),
                             ("qualifier", "qualifier", "span pairs, dates and times aside"),
                             ("time zone", "zone", "span+kind pairs of times"),
                             ("unit", "unit", "span+kind pairs of money and measures")]:
        m = metrics[key]
        lines.append(f"{label:<19} {m['accuracy']:.3f} ({m['ok']}/{m['n']} of {base})")
    lines += ["", "errors by cause: " + ", ".join(f"{c} {n}" for c, n in metrics["errors_by_cause"].items())]
    if details:
        for r in results:
            lines += ["", f"== {r['file']} ({r['gold']} annotated, {r['pred']} extracted)"]
            for e in r["errors"]:
                lines.append(f"{e['line']}:{e['column']} {e['cause']}: {e['snippet']}")
                lines.append(f"    got {e['got']}; expected {e['expected']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("fixtures", nargs="*", type=Path, help="fixture .md files (default: all)")
    parser.add_argument("--json", action="store_true", help="print metrics, per-file results and errors as JSON")
    parser.add_argument("--details", action="store_true", help="list every error under the table")
    args = parser.parse_args(argv)
    metrics, results = score(args.fixtures or None)
    if args.json:
        print(json.dumps({"metrics": metrics, "files": results}, indent=2))
    else:
        print(render(metrics, results, args.details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
