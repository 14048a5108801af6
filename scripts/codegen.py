"""Steps 5 and 6: run openapi-python-client on the normalised description, then format.

The generator runs in this process (not through its CLI) for two reasons: its warnings come
back as values the pipeline counts and fails on, and one naming rule is set here (below).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .errors import PipelineError

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates"
CONFIG = ROOT / "generator-config.yaml"

# Names the generated functions themselves use; a parameter spelled the same is renamed.
SIGNATURE_NAMES = ("client", "url")
# What our property templates call when a value does not fit (ibl_client/_validation.py);
# imported by every model module, and dropped by the formatting step where unused.
MODEL_IMPORTS = frozenset(
    {
        "from ..._validation import PARSE_ERRORS, FieldError, deeper, nested, parse_date, "
        "parse_datetime, parse_uuid, within"
    }
)


@contextmanager
def trailing_underscore_for_signature_names() -> Iterator[None]:
    """One renaming rule for parameters: a trailing underscore.

    The generator already appends `_` to a parameter that would shadow a Python keyword or
    builtin (`format` -> `format_`, `type` -> `type_`), but renames the two names its own
    functions use, `client` and `url`, by appending the location (`url_query`). We make those
    follow the same rule (`url_`, `client_`), so one sentence documents every rename. Only
    the Python name changes; the wire name stays. Scoped to this run of the generator.
    """
    from openapi_python_client.parser.openapi import Endpoint
    from openapi_python_client.schema.untrusted_string import UntrustedString

    original = Endpoint._check_parameters_for_conflicts

    def patched(self: Any, *, config: Any, previously_modified_params: Any = None) -> Any:
        for _location, prop in self.iter_all_parameters():
            if prop.python_name in SIGNATURE_NAMES:
                prop.set_python_name(
                    new_name=UntrustedString(f"{prop.python_name}_"),
                    config=config,
                    skip_snake_case=True,
                )
        return original(self, config=config, previously_modified_params=previously_modified_params)

    Endpoint._check_parameters_for_conflicts = patched  # type: ignore[method-assign]
    try:
        yield
    finally:
        Endpoint._check_parameters_for_conflicts = original  # type: ignore[method-assign]


@contextmanager
def models_import_validation_helpers() -> Iterator[None]:
    """Every model module imports the layer's validation helpers (`MODEL_IMPORTS`).

    Our property templates (templates/property_templates/) report a value that does not fit
    as a `FieldError` naming its path, which the model module must import. The stock model
    template writes the imports the parser collected (`ModelProperty.relative_imports`) and
    no others, so the helpers are added to that set. Scoped to this run of the generator.
    """
    from openapi_python_client.parser.properties import ModelProperty

    original = ModelProperty.set_relative_imports
    original_post_init = ModelProperty.__attrs_post_init__

    def patched(self: Any, relative_imports: set[str]) -> None:
        original(self, relative_imports | MODEL_IMPORTS)

    def patched_post_init(self: Any) -> None:
        # The stock one sets the imports only when the parser collected some.
        self.set_relative_imports(self.relative_imports or set())

    ModelProperty.set_relative_imports = patched  # type: ignore[method-assign]
    ModelProperty.__attrs_post_init__ = patched_post_init  # type: ignore[method-assign]
    try:
        yield
    finally:
        ModelProperty.set_relative_imports = original  # type: ignore[method-assign]
        ModelProperty.__attrs_post_init__ = original_post_init  # type: ignore[method-assign]


def generate(document: dict[str, Any], output: Path) -> list[str]:
    """Generate the package into `output` (replaced); return the generator's warnings."""
    from openapi_python_client import generate as run_generator
    from openapi_python_client.config import Config, ConfigFile, MetaType

    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "openapi.json"
        source.write_text(json.dumps(document), encoding="utf-8")
        config = Config.from_sources(
            ConfigFile.load_from_path(CONFIG),
            MetaType("none"),
            source,
            "utf-8",
            overwrite=True,
            output_path=output,
        )
        with trailing_underscore_for_signature_names(), models_import_validation_helpers():
            problems = run_generator(config=config, custom_template_path=TEMPLATES)
    keep_first_tag_modules_only(document, output, config.field_prefix)
    warnings = []
    for problem in problems:
        text = f"{problem.header}: {problem.detail}" if problem.detail else str(problem.header)
        if problem.level.value == "error":
            raise PipelineError("generate", text)
        warnings.append(text)
    return warnings


def keep_first_tag_modules_only(document: dict[str, Any], output: Path, prefix: str) -> None:
    """One module per operation, under its first tag, however many tags it carries.

    With `generate_all_tags` (generator-config.yaml) the generator puts an operation into the
    group of every tag it carries, which is what users need (4.x has operations tagged both
    `ai-analytics` and `analytics`); but it also writes the operation's module into every
    tag's folder. The groups import a multi-tag operation from its first tag's folder
    (templates/endpoint_init.py.jinja), so the other copies are removed here.
    """
    from openapi_python_client.strings import PythonIdentifier

    for _path, item in (document.get("paths") or {}).items():
        for operation in item.values():
            if not isinstance(operation, dict) or len(operation.get("tags") or []) < 2:
                continue
            module = f"{PythonIdentifier(operation['operationId'], prefix)}.py"
            for tag in operation["tags"][1:]:
                (output / "api" / PythonIdentifier(tag, prefix="tag") / module).unlink(
                    missing_ok=True
                )


def format_tree(package: Path) -> None:
    """Drop unused imports, sort imports, and format, with the project's pinned ruff."""
    commands = [
        ["check", "--fix-only", "--quiet", "--select", "F401,I", "--no-cache"],
        ["format", "--quiet", "--no-cache"],
    ]
    for args in commands:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "ruff",
                *args,
                "--isolated",
                "--line-length",
                "100",
                str(package),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise PipelineError("format", result.stderr.strip() or result.stdout.strip())
