"""A first end-to-end check of the foundation on the demo database."""

from __future__ import annotations

import json


def test_lead_lists_transitions_as_json(cli, demo_db_path):
    result = cli(
        "--db",
        str(demo_db_path),
        "--user",
        "lead",
        "transitions",
        "--within",
        "90",
        "--format",
        "json",
    )
    assert result.code == 0, result.err
    rows = json.loads(result.out)
    assert rows, "the demo database has transitions within 90 days"
    assert {
        "reference",
        "name",
        "kind",
        "due_date",
        "days_left",
        "uncertain",
        "readiness",
        "risk",
        "missing",
        "primary_worker",
    } <= set(rows[0])
    assert [r["due_date"] for r in rows] == sorted(r["due_date"] for r in rows)
