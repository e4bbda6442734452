"""Output of ``factcheck extract``: a terminal table, or the JSON contract."""

from __future__ import annotations

import json

from factcheck.records import Extraction, Quantity


def render_json(extraction: Extraction) -> str:
    data = extraction.model_dump(mode="json", exclude_none=False)
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _detail(q: Quantity) -> str:
    bits = []
    if q.counted:
        bits.append(f"counts {q.counted_text or q.counted}")
    if q.qualifier.value != "exact":
        bound = f"{q.low if q.low is not None else '…'}..{q.high if q.high is not None else '…'}"
        bits.append(f"{q.qualifier.value} [{bound}]")
    if q.iso_date:
        bits.append(q.iso_date)
    if q.weekday:
        bits.append(q.weekday)
    if q.hours is not None:
        bits.append(f"{q.hours:g} h")
    if q.zone:
        bits.append(q.zone + (f" ({q.place}, from {q.place_source})" if q.place else ""))
    return "; ".join(bits)


def render_table(extraction: Extraction) -> str:
    rows = [("id", "where", "kind", "text", "value", "unit", "detail")]
    for q in extraction.quantities:
        value = "" if q.value is None else f"{q.value:g}"
        rows.append((q.id, f"{q.line}:{q.column}", q.kind.value, q.text.replace("\n", " "), value, q.unit or "",
                     _detail(q)))
    widths = [min(max(len(r[i]) for r in rows), 40) for i in range(len(rows[0]) - 1)]
    lines = ["  ".join(cell[:40].ljust(w) for cell, w in zip(row, widths)) + "  " + row[-1] for row in rows]
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
    return "\n".join(line.rstrip() for line in out) + "\n"
