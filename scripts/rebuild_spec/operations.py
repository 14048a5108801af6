"""Rebuild OpenAPI operations from one generated ``*Api`` class.

Each operation is a public method (name = snake_case operationId) plus its private
``_<op>_serialize`` twin. Types, constraints and descriptions come from the method's
``@validate_call`` signature; wire names, media types and auth from the serialize function;
responses from ``_response_types_map``. Runs inside the scratch venv.
"""

from __future__ import annotations

import ast
import datetime
import inspect
import re
import typing
from dataclasses import dataclass, field
from typing import Any

from .components import merge_extras
from .descriptions import choice_values, normalise_description, normalise_summary
from .source_facts import (
    SerializeFacts,
    WireParameter,
    class_functions,
    response_types,
    serialize_facts,
)
from .type_schema import Schema, annotation_schema, ref

# ":type crawler_pattern_type: CrawlerPatternTypeEnum" -- the docstring keeps the schema
# name even where the signature degraded the type to ``Any``.
_DOC_TYPE = re.compile(r"^\s*:type (\w+): (\w+)\s*$", re.M)
_DOC_FIELD = re.compile(r"^\s*:(param|type|return|rtype)\b", re.M)
_NO_BODY_DESCRIPTION = "No response body"
# A word of a class name: an acronym (capitals not followed by a lower-case letter), a
# capitalised word, or a run of lower-case letters and digits (``V2``, ``Ai``).
_TAG_WORD = re.compile(r"[A-Z]+(?![a-z])[0-9]*|[A-Z]?[a-z0-9]+")


@dataclass
class OperationFacts:
    """One rebuilt operation, plus a flattened form body still to be matched to a component."""

    method: str
    path: str
    tag: str
    operation: dict[str, Any]
    form_body: dict[str, Any] | None = field(default=None)


def tag_for_class(cls: type) -> str:
    """``AiAnalyticsApi`` -> ``ai-analytics``: undo the generator's tag-to-class naming."""
    return tag_for_class_name(cls.__name__)


def tag_for_class_name(name: str) -> str:
    """Split the class name into words and join them with ``-``, lower-cased.

    A run of capitals is one word (an acronym) whose last capital may start the next word:
    ``FallbackLLMApi`` -> ``fallback-llm``, ``AIMentorApi`` -> ``ai-mentor``, ``SCIMUsersApi``
    -> ``scim-users``. Splitting before every capital would give ``fallback-l-l-m``; the 3.x
    wheels have no acronyms, so their tags are the same under either rule.
    """
    stem = name.removesuffix("Api")
    return "-".join(word.lower() for word in _TAG_WORD.findall(stem))


def api_operations(cls: type, components: dict[str, type]) -> list[OperationFacts]:
    """Return every operation the API class ``cls`` implements."""
    functions = class_functions(cls)
    operations = []
    for name, function in functions.items():
        serializer = functions.get(f"_{name}_serialize")
        if name.startswith("_") or serializer is None:
            continue
        operations.append(
            build_operation(cls, name, function, serialize_facts(serializer), components)
        )
    return operations


def build_operation(
    cls: type,
    name: str,
    function: ast.FunctionDef,
    facts: SerializeFacts,
    components: dict[str, type],
) -> OperationFacts:
    """Assemble one operation object in drf-spectacular's key order."""
    method = getattr(cls, name)
    hints = typing.get_type_hints(method, include_extras=True)
    signature = inspect.signature(method)
    doc_types = dict(_DOC_TYPE.findall(method.__doc__ or ""))
    summary, description = split_docstring(method.__doc__ or "", name)

    def schema_of(python_name: str) -> Schema:
        return parameter_schema(hints[python_name], doc_types.get(python_name), components)

    def has_default(python_name: str) -> bool:
        return signature.parameters[python_name].default is not inspect.Parameter.empty

    operation: dict[str, Any] = {"operationId": name}
    if description:
        operation["description"] = description
    if summary:
        operation["summary"] = summary
    if _is_deprecated(function):
        operation["deprecated"] = True
    parameters = [
        wire_parameter(p, schema_of(p.python_name), has_default(p.python_name), facts)
        for p in facts.parameters
        if p.location in ("path", "query", "header")
    ]
    if parameters:
        operation["parameters"] = parameters
    operation["tags"] = [tag_for_class(cls)]
    form_body = None
    if facts.body_param is not None:
        operation["requestBody"] = request_body(
            schema_of(facts.body_param), facts.content_types, not has_default(facts.body_param)
        )
    elif any(p.location in ("form", "file") for p in facts.parameters):
        form_body = flattened_form_body(facts, schema_of, has_default)
    if facts.auth:
        operation["security"] = [{scheme: []} for scheme in facts.auth]
    operation["responses"] = responses(response_types(function), facts.accept, components)
    return OperationFacts(facts.method, facts.path, tag_for_class(cls), operation, form_body)


