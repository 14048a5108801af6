"""Entry point run *inside* the scratch venv: import the wheel and print its facts as JSON.

Usage (done by ``sandbox.run_introspection``)::

    <scratch-venv>/bin/python -m scripts.rebuild_spec.introspect > facts.json

Only the classes that ``iblai/api/__init__.py`` and ``iblai/models/__init__.py`` import
count: the wheel also ships stale modules from older builds (``api/analytics_api.py``,
``api/audience_api.py``, ...) that are not part of the release.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import json
import re
import sys
from typing import Any

from .components import component_schema
from .operations import api_operations, tag_for_class

_DOCUMENT_VERSION = re.compile(r"The version of the OpenAPI document: (\S+)")


def exported_classes(package_name: str) -> dict[str, type]:
    """Classes a package's ``__init__`` imports by ``from ... import``, in source order.

    Reading the import statements (rather than ``dir()``) is what leaves stale modules out:
    they are importable, but nothing imports them.
    """
    package = importlib.import_module(package_name)
    tree = ast.parse(inspect.getsource(package))
    names = [
        alias.asname or alias.name
        for node in tree.body
        if isinstance(node, ast.ImportFrom)
        and node.module
        and node.module.startswith(package_name + ".")
        for alias in node.names
    ]
    return {name: getattr(package, name) for name in names}


def document_info(package_name: str) -> dict[str, str]:
    """Title, description and API version from the docstring the generator writes."""
    package = importlib.import_module(package_name)
    lines = [line.strip() for line in (package.__doc__ or "").strip().splitlines()]
    paragraphs = [p for p in "\n".join(lines).split("\n\n") if p]
    version = _DOCUMENT_VERSION.search(package.__doc__ or "")
    return {
        "title": paragraphs[0],
        "description": paragraphs[1] if len(paragraphs) > 2 else "",
        "version": version.group(1) if version else "",
    }


def collect_facts() -> dict[str, Any]:
    """Everything the parent process needs, as JSON-serialisable data."""
    models = exported_classes("iblai.models")
    apis = exported_classes("iblai.api")
    operations = [
        dataclasses.asdict(operation)
        for cls in apis.values()
        for operation in api_operations(cls, models)
    ]
    return {
        "info": document_info("iblai"),
        "tags": [tag_for_class(cls) for cls in apis.values()],
        "schemas": {name: component_schema(cls) for name, cls in models.items()},
        "operations": operations,
    }


def main() -> None:
    """Print the facts as JSON on stdout."""
    json.dump(collect_facts(), sys.stdout)


if __name__ == "__main__":
    main()
