"""Read the facts OpenAPI Generator left only in the *code* of the wheel, not in its types.

HTTP method, path, wire names of parameters, media types, auth and response types live in
the statements of each ``_<op>_serialize`` function and of the public method; ``readOnly``,
``nullable`` and regex patterns of model fields live in ``to_dict`` and field validators.
Parsing the source with ``ast`` keeps this independent of formatting. Runs inside the
scratch venv: standard library only.
"""

from __future__ import annotations

import ast
import inspect
import re
from dataclasses import dataclass, field
from typing import Any

# OpenAPI Generator writes exactly this comment for every nullable property in ``to_dict``.
_NULLABLE_COMMENT = re.compile(r"# set to None if (\w+) \(nullable\) is None")


@dataclass
class WireParameter:
    """One parameter as ``_<op>_serialize`` sends it: where, under which name, from which arg."""

    location: str  # "path" | "query" | "header" | "form" | "file"
    wire_name: str
    python_name: str


@dataclass
class SerializeFacts:
    """Everything one ``_<op>_serialize`` function reveals about its operation."""

    method: str = ""
    path: str = ""
    parameters: list[WireParameter] = field(default_factory=list)
    body_param: str | None = None
    accept: list[str] = field(default_factory=list)
    content_types: list[str] = field(default_factory=list)
    auth: list[str] = field(default_factory=list)
    collection_formats: dict[str, str] = field(default_factory=dict)


def class_functions(cls: type) -> dict[str, ast.FunctionDef]:
    """Map each method name of ``cls`` to its AST, parsed from the module source once."""
    module_tree = ast.parse(inspect.getsource(inspect.getmodule(cls)))  # type: ignore[arg-type]
    for node in module_tree.body:
        if isinstance(node, ast.ClassDef) and node.name == cls.__name__:
            return {item.name: item for item in node.body if isinstance(item, ast.FunctionDef)}
    raise LookupError(f"class {cls.__name__} not found in its module")


def serialize_facts(function: ast.FunctionDef) -> SerializeFacts:
    """Collect wire-level facts from a ``_<op>_serialize`` function body."""
    facts = SerializeFacts()
    for node in ast.walk(function):
        if isinstance(node, ast.If):
            _collect_guarded_parameter(node, facts)
        elif isinstance(node, ast.Call):
            _collect_call(node, facts)
        elif isinstance(node, ast.AnnAssign) and _target_name(node.target) == "_auth_settings":
            facts.auth = _string_list(node.value)
        elif (
            isinstance(node, ast.AnnAssign)
            and _target_name(node.target) == "_collection_formats"
            and isinstance(node.value, ast.Dict)
        ):
            facts.collection_formats = {
                ast.literal_eval(key): ast.literal_eval(value)
                for key, value in zip(node.value.keys, node.value.values, strict=True)
                if key is not None
            }
    return facts


def _collect_guarded_parameter(node: ast.If, facts: SerializeFacts) -> None:
    """Handle ``if <arg> is not None: <store under wire name>`` blocks, one per parameter.

    The wire name is the string key in the store statement; the python name is ``<arg>``.
    Taking the key rather than the argument is what undoes keyword mangling (``var_field``).
    """
    python_name = _guarded_name(node.test)
    # Only the operation's own arguments; ``_``-prefixed names are the generator's plumbing.
    if python_name is None or python_name.startswith("_"):
        return
    for statement in ast.walk(ast.Module(body=node.body, type_ignores=[])):
        found = _store_location(statement)
        if found is not None:
            location, wire_name = found
            if not any(p.python_name == python_name for p in facts.parameters):
                facts.parameters.append(WireParameter(location, wire_name, python_name))
            return
        if isinstance(statement, ast.Assign) and _target_name(statement.targets[0]) == (
            "_body_params"
        ):
            facts.body_param = python_name
            return


def _guarded_name(test: ast.expr) -> str | None:
    """Return ``x`` for the test ``x is not None``, else None."""
    if (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.IsNot)
    ):
        return test.left.id
    return None


