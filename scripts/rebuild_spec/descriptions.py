"""Undo the whitespace flattening OpenAPI Generator applies to descriptions.

The generator replaces every newline of a description with a space, so paragraphs become
runs of spaces and drf-spectacular's choice lists (``\\n\\n* `a` - A\\n* `b` - B``) end up on
one line. The original line structure cannot be recovered exactly; these rules restore the
parts that carry meaning. Runs inside the scratch venv: standard library only.
"""

from __future__ import annotations

import re

# A drf-spectacular choice item: "* `value` - Label". Preceded by a paragraph gap when it
# starts the list, by a single space when it continues it.
_LIST_START = re.compile(r"\s{2,}\* `")
_LIST_ITEM = re.compile(r" \* `")
# Two spaces were a blank line (paragraph break); longer runs a newline plus indentation.
_PARAGRAPH_GAP = re.compile(r"(?<=\S)[ \t]{2}(?=\S)")
_LINE_GAP = re.compile(r"[ \t]{3,}")


def normalise_description(text: str | None) -> str | None:
    """Return ``text`` with choice lists and line breaks restored, or None if empty.

    >>> normalise_description("Format  * `json` - json * `csv` - csv")
    'Format\\n\\n* `json` - json\\n* `csv` - csv'
    """
    if text is None:
        return None
    text = text.strip()
    if not text:
        return None
    text = _LIST_START.sub("\n\n* `", text)
    text = _LIST_ITEM.sub("\n* `", text)
    text = _PARAGRAPH_GAP.sub("\n\n", text)
    text = _LINE_GAP.sub("\n", text)
    return "\n".join(line.strip() for line in text.split("\n"))


def normalise_summary(text: str) -> str:
    """A summary is one line: collapse all whitespace."""
    return " ".join(text.split())


def choice_values(description: str | None) -> list[str]:
    """Return the values of a drf-spectacular choice list ending ``description``.

    The generator drops ``enum`` from inline query parameters but keeps the description
    drf-spectacular wrote from the same choices, so the values survive there.

    >>> choice_values("Format\\n\\n* `json` - json")
    ['json']
    """
    if not description or "\n* `" not in description:
        return []
    values = []
    for line in description.split("\n\n")[-1].split("\n"):
        match = re.fullmatch(r"\* `([^`]*)` - .*", line)
        if match is None:
            return []
        values.append(match.group(1))
    return values
