"""The two sentinels (ibl_client/_types.py) and the public root (ibl_client.models, .types,
.groups): one definition each, one meaning each."""

from __future__ import annotations

import inspect
import subprocess
import sys
import typing

import httpx

import ibl_client
from ibl_client import AsyncClient, Client, _config, _types
from ibl_client.generated import types as generated_types
from ibl_client.generated.api import TAGS

KEY = "sk-test-types"


def test_both_sentinels_are_falsy_and_defined_once() -> None:
    assert not ibl_client.NOT_GIVEN and not ibl_client.UNSET
    assert ibl_client.NOT_GIVEN is ibl_client.types.NOT_GIVEN is _types.NOT_GIVEN
    assert _config.NOT_GIVEN is generated_types.NOT_GIVEN is _types.NOT_GIVEN
    assert ibl_client.UNSET is ibl_client.types.UNSET is generated_types.UNSET is _types.UNSET
    assert (repr(_types.NOT_GIVEN), repr(_types.UNSET)) == ("NOT_GIVEN", "UNSET")


def test_timeout_and_anonymous_take_the_same_sentinel_everywhere() -> None:
    constructor = inspect.signature(AsyncClient.__init__).parameters
    with_options = inspect.signature(AsyncClient.with_options).parameters
    tag = TAGS[0]
    group = getattr(AsyncClient, tag)
    method = next(m for n, m in vars(group).items() if inspect.iscoroutinefunction(m))
    per_call = inspect.signature(method).parameters
    assert constructor["timeout"].default is with_options["timeout"].default is _types.NOT_GIVEN
    assert per_call["timeout"].default is _types.NOT_GIVEN
    assert constructor["anonymous"].annotation == with_options["anonymous"].annotation
    assert constructor["anonymous"].default is with_options["anonymous"].default


def test_a_call_s_timeout_not_given_is_the_client_s() -> None:
    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(204)

    with Client(api_key=KEY, transport=httpx.MockTransport(handler), timeout=7) as ibl:
        ibl.request("GET", "/a", timeout=_types.NOT_GIVEN)
        ibl.request("GET", "/a", timeout=3)
        ibl.with_options(timeout=11).request("GET", "/a")
    assert [t["read"] for t in seen] == [7, 3, 11]


def test_the_public_root_holds_the_generated_objects() -> None:
    from ibl_client.generated import models as generated_models
    from ibl_client.generated.api import core

    name = sorted(n for n in dir(generated_models) if n[0].isupper())[0]
    assert getattr(ibl_client.models, name) is getattr(generated_models, name)
    assert ibl_client.types.File is generated_types.File
    assert ibl_client.groups.AsyncCoreApi is core.AsyncCoreApi
    assert set(typing.get_args(ibl_client.types.Timeout)) == {float, httpx.Timeout, type(None)}


def test_importing_the_public_root_loads_no_model_or_group() -> None:
    code = (
        "import sys, ibl_client.models, ibl_client.groups; "
        "print(sorted(m for m in sys.modules if m.startswith('ibl_client.generated.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # The two packages' own __init__ modules; not the client (the package's names load on
    # first use), no group, no model.
    loaded = "['ibl_client.generated.api', 'ibl_client.generated.models']"
    assert out.stdout.strip() == loaded