def _store_location(statement: ast.AST) -> tuple[str, str] | None:
    """Recognise the statement that stores a parameter and say where it goes on the wire."""
    if isinstance(statement, ast.Assign) and isinstance(statement.targets[0], ast.Subscript):
        container = _target_name(statement.targets[0].value)
        locations = {"_path_params": "path", "_header_params": "header", "_files": "file"}
        key = statement.targets[0].slice
        if container in locations and isinstance(key, ast.Constant):
            return locations[container], str(key.value)
    if (
        isinstance(statement, ast.Call)
        and isinstance(statement.func, ast.Attribute)
        and statement.func.attr == "append"
        and statement.args
        and isinstance(statement.args[0], ast.Tuple)
        and isinstance(statement.args[0].elts[0], ast.Constant)
    ):
        container = _target_name(statement.func.value)
        locations = {"_query_params": "query", "_form_params": "form"}
        if container in locations:
            return locations[container], str(statement.args[0].elts[0].value)
    return None


def _collect_call(node: ast.Call, facts: SerializeFacts) -> None:
    """Pick up ``select_header_*`` lists and the ``param_serialize(method=, resource_path=)``."""
    name = node.func.attr if isinstance(node.func, ast.Attribute) else None
    if name == "select_header_accept" and node.args:
        facts.accept = _string_list(node.args[0])
    elif name == "select_header_content_type" and node.args:
        facts.content_types = _string_list(node.args[0])
    elif name == "param_serialize":
        keywords = {kw.arg: kw.value for kw in node.keywords}
        facts.method = ast.literal_eval(keywords["method"]).lower()
        facts.path = ast.literal_eval(keywords["resource_path"])


def response_types(function: ast.FunctionDef) -> dict[str, str | None]:
    """Return the ``_response_types_map`` literal of a public operation method."""
    for node in ast.walk(function):
        if isinstance(node, ast.AnnAssign) and _target_name(node.target) == "_response_types_map":
            return dict(ast.literal_eval(node.value))  # type: ignore[arg-type]
    return {}


@dataclass
class ModelSourceFacts:
    """What a model's ``to_dict`` and validators say beyond its field annotations."""

    read_only: set[str] = field(default_factory=set)
    nullable: set[str] = field(default_factory=set)
    patterns: dict[str, str] = field(default_factory=dict)
    enums: dict[str, list[Any]] = field(default_factory=dict)


def model_source_facts(cls: type) -> ModelSourceFacts:
    """Collect readOnly/nullable/pattern/enum facts for the fields of model ``cls``.

    Names are python field names; the caller maps them to aliases.
    """
    source = inspect.getsource(cls)
    functions = class_functions(cls)
    facts = ModelSourceFacts(nullable=set(_NULLABLE_COMMENT.findall(source)))
    if "to_dict" in functions:
        facts.read_only = _excluded_fields(functions["to_dict"])
    for function in functions.values():
        _collect_validator(function, facts)
    return facts


def _excluded_fields(to_dict: ast.FunctionDef) -> set[str]:
    """The ``excluded_fields`` set: readOnly properties (plus bookkeeping fields)."""
    for node in ast.walk(to_dict):
        if isinstance(node, ast.AnnAssign) and _target_name(node.target) == "excluded_fields":
            call = node.value
            if isinstance(call, ast.Call) and call.args:
                return set(_string_list(call.args[0]))
    return set()


def _collect_validator(function: ast.FunctionDef, facts: ModelSourceFacts) -> None:
    """Read ``@field_validator('x')`` bodies: ``re.match(r"...")`` or ``not in set([...])``."""
    fields = _validated_fields(function)
    if not fields:
        return
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "match"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            facts.patterns.update(dict.fromkeys(fields, str(node.args[0].value)))
        elif (
            isinstance(node, ast.Compare)
            and isinstance(node.ops[0], ast.NotIn)
            and isinstance(node.comparators[0], ast.Call)
            and node.comparators[0].args
        ):
            values = ast.literal_eval(node.comparators[0].args[0])
            facts.enums.update({name: list(values) for name in fields})


def _validated_fields(function: ast.FunctionDef) -> list[str]:
    """Field names given to a ``@field_validator`` decorator, except ``actual_instance``."""
    for decorator in function.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and getattr(decorator.func, "id", None) == "field_validator"
        ):
            names = [ast.literal_eval(arg) for arg in decorator.args]
            return [name for name in names if name != "actual_instance"]
    return []


def _string_list(node: ast.expr | None) -> list[str]:
    """Evaluate a literal list of strings."""
    return [str(item) for item in ast.literal_eval(node)] if node is not None else []


def _target_name(node: ast.expr) -> str | None:
    """The plain variable name of an assignment target, if it is one."""
    return node.id if isinstance(node, ast.Name) else None
