"""An article's date as records give it: ISO 8601 ``YYYY-MM-DD`` where the input can be read as a calendar date,
else the input as given (a date is never guessed: "spring 2024" stays "spring 2024").

>>> [iso_date(d) for d in ("2024-03-05", "2024-03-05T17:20:00Z", "Tue, 05 Mar 2024 17:20:00 +0000")]
['2024-03-05', '2024-03-05', '2024-03-05']
>>> [iso_date(d) for d in ("March 5, 2024", "5 March 2024", "2024/03/05", "spring 2024", None)]
['2024-03-05', '2024-03-05', '2024-03-05', 'spring 2024', None]
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache

__all__ = ["iso_date"]

#: the written forms read besides ISO 8601 and RFC 2822 (``strptime`` formats: month names in English)
_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d", "%B %d %Y", "%b. %d, %Y")


@lru_cache(maxsize=4096)  # called for every record, with one date an article
def iso_date(text: str | None) -> str | None:
    """``text`` as ``YYYY-MM-DD`` when it is a calendar date (with or without a time), else as it is."""
    if text is None:
        return None
    value = text.strip()
    found = _iso(value) or _rfc2822(value) or _written(value)
    return found.isoformat() if found is not None else text


def _iso(value: str) -> date | None:
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?)?", value)
    if not m:
        return None
    try:
        return date.fromisoformat(m.group(1))
    except ValueError:
        return None


def _rfc2822(value: str) -> date | None:
    if not re.match(r"(?:[A-Za-z]{3}, )?\d{1,2} [A-Za-z]{3} \d{4} \d", value):
        return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError):
        return None


def _written(value: str) -> date | None:
    for fmt in _FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None
