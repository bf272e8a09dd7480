"""The participation data as a product: one row per state and treaty, as CSV or JSON, with the
JSON Schema of the JSON form (``python -m refugeelaw data``).

>>> from refugeelaw import export
>>> rows = export.rows("refugee-protocol-1967")
>>> row = next(r for r in rows if r["state"] == "COG")
>>> row["action"], row["deposited"], row["horizon"]
('accession', '1970-07-10', '2015-03-12')
>>> [r["provisions"] for r in row["reservations"] if r["kind"] == "reservation"]
[['IV']]
>>> print(export.to_csv(rows[:1]).splitlines()[0][:60])
state,state_name,instrument,action,signature,deposited,in_fo
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from .countries import country_name
from .instruments import Instrument
from .instruments import get as get_instrument
from .sources import SOURCE_FIELDS, Source
from .sources.territories import former_state
from .states import Horizon, Participation, all_states, horizon

__all__ = ["COLUMNS", "document", "rows", "schema", "to_csv", "to_json"]

COLUMNS = (
    "state",
    "state_name",
    "instrument",
    "action",
    "signature",
    "deposited",
    "in_force",
    "withdrawal_effective",
    "withdrawal_in_doubt_from",
    "in_doubt_from",
    "newly_independent",
    "reservations",
    "art_1b",
    "art_1b_history",
    "status",
    "sources",
    "as_of",
    "reported_later",
    "horizon",
    "horizon_complete",
    "notes",
)
"""The columns, in order (CSV header and JSON keys)."""


def _iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def _source(s: Source) -> dict[str, Any]:
    out = {k: getattr(s, k) for k in SOURCE_FIELDS if getattr(s, k)}
    if s.date is not None:
        out["date"] = s.date.isoformat()
    return out


def _row(p: Participation, h: Horizon | None) -> dict[str, Any]:
    w = p.withdrawal
    return {
        "state": p.state,
        "state_name": country_name(p.state) + (" (former state)" if former_state(p.state) else ""),
        "instrument": p.instrument,
        "action": p.action.value,
        "signature": _iso(p.signature),
        "deposited": _iso(p.deposited),
        "in_force": _iso(p.in_force),
        "withdrawal_effective": _iso(w.effective) if w and w.accepted else None,
        "withdrawal_in_doubt_from": _iso(w.in_doubt_from) if w and w.accepted else None,
        "in_doubt_from": _iso(p.in_doubt_from),
        "newly_independent": p.newly_independent,
        "reservations": [
            {
                "kind": r.kind,
                "provisions": list(r.provisions),
                "qualifies": r.qualifies,
                "withdrawn": _iso(r.withdrawn),
                "since": _iso(r.since),
                "withdrawn_by": _iso(r.withdrawn_by),
                "in_doubt_from": _iso(r.in_doubt_from),
                "unseen": r.unseen,
                "except_for": r.except_for,
                "summary": r.summary,
                "text": r.text,
                "status": r.status,
                "sources": [_source(s) for s in r.sources],
            }
            for r in p.reservations
        ],
        "art_1b": p.art_1b,
        "art_1b_history": [
            {
                "choice": c.choice,
                "since": _iso(c.since),
                "summary": c.summary,
                "status": c.status,
                "as_of": _iso(c.as_of),
            }
            for c in p.art_1b_history
        ],
        "status": p.status,
        "sources": [_source(s) for s in p.source],
        "as_of": _iso(p.as_of),
        "reported_later": list(p.reported_later),
        "horizon": _iso(h.date) if h else None,
        "horizon_complete": h.complete if h else False,
        "notes": list(p.notes),
    }


def rows(instrument: str | Instrument | None = None) -> list[dict[str, Any]]:
    """Every participation record (of ``instrument``, or of every treaty), one dict per record,
    sorted by instrument and state."""
    key = None if instrument is None else get_instrument(instrument).key
    out = [
        _row(p, horizon(p.instrument))
        for s in all_states()
        for p in s.participations
        if key is None or p.instrument == key
    ]
    return sorted(out, key=lambda r: (r["instrument"], r["state"]))


def document(instrument: str | Instrument | None = None) -> dict[str, Any]:
    """The JSON form: the horizon of each dataset and the rows (see :func:`schema`)."""
    records = rows(instrument)
    keys = sorted({r["instrument"] for r in records})
    horizons = []
    for k in keys:
        h = horizon(k)
        horizons.append(
            {
                "instrument": k,
                "date": _iso(h.date) if h else None,
                "complete": h.complete if h else False,
                "basis": h.basis if h else "",
                "sources": [_source(s) for s in h.sources] if h else [],
            }
        )
    return {"horizons": horizons, "records": records}


def to_json(instrument: str | Instrument | None = None) -> str:
    """:func:`document` as JSON text."""
    return json.dumps(document(instrument), ensure_ascii=False, indent=1)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False) if value else ""
    return str(value)


def to_csv(records: list[dict[str, Any]]) -> str:
    """Rows as CSV with a header: lists (reservations, sources, notes, the 1B history) are JSON
    text in their cell, empty where there are none."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for r in records:
        w.writerow([_cell(r[c]) for c in COLUMNS])
    return buf.getvalue()


