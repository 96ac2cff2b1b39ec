"""Goal tables: column roles from header cells, then one goal per row.

A table is a goal table when one header cell names the goal column (Mål,
Målsättning, Delmål …); the result column (Resultat, Kommentar, Uppföljning …)
and the status column (Status, Måluppfyllelse, Bedömning …) are optional.
A row whose only filled cell spans the table is a section row. Tables without
a goal column (statistics, indicators) give None: they are not goals. An
indicator table (Indikator | Målvärde | Utfall) under a goal gives that goal's
indicators (indicators_from_table).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import regex as re

from pipeline.lexicon import load
from pipeline.schema import Block, Cell, Goal, Indicator, Layout, Provenance, Result, Span, StatusField

_COLUMNS = [(c["id"], c["role"], re.compile(c["pattern"], re.IGNORECASE)) for c in load("labels")["columns"]]


def column_roles(header: tuple[Cell, ...]) -> dict[str, int]:
    """Role -> column index, from the header cells. The first column wins a role."""
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        text = " ".join(cell.text.split())
        # a narrow column wraps its header inside a word ("Bedömni" / "ng", "Mål-" / "uppfyllelse")
        unwrapped = " ".join(re.sub(r"-?\n", "", cell.text.strip()).split())
        readings = (unwrapped, text) if re.search(r"\w-\n", cell.text) else (text, unwrapped)
        role = next((role for reading in readings for _, role, pattern in _COLUMNS if pattern.match(reading)), None)
        if role is not None:
            roles.setdefault(role, index)
    return roles


@dataclass(frozen=True)
class TableGoal:
    """One row of a goal table, or a section row (section set, cells None)."""

    section: str | None = None
    goal: Cell | None = None
    result: Cell | None = None
    status: Cell | None = None
    status_header: str | None = None
    indicator: tuple[str, str | None, str | None, str | None, tuple, tuple] | None = None  # see _row_indicator
    page: int | None = None
    block: int | None = None
    source_index: int | None = None

    def _prov(self, layout: Layout, cell: Cell, rule: str) -> Provenance:
        return Provenance(
            source_sha256=layout.sha256,
            pages=(self.page,) if self.page is not None else (),
            bbox=cell.bbox,
            span=cell.span,
            blocks=(self.block,) if self.block is not None else (),
            paragraphs=(self.source_index,) if self.source_index is not None else (),
            rule=rule,
        )

    def to_goal(self, layout: Layout, gid: str) -> Goal | None:
        text = " ".join(self.goal.text.split()) if self.goal else ""
        text = _GOAL_NUMBER.sub("", text)  # "A1 Fler barn …", "2.3 Biblioteket ska …": the number is a label
        if not text:
            return None
        result = None
        if self.result is not None and self.result.text.strip():
            result = Result(text=_paragraphs(self.result.text), provenance=self._prov(layout, self.result, "column.result"))
        status_field = None
        # a fill counts as a status only where it differs from the row's own band colour
        colour = self.status.fill if self.status is not None and self.status.fill != self.goal.fill else None
        if self.status is not None and (self.status.text.strip() or colour is not None):
            status_field = StatusField(
                label=self.status_header or "Status",
                text=" ".join(self.status.text.split()),
                colour=colour,
                provenance=self._prov(layout, self.status, "column.colour" if colour and not self.status.text.strip() else "column.status"),
            )
        indicators = ()
        if self.indicator is not None:
            name, target, outcome, baseline, header, cells = self.indicator
            indicators = (Indicator(name=name or text, target=target, outcome=outcome, baseline=baseline, header=header,
                                    cells=cells, provenance=self._prov(layout, self.goal, "column.target")),)
        return Goal(id=gid, text=text, result=result, status_field=status_field, indicators=indicators,
                    provenance=self._prov(layout, self.goal, "column.goal"))


_GOAL_NUMBER = re.compile(r"^(?:\p{Lu}\d{1,2}[a-z]?|\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)[.):]?\s+(?=\p{Lu})")


def _row_indicator(header: tuple[Cell, ...], row: tuple[Cell, ...], roles: dict[str, int]):
    """A goal row's own indicator when the table has a target column (Mål | Målvärde | Utfall | Kommentar):
    (indicator name or None, target, outcome, baseline, header, cells), values as printed."""
    if "target" not in roles:
        return None
    columns = _indicator_columns(header, roles)

    def text(role: str) -> str | None:
        i = columns.get(role)
        value = " ".join(row[i].text.split()) if i is not None and i < len(row) else ""
        return value or None

    if text("target") is None:
        return None
    return (text("indicator"), text("target"), text("outcome"), text("baseline"),
            tuple(" ".join(c.text.split()) for c in header), tuple(" ".join(c.text.split()) for c in row))


def _paragraphs(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in text.split("\n\n") if line.strip())


def _is_section_row(row: tuple[Cell, ...]) -> bool:
    """Only the first cell is filled, nothing is coloured, and it reads as a title, not a goal."""
    first = " ".join(row[0].text.split()) if row else ""
    if not first or any(c.text.strip() for c in row[1:]) or any(c.fill is not None and c.fill != row[0].fill for c in row[1:]):
        return False
    return len(first.split()) <= 8 and not first.endswith((".", "!", "?"))


_MATRIX = load("labels")["status_matrix"]
_MATRIX_HEADER = re.compile(_MATRIX["headers"], re.IGNORECASE)
_MATRIX_MARK = re.compile(_MATRIX["marks"], re.IGNORECASE)


def _status_matrix(header: tuple[Cell, ...], roles: dict[str, int]) -> list[int]:
    """Columns that each name a status (two or more, none the goal's or the result's)."""
    used = {roles.get("goal"), roles.get("result"), roles.get("outcome")}
    found = [j for j, c in enumerate(header) if j not in used and any(  # a narrow column wraps its header: "Delv" / "is"
        _MATRIX_HEADER.match(reading) for reading in (" ".join(c.text.split()), " ".join(re.sub(r"-?\n", "", c.text).split())))]
    return found if len(found) >= 2 else []


def _colour_column(header: tuple[Cell, ...], rows: list[tuple[Cell, ...]], roles: dict[str, int]) -> int | None:
    """A column with an empty header whose cells hold no words but a fill, in most rows."""
    for j, cell in enumerate(header):
        if j in roles.values() or cell.text.strip():
            continue
        cells = [row[j] for row in rows if j < len(row) and any(c.text.strip() for c in row) and not _is_section_row(row)]
        coloured = [c for c in cells if c.fill is not None and not c.text.strip()]
        if cells and len(coloured) * 2 > len(cells) and all(not c.text.strip() for c in cells):
            return j
    return None


def goals_from_table(block: Block, index: int | None = None, activities: bool = False) -> list[TableGoal] | None:
    """Rows of a goal table as TableGoals, or None when the table holds no goals. With `activities`,
    a table of activities followed up row by row (Aktivitet | Kommentar | Status, no goal column) is
    one too: in a follow-up of an activity plan the activities are what is followed up."""
    if not block.rows:
        return None
    header, *rows = block.rows
    roles = column_roles(header)
    if activities and "goal" not in roles and "activity" in roles and ({"result", "status"} & set(roles)):
        roles["goal"] = roles.pop("activity")
    if "goal" not in roles:
        return None
    if "status" not in roles:
        years = [j for j, c in enumerate(header) if re.fullmatch(r"(?:19|20)\d\d", c.text.strip())]
        last = [r[years[-1]].text for r in rows if years and years[-1] < len(r) and r[years[-1]].text.strip()]
        if len(years) >= 2 and last and all(len(t.split()) <= 4 and re.search(r"\p{L}", t) for t in last):
            roles["status"] = years[-1]  # "Mål | 2021 | 2022 | 2023": a status per year, the last is the status now
    if "status" not in roles:
        colour = _colour_column(header, rows, roles)
        if colour is not None:
            roles["status"] = colour  # a column of coloured cells with no header: the traffic light
    status_header = header[roles["status"]].text.strip() if "status" in roles else None
    matrix = _status_matrix(header, roles)
    out: list[TableGoal] = []
    status_above: Cell | None = None  # a status cell merged over several goal rows is every row's status
    area: str | None = None  # "Målområde | Mål | …": the area cell, merged down its goals, is their section
    for row in rows:
        own_status = roles["goal"] < len(row) and "status" not in roles and _inline_status(row[roles["goal"]]) is not None
        if _is_section_row(row) and not own_status:  # a goal with its status in its cell is no section title
            out.append(TableGoal(section=" ".join(row[0].text.split()), page=block.page, block=index,
                                 source_index=block.source_index))
            continue
        if column_roles(row) == roles:
            continue  # a repeated header row (table continued on the next page)
        if "section" in roles and roles["section"] < len(row):
            value = " ".join(row[roles["section"]].text.split())
            if value and value != area:
                area = value
                out.append(TableGoal(section=value, page=block.page, block=index, source_index=block.source_index))

        def cell(role: str) -> Cell | None:
            i = roles.get(role)
            return row[i] if i is not None and i < len(row) else None

        goal, result = cell("goal"), cell("result") or cell("outcome")  # "Mål | Utfall | Status": the outcome is the result
        inline = _inline_status(goal) if goal is not None and "status" not in roles else None
        if inline is not None:  # "A1 Fler barn … \nMåluppfyllelse: Uppnådd" in the goal's own cell
            goal, inline_status, inline_header = inline
        previous = out[-1] if out and out[-1].goal is not None else None
        if goal is not None and goal.merged and not goal.text.strip() and previous is not None:
            # a goal cell merged over several rows: each row adds to that goal's result
            if result is not None and result.text.strip():
                joined = result if previous.result is None or not previous.result.text.strip() else \
                    previous.result.model_copy(update={"text": previous.result.text.rstrip() + "\n\n" + result.text.strip()})
                out[-1] = replace(previous, result=joined)
            continue
        status = cell("status")
        if matrix:  # "Uppfyllt | Delvis | Ej uppfyllt" with an X in one: that column's header
            marked = [j for j in matrix if j < len(row) and _MATRIX_MARK.match(row[j].text.strip())]
            status = row[marked[0]].model_copy(update={"text": " ".join(re.sub(
                r"-?\n", "", header[marked[0]].text).split())}) if len(marked) == 1 else None
        if status is not None and status.merged and not status.text.strip() and status_above is not None:
            status = status_above.model_copy(update={"fill": status.fill or status_above.fill})
        elif status is not None and not status.merged:
            status_above = status
        if inline is not None and status is None:
            status, row_header = inline_status, inline_header
        else:
            row_header = status_header
        out.append(TableGoal(goal=goal, result=result, status=status,
                             status_header=row_header, page=block.page, block=index,
                             source_index=block.source_index, indicator=_row_indicator(header, row, roles)))
    return out


def _inline_status(goal: Cell) -> tuple[Cell, Cell, str] | None:
    """A goal cell whose last lines are a status label and value ("…\nMåluppfyllelse: Uppnådd"):
    (the goal alone, the value, the label)."""
    from pipeline.labels import match_label

    lines = goal.text.split("\n")
    for k in range(1, len(lines)):
        label = match_label(lines[k].strip())
        rest = lines[k].strip()[label.rest:].strip() if label else ""
        if label is not None and label.role in ("status", "assessment") and rest and len(rest.split()) <= 6:
            return (goal.model_copy(update={"text": "\n".join(lines[:k]).strip()}),
                    goal.model_copy(update={"text": rest, "fill": None}), label.label)
    return None


def _indicator_columns(header: tuple[Cell, ...], roles: dict[str, int]) -> dict[str, int]:
    """`roles` for reading an indicator's values: with several outcome columns ("Utfall 2022 |
    Utfall 2024") the latest is the outcome and the earliest the starting point, unless a column
    says what the starting point is."""
    outcomes = _outcome_columns(header)
    columns = dict(roles)
    if len(outcomes) > 1:
        columns["outcome"] = outcomes[-1]
        columns.setdefault("baseline", outcomes[0])
    return columns


def _outcome_columns(header: tuple[Cell, ...]) -> list[int]:
    """The outcome columns of a header, earliest first: by the year in the header where every one
    has a year ("Utfall 2022", "Utfall 2024"), else left to right."""
    found = []
    for index, cell in enumerate(header):
        text = " ".join(cell.text.split())
        if any(role == "outcome" and pattern.match(text) for _, role, pattern in _COLUMNS):
            year = re.search(r"\b(?:19|20)\d\d\b", text)
            found.append((int(year.group(0)) if year else None, index))
    if found and all(year is not None for year, _ in found):
        found.sort()
    return [index for _, index in found]


def indicators_from_table(block: Block, index: int | None, layout_sha: str) -> list[Indicator] | None:
    """The rows of an indicator table (an indicator column and a target column: Indikator |
    Målvärde 2024 | Utfall 2024), values as printed; None for any other table. A statistics
    table (Nyckeltal | 2021 | 2022) has no target column and is not read here."""
    if not block.rows:
        return None
    header, *rows = block.rows
    roles = column_roles(header)
    if "goal" in roles or "indicator" not in roles or "target" not in roles:
        return None
    names = tuple(" ".join(c.text.split()) for c in header)
    columns = _indicator_columns(header, roles)
    out = []
    for row in rows:
        if column_roles(row) == roles:
            continue  # a repeated header row

        def text(role: str) -> str | None:
            i = columns.get(role)
            value = " ".join(row[i].text.split()) if i is not None and i < len(row) else ""
            return value or None

        name = text("indicator")
        if not name:
            continue
        cell = row[roles["indicator"]]
        status = row[roles["status"]] if "status" in roles and roles["status"] < len(row) else None
        out.append(Indicator(
            name=name, target=text("target"), outcome=text("outcome") or text("result"), baseline=text("baseline"),
            status=text("status"), colour=status.fill if status is not None else None, header=names,
            cells=tuple(" ".join(c.text.split()) for c in row),
            provenance=Provenance(source_sha256=layout_sha, pages=(block.page,) if block.page is not None else (),
                                  bbox=cell.bbox, span=cell.span, blocks=(index,) if index is not None else (),
                                  paragraphs=(block.source_index,) if block.source_index is not None else (),
                                  rule="column.indicator")))
    return out or None


__all__ = ["TableGoal", "column_roles", "goals_from_table", "indicators_from_table", "Span"]
