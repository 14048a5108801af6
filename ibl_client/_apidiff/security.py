"""Comparing who may call an operation.

An operation's effective requirement is its own ``security`` or else the document's. It is a
list of alternatives, each a set of schemes that must all be satisfied; an empty alternative
(``{}``, drf-spectacular's spelling of ``AllowAny``) or an empty list means anonymous access.
Scopes are ignored: the SDK does not model them.
"""

from __future__ import annotations

from typing import Any

from .operations import Operation
from .refs import Document
from .schemas import Finding

__all__ = ["compare_security"]

Alternatives = frozenset[frozenset[str]]


def _alternatives(doc: Document, op: Operation) -> Alternatives:
    """The effective alternatives, each as a set of scheme names."""
    raw: Any = op.spec["security"] if "security" in op.spec else doc.get("security") or []
    return frozenset(frozenset(req) for req in raw if isinstance(req, dict))


def _anonymous(alternatives: Alternatives) -> bool:
    """No requirement at all, or an explicitly empty alternative."""
    return not alternatives or frozenset() in alternatives


def _spell(alternatives: Alternatives) -> str:
    """``jwt or apiKey+cookie`` — readable in messages, stable in JSON."""
    return " or ".join(sorted("+".join(sorted(a)) for a in alternatives if a))


def compare_security(
    old_doc: Document, new_doc: Document, old: Operation, new: Operation
) -> list[Finding]:
    """Gaining a requirement breaks anonymous callers; alternatives matter only when both
    versions require authentication."""
    before, after = _alternatives(old_doc, old), _alternatives(new_doc, new)
    if before == after:
        return []
    if _anonymous(before) and not _anonymous(after):
        return [Finding("security-required", (), None, _spell(after))]
    if not _anonymous(before) and _anonymous(after):
        return [Finding("security-removed", (), _spell(before), None)]
    if _anonymous(before):
        return []
    found = [
        Finding("security-alternative-added", (), None, _spell(frozenset([a])))
        for a in sorted(after - before, key=sorted)
    ]
    found += [
        Finding("security-alternative-removed", (), _spell(frozenset([a])), None)
        for a in sorted(before - after, key=sorted)
    ]
    return found