_DATE = {"type": ["string", "null"], "format": "date"}
_SOURCE = {
    "type": "object",
    "properties": {k: {"type": "string"} for k in SOURCE_FIELDS},
    "required": ["title"],
}


def schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of :func:`document`."""
    row = {
        "type": "object",
        "properties": {
            "state": {"type": "string", "description": "ISO 3166-1 alpha-3, or ISO 3166-3"},
            "state_name": {"type": "string"},
            "instrument": {"type": "string"},
            "action": {
                "enum": [
                    "ratification",
                    "accession",
                    "ratification-or-accession",
                    "succession",
                    "acceptance",
                    "approval",
                    "signature-only",
                    "none",
                    "bilateral",
                    "original-member",
                    "admission",
                ]
            },
            "signature": _DATE,
            "deposited": _DATE,
            "in_force": _DATE,
            "withdrawal_effective": _DATE,
            "withdrawal_in_doubt_from": _DATE,
            "in_doubt_from": _DATE,
            "newly_independent": {"type": "boolean"},
            "reservations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "kind": {
                            "enum": [
                                "reservation",
                                "declaration",
                                "understanding",
                                "objection",
                                "text",
                            ]
                        },
                        "provisions": {"type": "array", "items": {"type": "string"}},
                        "qualifies": {"type": "boolean"},
                        "withdrawn": _DATE,
                        "since": _DATE,
                        "withdrawn_by": _DATE,
                        "in_doubt_from": _DATE,
                        "unseen": {"type": "boolean"},
                        "except_for": {"type": ["string", "null"]},
                        "summary": {"type": "string"},
                        "text": {"type": ["string", "null"]},
                        "status": {"enum": ["verified", "secondary", "unverified"]},
                        "sources": {"type": "array", "items": _SOURCE},
                    },
                    "required": ["kind", "provisions", "summary", "status"],
                },
            },
            "art_1b": {"enum": ["a", "b", None]},
            "art_1b_history": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "choice": {"enum": ["a", "b", None]},
                        "since": _DATE,
                        "summary": {"type": "string"},
                        "status": {"enum": ["verified", "secondary", "unverified"]},
                        "as_of": _DATE,
                    },
                },
            },
            "status": {"enum": ["verified", "secondary", "unverified"]},
            "sources": {"type": "array", "items": _SOURCE},
            "as_of": _DATE,
            "reported_later": {"type": "array", "items": {"type": "string"}},
            "horizon": _DATE,
            "horizon_complete": {"type": "boolean"},
            "notes": {"type": "array", "items": {"type": "string"}},
        },
        "required": list(COLUMNS),
        "additionalProperties": False,
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "refugeelaw participation data",
        "type": "object",
        "properties": {
            "horizons": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "instrument": {"type": "string"},
                        "date": _DATE,
                        "complete": {"type": "boolean"},
                        "basis": {"type": "string"},
                        "sources": {"type": "array", "items": _SOURCE},
                    },
                    "required": ["instrument", "date", "complete"],
                },
            },
            "records": {"type": "array", "items": row},
        },
        "required": ["horizons", "records"],
    }
