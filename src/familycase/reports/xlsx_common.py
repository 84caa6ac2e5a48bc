"""XLSX that other software reads right: formulas saved with their values.

openpyxl writes a formula without its result, so a reader that does not recalculate (pandas,
openpyxl's ``data_only``, previewers, most import tools) sees a blank. ``save`` works out every
formula FamilyCase writes (a small evaluator for the few forms it uses: cell references, SUM
over a range, + - * /, comparisons and IF) from the values in the sheet, and stores each
result in the file as the formula's cached value. Text cells go through ``cells.text``
(formula injection); ratios are numbers shown with ``RATIO`` ('1:4.2'), never text a
spreadsheet could read as a time.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import column_index_from_string, get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

RATIO = '"1:"0.0'
MONEY = '"£"#,##0.00'
_TOKEN = re.compile(
    r'\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<range>[A-Z]+\d+:[A-Z]+\d+)|(?P<ref>[A-Z]+\d+)'
    r'|(?P<str>"[^"]*")|(?P<fn>[A-Z]+)\(|(?P<op>>=|<=|<>|[-+*/(),<>=]))'
)


class Formula(str):
    """A formula FamilyCase wrote (anything else starting with '=' is kept as text)."""


class _Parser:
    def __init__(self, text: str, value_of: Callable[[str], Any]) -> None:
        self.tokens = [m for m in _TOKEN.finditer(text.lstrip("="))]
        self.at = 0
        self.value_of = value_of

    def _peek(self) -> re.Match[str] | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def _take(self) -> re.Match[str]:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> Any:
        value = self._compare()
        if self._peek() is not None:
            raise ValueError("unexpected text in a formula")
        return value

    def _compare(self) -> Any:
        left = self._sum()
        token = self._peek()
        if token is not None and token["op"] in (">", "<", ">=", "<=", "=", "<>"):
            op = self._take()["op"]
            right = self._sum()
            return {
                ">": left > right,
                "<": left < right,
                ">=": left >= right,
                "<=": left <= right,
                "=": left == right,
                "<>": left != right,
            }[op]
        return left

    def _sum(self) -> Any:
        value = self._product()
        while (token := self._peek()) is not None and token["op"] in ("+", "-"):
            op = self._take()["op"]
            right = self._product()
            value = value + right if op == "+" else value - right
        return value

    def _product(self) -> Any:
        value = self._atom()
        while (token := self._peek()) is not None and token["op"] in ("*", "/"):
            op = self._take()["op"]
            right = self._atom()
            value = value * right if op == "*" else value / right
        return value

    def _args(self) -> list[tuple[int, int]]:
        """The token spans of a function's arguments (evaluated lazily, for IF)."""
        spans, depth, start = [], 0, self.at
        while True:
            token = self._take()
            if token["fn"] or token["op"] == "(":
                depth += 1
            elif token["op"] == ")" and depth:
                depth -= 1
            elif token["op"] in (",", ")") and depth == 0:
                spans.append((start, self.at - 1))
                start = self.at
                if token["op"] == ")":
                    return spans

    def _eval_span(self, span: tuple[int, int]) -> Any:
        sub = _Parser("", self.value_of)
        sub.tokens = self.tokens[span[0] : span[1]]
        return sub.parse()

    def _atom(self) -> Any:
        token = self._take()
        if token["num"]:
            return float(token["num"])
        if token["str"]:
            return token["str"][1:-1]
        if token["ref"]:
            return self.value_of(token["ref"])
        if token["op"] == "-":
            return -self._atom()
        if token["op"] == "(":
            value = self._compare()
            self._take()
            return value
        name = token["fn"]
        spans = self._args()
        if name == "IF":
            chosen = spans[1] if self._eval_span(spans[0]) else spans[2]
            return self._eval_span(chosen)
        if name == "SUM":
            total = 0.0
            for span in spans:
                inner = self.tokens[span[0]]
                if inner["range"]:
                    for ref in _cells_of(inner["range"]):
                        value = self.value_of(ref)
                        total += value if isinstance(value, int | float) else 0.0
                else:
                    total += self._eval_span(span)
            return total
        raise ValueError(f"FamilyCase does not write the function {name}")


def _cells_of(span: str) -> list[str]:
    first, last = span.split(":")
    c1, r1 = re.match(r"([A-Z]+)(\d+)", first).groups()  # type: ignore[union-attr]
    c2, r2 = re.match(r"([A-Z]+)(\d+)", last).groups()  # type: ignore[union-attr]
    cols = range(column_index_from_string(c1), column_index_from_string(c2) + 1)
    return [f"{get_column_letter(c)}{r}" for c in cols for r in range(int(r1), int(r2) + 1)]


def formula_values(ws: Worksheet) -> dict[str, Any]:
    """Every formula cell of the sheet and the value it works out to."""
    done: dict[str, Any] = {}

    def value_of(ref: str) -> Any:
        if ref in done:
            return done[ref]
        cell = ws[ref]
        if cell.data_type == "f" and isinstance(cell.value, str):
            done[ref] = None  # a cycle reads as empty
            try:
                done[ref] = _Parser(cell.value, value_of).parse()
            except (ZeroDivisionError, TypeError):
                done[ref] = ""
            return done[ref]
        value = cell.value
        return 0.0 if value is None or value == "" else value

    for row in ws.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                value_of(cell.coordinate)
    return done


def _xml_value(value: Any) -> tuple[str, str]:
    """(type attribute, <v> text) for a cached value."""
    if isinstance(value, bool):
        return ' t="b"', "1" if value else "0"
    if isinstance(value, int | float):
        return "", repr(float(value))
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return ' t="str"', text


def save(wb: Workbook) -> bytes:
    """The workbook's bytes, with every formula's value cached beside it."""
    values = {ws.title: formula_values(ws) for ws in wb.worksheets}
    raw = io.BytesIO()
    wb.save(raw)
    raw.seek(0)
    names = {f"xl/worksheets/sheet{i}.xml": ws.title for i, ws in enumerate(wb.worksheets, 1)}
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for item in source.infolist():
            data = source.read(item.filename)
            title = names.get(item.filename)
            if title is not None and values[title]:
                data = _with_values(data.decode("utf-8"), values[title]).encode("utf-8")
            dest.writestr(item, data)
    return out.getvalue()


def _with_values(xml: str, values: dict[str, Any]) -> str:
    def patch(match: re.Match[str]) -> str:
        ref = match["ref"]
        if ref not in values:
            return match[0]
        kind, text = _xml_value(values[ref])
        attrs = re.sub(r'\s+t="[^"]*"', "", match["attrs"])
        return f'<c r="{ref}"{attrs}{kind}><f>{match["f"]}</f><v>{text}</v></c>'

    return re.sub(
        r'<c r="(?P<ref>[A-Z]+\d+)"(?P<attrs>[^>]*)><f>(?P<f>[^<]*)</f>'
        r"(?:<v\s*/>|<v>[^<]*</v>)?</c>",
        patch,
        xml,
    )
