"""Step 1: obtain the API description: a URL (the live schema), a local file, or a published
version (rebuilt from the official `iblai` wheel of that version).

drf-spectacular serves YAML by default and JSON with ``?format=json``; both are accepted from
either source, decided by content rather than by name, because a file saved from the live
schema keeps whatever extension its author gave it.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import httpx
import yaml

from .errors import PipelineError

STEP = "obtain"


def from_url(url: str, *, timeout: float = 30.0) -> dict[str, Any]:
    """Download the description; any network or HTTP failure stops the run."""
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
        response.raise_for_status()
    except httpx.HTTPError as exc:
        raise PipelineError(STEP, f"could not download {url}: {exc}") from exc
    return parse(response.content, source=url)


def from_file(path: Path) -> dict[str, Any]:
    """Read a local description (YAML or JSON)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise PipelineError(STEP, f"could not read {path}: {exc.strerror}") from exc
    return parse(data, source=str(path))


def _json_loader() -> type[yaml.SafeLoader]:
    """A safe YAML loader (the C one where built, ~10x faster on a 5 MB description) that reads
    what JSON can hold: an OpenAPI description is JSON in YAML's clothes, so a date such as
    ``x-released: 2024-01-01`` stays the text it is in the JSON form instead of becoming a
    ``datetime.date`` that no later step (nor the snapshot's JSON) can write."""
    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    timestamp = "tag:yaml.org,2002:timestamp"

    class Loader(base):  # type: ignore[misc,valid-type]
        pass

    Loader.yaml_implicit_resolvers = {
        first: [(tag, pattern) for tag, pattern in resolvers if tag != timestamp]
        for first, resolvers in base.yaml_implicit_resolvers.items()
    }
    Loader.add_constructor(timestamp, yaml.SafeLoader.construct_yaml_str)
    return Loader


#: Where the pipeline keeps the descriptions it parsed (``ibl_client/_upgrade/parsed.py``),
#: unless ``IBL_YAML_CACHE`` names another directory: the same few are read again and again
#: (by every run of ``make generate``, and dozens of times by the tests), seconds each.
YAML_CACHE = Path(__file__).resolve().parent.parent / ".cache" / "yaml"


def load_yaml(text: str) -> Any:
    """``text`` parsed as YAML into JSON's types (see :func:`_json_loader`), once per text."""
    from ibl_client._upgrade import parsed

    directory = os.environ.get(parsed.VARIABLE) or YAML_CACHE
    return parsed.load(text, _LOADER, Path(directory))


def parse(data: bytes, *, source: str) -> dict[str, Any]:
    """Parse JSON when the text starts like JSON, YAML otherwise; the result must be a mapping."""
    text = data.decode("utf-8", errors="replace")
    try:
        document = json.loads(text) if text.lstrip().startswith("{") else load_yaml(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise PipelineError(STEP, f"{source} is neither valid JSON nor valid YAML: {exc}") from exc
    if not isinstance(document, dict):
        raise PipelineError(STEP, f"{source} does not hold an OpenAPI document (not a mapping)")
    return document


def from_release(version: str, cache_dir: Path | None = None) -> dict[str, Any]:
    """Rebuild the description of a published API version from its official wheel.

    The API's description is published only inside the official `iblai` client (OpenAPI
    Generator output); `scripts.rebuild_spec` turns that wheel back into OpenAPI. The wheel
    comes from the package registry (or the cache), so this works without the live server.
    """
    from .rebuild_spec.document import build_document
    from .rebuild_spec.sandbox import (
        IntrospectionError,
        obtain_wheel,
        run_introspection,
        scratch_python,
        wheel_version,
    )

    root = Path(__file__).resolve().parent.parent
    cache = cache_dir or root / ".cache"
    try:
        wheel = obtain_wheel(version, cache)
        python = scratch_python(wheel, cache)
        return build_document(run_introspection(python, root), wheel_version(wheel))
    except IntrospectionError as exc:
        raise PipelineError(
            STEP, f"could not rebuild the description of iblai=={version}: {exc}"
        ) from exc
    except subprocess.CalledProcessError as exc:
        # pip (downloading the wheel or building the scratch venv) printed its reason above.
        raise PipelineError(
            STEP,
            f"could not rebuild the description of iblai=={version}: `{Path(exc.cmd[0]).name} "
            f"{' '.join(exc.cmd[1:3])} ...` exited {exc.returncode} (its message is above); "
            "`pip index versions iblai` lists the published versions",
        ) from exc
    except OSError as exc:
        raise PipelineError(
            STEP, f"could not rebuild the description of iblai=={version}: {exc}"
        ) from exc


_LOADER = _json_loader()
