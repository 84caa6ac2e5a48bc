"""What every CSV and XLSX writer shares: cells safe from formula injection, CSV that other
software reads right.

- **Formula injection** (the OWASP rule): a *text* cell starting with ``=``, ``+``, ``-``,
  ``@``, a tab or a carriage return is prefixed with an apostrophe, so no spreadsheet runs it
  as a formula (``neutralise``). Numbers are never touched: money and counts stay numbers
  (a negative amount is a number, not the text "'-12.50").
- **CSV** (RFC 4180): UTF-8 with a byte order mark (so Excel shows £ rightly), CRLF line
  endings, quoted where needed (``csv_bytes``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from decimal import Decimal

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def neutralise(value: object) -> object:
    """A cell's value made safe: text that a spreadsheet would read as a formula gets a
    leading apostrophe; anything else (numbers, dates, None) is returned as it is."""
    if isinstance(value, str) and value[:1] in FORMULA_START:
        return "'" + value
    return value


def text(value: str) -> str:
    """``neutralise`` for a value known to be text."""
    return "'" + value if value[:1] in FORMULA_START else value


def money(value: Decimal | None) -> Decimal | None:
    """Pounds to the penny, as a number (rounded half up, once, for presentation)."""
    from familycase.domain.costs.money import round_money

    return None if value is None else round_money(value)


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The CSV (without the byte order mark): header, then each row, every cell neutralised,
    CRLF line endings."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([text(h) for h in header])
    for row in rows:
        writer.writerow(["" if v is None else neutralise(v) for v in row])
    return out.getvalue()


def csv_bytes(content: str) -> bytes:
    """The file's bytes: UTF-8 with a byte order mark."""
    return (BOM + content).encode("utf-8")
