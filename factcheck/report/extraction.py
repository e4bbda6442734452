"""Output of ``factcheck extract``: a terminal table, or the JSON contract."""

from __future__ import annotations

import json
import math

from factcheck.records import Extraction, Quantity


def _finite(data):
    """``data`` with every float that JSON cannot carry (inf, -inf, nan: a value beyond float range) as null."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {k: _finite(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_finite(v) for v in data]
    return data


def render_json(extraction: Extraction) -> str:
    """The JSON contract: strict JSON (no Infinity or NaN), controls and bidi controls escaped."""
    from factcheck.report.safe_text import for_json

    data = _finite(extraction.model_dump(mode="json", exclude_none=False))
    return for_json(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False)) + "\n"


def _detail(q: Quantity) -> str:
    bits = []
    if q.counted:
        bits.append(f"counts {q.counted_text or q.counted}")
    if q.qualifier.value != "exact":
        bound = f"{q.low if q.low is not None else '…'}..{q.high if q.high is not None else '…'}"
        bits.append(f"{q.qualifier.value} [{bound}]")
    if q.iso_date:
        bits.append(q.iso_date)
    elif q.iso_start and q.iso_end:
        bits.append(f"{q.iso_start}..{q.iso_end}")
    elif q.fiscal_year:
        bits.append(f"fiscal year {q.fiscal_year}")
    if q.relative:
        bits.append("relative to the article date" if q.relative_to == "article_date" else "relative, unresolved")
    if q.weekday:
        bits.append(q.weekday)
    if q.hours is not None:
        bits.append(f"{q.hours:g} h")
    elif q.kind.value == "time" and q.low is not None:
        bits.append(f"{q.low:g}..{q.high:g} h")
    if q.zone:
        bits.append(str(q.zone) + (f" ({q.place}, from {q.place_source})" if q.place else ""))
    return "; ".join(bits)


def render_table(extraction: Extraction) -> str:
    rows = [("id", "where", "kind", "text", "value", "unit", "detail")]
    for q in extraction.quantities:
        value = "" if q.value is None else f"{q.value:g}"
        rows.append((q.id, f"{q.line}:{q.column}", q.kind.value, q.text.replace("\n", " "), value, q.unit or "",
                     _detail(q)))
    widths = [min(max(len(r[i]) for r in rows), 40) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell[:40].ljust(w) for cell, w in zip(row, widths, strict=False)) + "  " + row[-1] for row in rows]
    header = f"{extraction.file}: {len(extraction.quantities)} quantities"
    if extraction.date or extraction.dateline:
        header += f" (date {extraction.date or '?'}, dateline {extraction.dateline or '?'})"
    out = [header, *lines]
    if extraction.relations:
        by_id = extraction.by_id()
        out.append("")
        out.append("relations:")
        for r in extraction.relations:
            whole = f"'{by_id[r.whole].text}' " if r.whole else ""
            parts = ", ".join(f"'{by_id[p].text}'" for p in r.parts)
            out.append(f"  {r.id} {r.type.value}: {whole}<- {parts}" + (f"  [{r.cue}]" if r.cue else ""))
    from factcheck.report.safe_text import for_terminal

    return for_terminal("\n".join(line.rstrip() for line in out) + "\n")