def split_docstring(doc: str, operation_id: str) -> tuple[str | None, str | None]:
    """Docstring -> (summary, description).

    The generator writes ``summary`` (or the operationId when there is none) on the first
    line and the description after a blank line, before the ``:param`` lines.
    """
    text = _DOC_FIELD.split(doc, maxsplit=1)[0].strip()
    first, _, rest = text.partition("\n")
    summary = normalise_summary(first)
    return (None if summary == operation_id else summary or None), normalise_description(rest)


def parameter_schema(hint: Any, doc_type: str | None, components: dict[str, type]) -> Schema:
    """Schema of a signature parameter, re-pointed at its component when typing lost it."""
    schema = annotation_schema(hint)
    if doc_type in components and not _carries_type(schema):
        return merge_extras(ref(doc_type), schema)
    return schema


def _carries_type(schema: Schema) -> bool:
    """Whether a schema already says what it is (as opposed to ``{}``/description only)."""
    return any(key in schema for key in ("type", "$ref", "allOf", "oneOf", "anyOf", "enum"))


def wire_parameter(
    parameter: WireParameter, schema: Schema, has_default: bool, facts: SerializeFacts
) -> dict[str, Any]:
    """Turn a serialize-function parameter into an OpenAPI Parameter Object."""
    schema = dict(schema)
    description = normalise_description(schema.pop("description", None))
    if list(schema) == ["allOf"] and len(schema["allOf"]) == 1:
        schema = dict(schema["allOf"][0])
    values = choice_values(description)
    if values and "enum" not in schema and schema.get("type") in ("string", "integer"):
        schema["enum"] = [int(v) for v in values] if schema["type"] == "integer" else values
    result: dict[str, Any] = {"in": parameter.location, "name": parameter.wire_name}
    result["schema"] = schema
    if description:
        result["description"] = description
    if parameter.location == "path" or not has_default:
        result["required"] = True
    if facts.collection_formats.get(parameter.python_name) == "csv":
        # 'csv' is how the generator records style=form, explode=false.
        result["explode"] = False
        result["style"] = "form"
    return result


def request_body(schema: Schema, content_types: list[str], required: bool) -> dict[str, Any]:
    """Request body with the media types in the order the wheel lists them."""
    media_types = content_types or ["application/json"]
    body: dict[str, Any] = {"content": {media: {"schema": schema} for media in media_types}}
    if required:
        body["required"] = True
    return body


def flattened_form_body(
    facts: SerializeFacts,
    schema_of: typing.Callable[[str], Schema],
    has_default: typing.Callable[[str], bool],
) -> dict[str, Any]:
    """Rebuild the inline object the generator flattened into form fields and files.

    Properties keep the serialize order, which is the schema's property order (the
    signature puts required arguments first).
    """
    properties: dict[str, Schema] = {}
    required: list[str] = []
    for parameter in facts.parameters:
        if parameter.location not in ("form", "file"):
            continue
        property_schema = schema_of(parameter.python_name)
        if "description" in property_schema:
            property_schema["description"] = normalise_description(property_schema["description"])
        properties[parameter.wire_name] = property_schema
        if not has_default(parameter.python_name):
            required.append(parameter.wire_name)
    schema: Schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = required
    return {"schema": schema, "content_types": facts.content_types}


def responses(
    types_map: dict[str, str | None], accept: list[str], components: dict[str, type]
) -> dict[str, Any]:
    """Responses per status code; ``None`` means the spec gave no body for that code."""
    result: dict[str, Any] = {}
    for status, type_name in types_map.items():
        if type_name is None:
            result[status] = {"description": _NO_BODY_DESCRIPTION}
            continue
        schema = annotation_schema(_resolve_type_name(type_name, components))
        media_types = accept or ["application/json"]
        result[status] = {
            "content": {media: {"schema": schema} for media in media_types},
            "description": "",
        }
    return result


def _resolve_type_name(type_name: str, components: dict[str, type]) -> Any:
    """Evaluate a response type string such as ``List[Foo]`` against the wheel's models."""
    namespace: dict[str, Any] = {
        "List": list,
        "Dict": dict,
        "Set": set,
        "object": object,
        "str": str,
        "int": int,
        "float": float,
        "bool": bool,
        "bytearray": bytearray,
        "date": datetime.date,
        "datetime": datetime.datetime,
        **components,
    }
    return eval(type_name, {"__builtins__": {}}, namespace)


def _is_deprecated(function: ast.FunctionDef) -> bool:
    """The generator marks deprecated operations with a ``warnings.warn`` call."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "warn"
        for node in ast.walk(function)
    )
