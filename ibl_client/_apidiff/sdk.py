"""What the generated SDK calls things: groups, methods, arguments and model classes.

The CHANGELOG speaks to SDK users, so changes are named the way the generated code names
them. These are openapi-python-client 0.29's rules (``openapi_python_client.strings``), plus
the one rename scripts/codegen.py adds; a test checks them against the generator itself and
against the generated tree:

* a **method** is the operationId in snake case (``getContentAnalytics`` →
  ``get_content_analytics``), in a **group** named after a tag in snake case
  (``ai-analytics`` → ``ibl.ai_analytics``);
* an **argument** is the parameter name in snake case, with a trailing underscore when it
  would shadow a Python keyword or builtin (``format`` → ``format_``, ``type`` → ``type_``;
  ``id`` is exempt) and for the two names the generated functions use themselves
  (``client`` → ``client_``, ``url`` → ``url_``, scripts/codegen.py); two parameters of one
  operation that still collide get their location appended (``id_path``, ``id_query``);
* a **model class** is the component name in PascalCase.

Which groups have an operation as a method depends on the generator's ``generate_all_tags``
option (generator-config.yaml; the generator's default is false): only the first tag's group,
or every tag's. Its module is under the first tag either way (scripts/codegen.py removes the
other copies).
"""

from __future__ import annotations

import builtins
import functools
import keyword
import re
from collections.abc import Iterable, Sequence

__all__ = [
    "SIGNATURE_NAMES",
    "argument_names",
    "class_name",
    "group_name",
    "groups",
    "method_name",
    "module_folder",
    "python_identifier",
    "snake_case",
]

_DELIMITERS = r"\. _-"
_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}
_FIELD_PREFIX = "field_"
#: Names the generated functions use themselves; scripts/codegen.py gives a parameter spelled
#: the same a trailing underscore (the generator alone would append its location).
SIGNATURE_NAMES = ("client", "url")


def _sanitize(value: str) -> str:
    """Keep letters, digits and the known word delimiters."""
    return "".join(c for c in value if c.isidentifier() or c.isdecimal() or c in _DELIMITERS)


def _split_words(value: str) -> list[str]:
    """Words split on delimiters and, when there are capitals, on camelCase boundaries."""
    if any(c.isupper() for c in value):
        value = " ".join(re.split("([A-Z]?[a-z]+)", value))
    return re.findall(rf"[^{re.escape(_DELIMITERS)}]+", value)


def snake_case(value: str) -> str:
    """``ai-analytics`` → ``ai_analytics``, ``getContentAnalytics`` → ``get_content_analytics``.

    >>> snake_case("fallback-l-l-m"), snake_case("getContentAnalytics")
    ('fallback_l_l_m', 'get_content_analytics')
    """
    return "_".join(_split_words(_sanitize(value))).lower()


def _fix_reserved(value: str) -> str:
    return f"{value}_" if value in _RESERVED or keyword.iskeyword(value) else value


@functools.cache
def python_identifier(
    value: str, skip_snake_case: bool = False, prefix: str = _FIELD_PREFIX
) -> str:
    """The generator's ``PythonIdentifier``: snake case, reserved words suffixed ``_``, and
    ``prefix`` (``field_``; ``tag`` for tags) in front of what is still no identifier.

    >>> python_identifier("format"), python_identifier("type"), python_identifier("id")
    ('format_', 'type_', 'id')
    """
    safe = _sanitize(value)
    leading_underscore = safe.startswith("_")
    safe = re.sub(r"[^\w]+", "", safe) if skip_snake_case else snake_case(safe)
    safe = _fix_reserved(safe)
    if not safe.isidentifier() or leading_underscore:
        safe = f"{prefix}{safe}"
    return safe


def method_name(operation_id: str) -> str:
    """The SDK method (and module) of an operation."""
    return python_identifier(operation_id)


def _pascal_case(value: str) -> str:
    words = _split_words(_sanitize(value))
    return "".join(word if word.isupper() else word.capitalize() for word in words)


def class_name(component: str) -> str:
    """The model class generated for a schema component (the generator's ``ClassName``).

    >>> class_name("PaginatedUserList"), class_name("ai_bot_Response")
    ('PaginatedUserList', 'AiBotResponse')
    """
    name = _fix_reserved(_pascal_case(component))
    if not name.isidentifier():
        name = _fix_reserved(_pascal_case(f"{_FIELD_PREFIX}{name}"))
    return name


def group_name(tag: str) -> str:
    """The SDK group (``ibl.<group>``) and module folder (``generated/api/<group>/``) of a tag."""
    return python_identifier(tag, prefix="tag")


def groups(tags: Sequence[str], all_tags: bool = False) -> tuple[str, ...]:
    """The SDK groups (``ibl.<group>``) an operation with these tags is a method of."""
    chosen = list(tags) or ["default"]
    if not all_tags:
        chosen = chosen[:1]
    return tuple(dict.fromkeys(group_name(tag) for tag in chosen))


def module_folder(tags: Sequence[str]) -> str:
    """Where the operation's module is: ``generated/api/<first tag>/<method>.py``, however
    many tags it has (with ``generate_all_tags`` scripts/codegen.py removes the copies the
    generator writes under the other tags)."""
    return group_name((list(tags) or ["default"])[0])


def argument_names(parameters: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Python argument names for an operation's parameters, given as ``(in, name)`` pairs.

    >>> argument_names([("path", "org"), ("query", "format"), ("query", "url")])
    {('path', 'org'): 'org', ('query', 'format'): 'format_', ('query', 'url'): 'url_'}
    >>> argument_names([("path", "id"), ("query", "id")])
    {('path', 'id'): 'id_path', ('query', 'id'): 'id_query'}
    """
    params = list(dict.fromkeys(parameters))
    names: dict[tuple[str, str], str] = {}
    for location, name in params:
        python = python_identifier(name)
        if python in SIGNATURE_NAMES:
            python = python_identifier(f"{python}_", skip_snake_case=True)
        names[(location, name)] = python
    clashes: dict[str, list[tuple[str, str]]] = {}
    for key, python in names.items():
        clashes.setdefault(python, []).append(key)
    for python, keys in clashes.items():
        if len(keys) < 2:
            continue
        if len({location for location, _ in keys}) == len(keys):
            for location, name in keys:
                names[(location, name)] = python_identifier(f"{python}_{location}")
        else:
            for location, name in keys:
                names[(location, name)] = python_identifier(name, skip_snake_case=True)
    return names
