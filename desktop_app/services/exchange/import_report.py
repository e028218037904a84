"""The import's report: one outcome per row (created, updated, unchanged or rejected with its
problems), then a summary; as text for people and as JSON for scripts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.i18n import Gettext, identity, translated
from desktop_app.domain.i18n import message as _


@dataclass(frozen=True)
class RowProblem:
    row: int
    column: str  # the file's header, as written
    field: str  # the Homeward field
    reason: str


CREATED = "created"


UPDATED = "updated"


UNCHANGED = "unchanged"


REJECTED = "rejected"


@dataclass
class RowOutcome:
    row: int
    index: int  # position among the data rows
    status: str
    reference: str | None = None
    name: str = ""
    problems: list[RowProblem] = field(default_factory=list)
    changes: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    source: str
    outcomes: list[RowOutcome]
    unknown_columns: list[str]
    derived_columns: list[str]
    dry_run: bool
    all_or_nothing: bool
    committed: bool
    # A sheet of courses, enrolments, contacts or consents (README, "More than the cases"),
    # named as in the workbook; None for the cases.
    kind: str = "cases"
    sheet: str | None = None
    # The workbook's other sheets, imported with the cases in the same transaction.
    sheets: list[ImportReport] = field(default_factory=list)
    # Nothing of this sheet was written because another sheet's rows were rejected.
    withheld: bool = False

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def created(self) -> int:
        return self.count(CREATED)

    @property
    def updated(self) -> int:
        return self.count(UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(UNCHANGED)

    @property
    def rejected(self) -> int:
        return self.count(REJECTED)

    @property
    def problems(self) -> list[RowProblem]:
        return [p for o in self.outcomes for p in o.problems]

    @property
    def blocked(self) -> bool:
        """--all-or-nothing and some row failed (of any sheet): nothing was written."""
        return self.withheld or (
            self.all_or_nothing
            and (self.rejected > 0 or any(sheet.rejected for sheet in self.sheets))
        )

    def summary(self) -> str:
        counts = _(
            "{created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected",
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            rejected=self.rejected,
        )
        if self.blocked and not self.rejected:
            return _(
                "Nothing was imported: rows of another sheet were rejected and "
                "--all-or-nothing was asked for (otherwise: {counts}).",
                counts=counts,
            )
        if self.blocked:
            return _(
                "Nothing was imported: {rejected} row(s) were rejected and "
                "--all-or-nothing was asked for (otherwise: {counts}).",
                rejected=self.rejected,
                counts=counts,
            )
        if self.dry_run:
            return _("Dry run, nothing was written. Would be: {counts}.", counts=counts)
        return _("Summary: {counts}.", counts=counts)

    def lines(self) -> list[str]:
        """The report line by line, in English; each line can be shown translated."""
        if self.kind != "cases":
            first = _(
                "Sheet {sheet} ({kind}) of {source}: rows are numbered as in the sheet (the "
                "header is row 1, the first entry is row 2).",
                sheet=self.sheet or "",
                kind=self.kind,
                source=self.source or "",
            )
        elif self.source:
            first = _(
                "Import of {source}: rows are numbered as in the spreadsheet (the header is "
                "row 1, the first case is row 2).",
                source=self.source,
            )
        else:
            first = _(
                "Import of the spreadsheet: rows are numbered as in the spreadsheet (the header "
                "is row 1, the first case is row 2)."
            )
        out: list[str] = [first]
        if self.unknown_columns:
            out.append(
                _("Unknown columns, ignored: {columns}.", columns=", ".join(self.unknown_columns))
            )
        if self.derived_columns:
            out.append(
                _(
                    "Columns worked out by Homeward, ignored: {columns}.",
                    columns=", ".join(self.derived_columns),
                )
            )
        would = self.dry_run or self.blocked
        for outcome in self.outcomes:
            if outcome.status == REJECTED:
                for problem in outcome.problems:
                    out.append(
                        _(
                            "Row {row}: rejected, column {column}: {reason}",
                            row=problem.row,
                            column=problem.column,
                            reason=problem.reason,
                        )
                    )
                continue
            who = f"{outcome.reference} ({outcome.name})" if outcome.name else outcome.reference
            changes = ", ".join(outcome.changes)
            if outcome.status == UNCHANGED:
                text = _("Row {row}: unchanged {who}", row=outcome.row, who=who)
            elif outcome.status == CREATED and would:
                text = _("Row {row}: would be created {who}", row=outcome.row, who=who)
            elif outcome.status == CREATED:
                text = _("Row {row}: created {who}", row=outcome.row, who=who)
            elif would:
                text = _("Row {row}: would be updated {who}", row=outcome.row, who=who)
            else:
                text = _("Row {row}: updated {who}", row=outcome.row, who=who)
            if changes:
                text = _("{line}: {changes}", line=text, changes=changes)
            out.append(text)
        out.append(self.summary())
        for sheet in self.sheets:
            out.extend(sheet.lines())
        return out

    def as_text(self, gettext: Gettext = identity) -> str:
        """The report as text: English (the command line), or through `gettext`."""
        return "\n".join(translated(line, gettext) for line in self.lines()) + "\n"

    def as_dict(self) -> dict[str, Any]:
        """The report for scripts (`import cases --format json`); the workbook's other sheets
        under "sheets", each the same way."""
        out = {
            "file": self.source,
            "dry_run": self.dry_run,
            "all_or_nothing": self.all_or_nothing,
            "committed": self.committed,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "unknown_columns": list(self.unknown_columns),
            "rows": [
                {
                    "row": o.row,
                    "status": o.status,
                    "reference": o.reference,
                    "changes": list(o.changes),
                    "problems": [
                        {"column": p.column, "field": p.field, "reason": p.reason}
                        for p in o.problems
                    ],
                }
                for o in self.outcomes
            ],
        }
        if self.kind != "cases":
            out = {"kind": self.kind, "sheet": self.sheet, **out}
        if self.sheets:
            out["sheets"] = [sheet.as_dict() for sheet in self.sheets]
        return out
