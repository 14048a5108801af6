"""Steps 5 and 6: run openapi-python-client on the normalised description, then format.

The generator runs in this process (not through its CLI) for two reasons: its warnings come
back as values the pipeline counts and fails on, and one naming rule is set here (below).
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import paging
from .errors import PipelineError
from .reference import GENERATED, Reference

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
        "parse_datetime, parse_uuid, within",
        # A file field's parser (templates/property_templates/file_property.py.jinja).
        "from ..._files import as_file",
    }
)
# The first line of every generated module (the reference pages and index say it too).
HEADER = f"# {GENERATED}"


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


def generate(document: dict[str, Any], output: Path) -> tuple[list[str], Reference]:
    """Generate the package into `output` (replaced); return the generator's warnings and
    the API reference read from what it parsed.

    The generator's `Project` is built here rather than by its `generate()`, so that its parsed
    description (names, types, defaults as the templates see them) can render what the
    generator has no template slot for: each tag's group module (`write_groups`), and the
    reference with the index `python -m ibl_client find` reads (scripts/reference.py).
    """
    from openapi_python_client import Project
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    config = Config.from_sources(
        ConfigFile.load_from_path(CONFIG),
        MetaType("none"),
        Path("openapi.json"),  # not read: the document is passed in
        "utf-8",
        overwrite=True,
        output_path=output,
    )
    with trailing_underscore_for_signature_names(), models_import_validation_helpers():
        # As the generator reads a JSON file: a copy, every key a string.
        data = json.loads(json.dumps(document))
        parsed = GeneratorData.from_dict(data, config=config)
        if isinstance(parsed, GeneratorError):
            raise PipelineError("generate", f"{parsed.header}: {parsed.detail}")
        project = Project(openapi=parsed, config=config, custom_template_path=TEMPLATES)
        # Which operations page, and how: the table of envelopes applied to the description
        # (scripts/paging.py), read by the templates' `pagination` macro.
        project.env.globals["PAGING"] = paging.plan(document)
        problems = project.build()
        write_groups(project)
        write_tags(project)
        write_models_stub(project)
        api = Reference.from_project(project)
        api.write_index(output)
    keep_first_tag_modules_only(document, output, config.field_prefix)
    add_header(output)
    warnings = []
    for problem in problems:
        text = f"{problem.header}: {problem.detail}" if problem.detail else str(problem.header)
        if problem.level.value == "error":
            raise PipelineError("generate", text)
        warnings.append(text)
    return warnings, api


def write_groups(project: Any) -> None:
    """Each tag's group classes, in a module of their own: `api/<tag>/_group.py`.

    The generator writes one `__init__.py` per tag folder; groups kept there (as they were) are
    executed by importing any single operation module of the tag. Their own module is imported
    only when `client.<tag>` (or the class, through the package's lazy re-export) is used.
    """
    template = project.env.get_template("group.py.jinja")
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        module = project.package_dir / "api" / tag / "_group.py"
        module.write_text(
            template.render(endpoint_collection=collection), encoding=project.config.file_encoding
        )


def write_tags(project: Any) -> None:
    """`api/_tags.py`: the clients' group attributes (templates/api_tags.py.jinja), beside the
    `api` package's `__init__.py`, which then holds names only (see that template)."""
    module = project.package_dir / "api" / "_tags.py"
    module.write_text(
        project.env.get_template("api_tags.py.jinja").render(
            endpoint_collections_by_tag=project.openapi.endpoint_collections_by_tag
        ),
        encoding=project.config.file_encoding,
    )


def write_models_stub(project: Any) -> None:
    """`models/__init__.pyi`: the models package as type checkers read it.

    At run time the package maps names to modules in one string (templates/models_init.py.jinja);
    a thousand `if TYPE_CHECKING:` imports there cost ~20 ms to compile on every import of any
    model where there is no bytecode. The stub takes the generator's own inputs for that file.
    """
    from openapi_python_client.parser import import_string_from_class

    classes = [c.class_info for c in [*project.openapi.models, *project.openapi.enums]]
    stub = project.package_dir / "models" / "__init__.pyi"
    stub.write_text(
        project.env.get_template("models_init.pyi.jinja").render(
            imports=[import_string_from_class(c) for c in classes], alls=[c.name for c in classes]
        ),
        encoding=project.config.file_encoding,
    )


def add_header(package: Path) -> None:
    """Open every generated module (and stub) with the line that says where it comes from."""
    for module in sorted([*package.rglob("*.py"), *package.rglob("*.pyi")]):
        text = module.read_text(encoding="utf-8")
        if not text.startswith(HEADER):
            module.write_text(f"{HEADER}\n{text}", encoding="utf-8")


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
    """Drop unused imports, sort imports, and format, with the project's pinned ruff.

    The templates end every argument line with a comma, which ruff would take as a wish to
    keep one argument a line; ignoring those commas lets a call or signature that fits in a
    line take one (a tenth of the tree's lines otherwise).
    """
    commands = [
        ["check", "--fix-only", "--quiet", "--select", "F401,I", "--no-cache"],
        ["format", "--quiet", "--no-cache", "--config", "format.skip-magic-trailing-comma=true"],
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
