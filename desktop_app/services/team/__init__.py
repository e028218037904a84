"""The team lead's and coordinator's work: reassignment; moves (transfers and closures); and
the figures (caseload balance, continuity, planning and its needs, outcomes, data quality)."""
