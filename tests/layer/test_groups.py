"""The operation groups (ibl_client/_groups.py): the forms built from each async method, and a
client's groups as user tests mock them.

The operation is chosen by property (the first of the first tag that takes no required
argument), so the tests survive an API bump.
"""

from __future__ import annotations

import asyncio
import inspect
import traceback
import unittest.mock
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import ibl_client
from ibl_client import AsyncClient, Client
from ibl_client.generated.api import TAGS

KEY = "sk-test-groups"


def no_argument_operation() -> tuple[str, str]:
    """(tag, operation) of the first operation, of the first tag, with no required argument."""
    for tag in TAGS:
        group = getattr(AsyncClient, tag)
        for name, method in sorted(vars(group).items()):
            if not inspect.iscoroutinefunction(method) or name.startswith("_"):
                continue
            parameters = list(inspect.signature(method).parameters.values())[1:]
            if all(p.default is not p.empty for p in parameters):
                return tag, name
    raise AssertionError("no operation without a required argument")


TAG, OPERATION = no_argument_operation()


def answering(status: int) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(status, json={}))


def test_a_sync_twin_has_the_async_method_s_signature_and_whole_documentation() -> None:
    async_method = getattr(getattr(AsyncClient, TAG), OPERATION)
    sync_method = getattr(getattr(Client, TAG), OPERATION)
    assert inspect.signature(sync_method).parameters == inspect.signature(async_method).parameters
    assert sync_method.__doc__ == async_method.__doc__
    assert async_method.__doc__ and "\n" in async_method.__doc__.strip()  # more than one line
    detailed = getattr(getattr(Client, TAG), f"{OPERATION}_detailed")
    assert list(inspect.signature(detailed).parameters) == list(
        inspect.signature(async_method).parameters
    )
    assert not inspect.iscoroutinefunction(sync_method)
    assert inspect.iscoroutinefunction(getattr(getattr(AsyncClient, TAG), f"{OPERATION}_detailed"))


def frames_to_send(tb: Any) -> Iterator[traceback.FrameSummary]:
    """The frames of a traceback from the test's own line down to ``_send``."""
    frames = traceback.extract_tb(tb)
    start = next(i for i, f in enumerate(frames) if f.name.startswith("test_"))
    end = next(i for i, f in enumerate(frames) if f.name == "_send")
    return iter(frames[start + 1 : end])


def generic(frame: traceback.FrameSummary, codes: dict[str, Any]) -> bool:
    code = codes.get(frame.name)
    return code is None or bool(code.co_flags & (inspect.CO_VARARGS | inspect.CO_VARKEYWORDS))


@pytest.mark.parametrize("form", ["", "_detailed"])
def test_a_sync_call_s_traceback_has_one_named_frame_per_form_and_shows_its_lines(
    form: str,
) -> None:
    with Client(api_key=KEY, transport=answering(200)) as ibl:
        group = getattr(ibl, TAG)
        with (
            unittest.mock.patch.object(
                type(ibl), "_send", side_effect=RuntimeError("in _send"), autospec=True
            ),
            pytest.raises(RuntimeError) as caught,
        ):
            getattr(group, OPERATION + form)()
        codes = {
            f"{OPERATION}{form}": getattr(type(group), OPERATION + form).__code__,
            "sync_detailed": getattr(type(group), OPERATION + form).__globals__["_call"].__code__,
        }
    frames = list(frames_to_send(caught.tb))
    assert [f.name for f in frames][:1] == [OPERATION + form]
    assert [f for f in frames if generic(f, codes)] == []
    assert all(f.line for f in frames)  # the built method's source is in linecache


def test_an_async_call_s_traceback_has_no_generic_frame() -> None:
    async def call() -> BaseException:
        async with AsyncClient(api_key=KEY, transport=answering(200)) as ibl:
            with unittest.mock.patch.object(
                type(ibl), "_send", side_effect=RuntimeError("in _send"), autospec=True
            ):
                try:
                    await getattr(getattr(ibl, TAG), f"{OPERATION}_detailed")()
                except RuntimeError as exc:
                    return exc
        raise AssertionError("no error")

    error = asyncio.run(call())
    names = [f.name for f in traceback.extract_tb(error.__traceback__)]
    # then the mock standing in for _send (whose own frames are unittest.mock's)
    assert names[names.index(f"{OPERATION}_detailed") + 1] == "asyncio_detailed"
    assert "call" not in names[1:]


def test_patch_object_replaces_one_client_s_group_method() -> None:
    async def run() -> tuple[Any, Any]:
        mocked = unittest.mock.AsyncMock(return_value="mocked")
        async with (
            AsyncClient(api_key=KEY, transport=answering(500)) as ibl,
            AsyncClient(api_key=KEY, transport=answering(404)) as other,
        ):
            with unittest.mock.patch.object(getattr(ibl, TAG), OPERATION, new=mocked):
                result = await getattr(getattr(ibl, TAG), OPERATION)(extra_query={"a": "1"})
                untouched = await getattr(getattr(other, TAG), f"{OPERATION}_detailed")()
            mocked.assert_awaited_once_with(extra_query={"a": "1"})
        return result, untouched.status_code

    assert asyncio.run(run()) == ("mocked", 404)


def test_patch_object_works_on_a_sync_group_too() -> None:
    with Client(api_key=KEY, transport=answering(500)) as ibl:
        with unittest.mock.patch.object(getattr(ibl, TAG), OPERATION, return_value=42) as mocked:
            assert getattr(getattr(ibl, TAG), OPERATION)() == 42
        mocked.assert_called_once_with()
        with pytest.raises(ibl_client.ServerError):  # the real method is back
            getattr(getattr(ibl, TAG), OPERATION)()


def test_create_autospec_of_the_client_has_the_groups_with_real_signatures() -> None:
    ibl = unittest.mock.create_autospec(AsyncClient, instance=True)
    method = getattr(getattr(ibl, TAG), OPERATION)
    method.return_value = "ok"
    assert asyncio.run(method()) == "ok"
    method.assert_awaited_once_with()
    with pytest.raises(TypeError):
        method(no_such_argument=1)  # checked against the real signature
    detailed = getattr(getattr(ibl, TAG), f"{OPERATION}_detailed")
    with pytest.raises(TypeError):
        detailed(no_such_argument=1)
    with pytest.raises(AttributeError):
        getattr(ibl, TAG).no_such_operation  # noqa: B018 (the access is the test)

    sync = unittest.mock.create_autospec(Client, instance=True)
    getattr(getattr(sync, TAG), OPERATION).return_value = 7
    assert getattr(getattr(sync, TAG), OPERATION)() == 7
    with pytest.raises(TypeError):
        getattr(getattr(sync, TAG), OPERATION)(no_such_argument=1)


def test_a_group_is_made_once_per_client_and_on_the_class_is_its_class() -> None:
    with Client(api_key=KEY, transport=answering(200)) as ibl:
        assert getattr(ibl, TAG) is getattr(ibl, TAG)
        assert isinstance(getattr(ibl, TAG), getattr(Client, TAG))
        assert getattr(ibl, TAG)._client is ibl
