"""The waiters (ibl_client/workflows/waiting.py): pauses computed from the policy, the
deadline by an injected clock, failure and cancellation; then document training and the task
operations of the description, polled over loopback (async on both backends, and sync)."""

from __future__ import annotations

import asyncio
from typing import Any

import by_property
import pytest
from contract.spec import Operation
from layer.server import ScriptedServer, reply
from support.clients import KINDS, client
from support.clients import of_kind as make_client

from ibl_client import AsyncClient, Client, ConfigurationError, TaskFailedError, WaitTimeoutError
from ibl_client.generated.models.train_document_view_request import TrainDocumentViewRequest
from ibl_client.generated.types import File
from ibl_client.testing import FakeIBL
from ibl_client.workflows import AsyncWaiter, Waiter, WaitPolicy

from .servers import MentorPlayback


class Clock:
    """A clock that moves only when the waiter sleeps; the sleeps are recorded."""

    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def waiters(policy: WaitPolicy, clock: Clock) -> tuple[AsyncWaiter, Waiter]:
    return (
        AsyncWaiter(policy, clock=clock, sleep=clock.asleep),
        Waiter(policy, clock=clock, sleep=clock.sleep),
    )


async def wait(waiter: AsyncWaiter | Waiter, method: str, *args: Any, **kwargs: Any) -> Any:
    result = getattr(waiter, method)(*args, **kwargs)
    return await result if isinstance(waiter, AsyncWaiter) else result


def counter(values: list[Any]) -> tuple[Any, Any, list[int]]:
    """A poll answering ``values`` in turn, as a sync and an async function; and its count."""
    calls: list[int] = []

    def poll() -> Any:
        calls.append(1)
        return values[min(len(calls), len(values)) - 1]

    async def apoll() -> Any:
        return poll()

    return poll, apoll, calls


# --- the schedule ---------------------------------------------------------------------------


def test_pauses_grow_to_their_ceiling() -> None:
    policy = WaitPolicy(interval=1, backoff=2, interval_max=5)
    assert [policy.pause(n) for n in range(5)] == [1, 2, 4, 5, 5]
    assert WaitPolicy(interval=1, backoff=10, interval_max=7).pause(10_000) == 7  # no overflow


@pytest.mark.parametrize(
    ("field", "value"),
    [("timeout", 0), ("timeout", -1), ("interval", -0.5), ("backoff", 0.5), ("interval_max", "1")],
)
def test_a_bad_policy_names_its_field(field: str, value: Any) -> None:
    with pytest.raises(ConfigurationError, match=f"^{field}: expected"):
        WaitPolicy(**{field: value})


@pytest.mark.parametrize("twin", [0, 1], ids=["async", "sync"])
async def test_polls_until_done_pausing_as_the_policy_says(twin: int) -> None:
    clock = Clock()
    waiter = waiters(WaitPolicy(interval=1, backoff=2, interval_max=3), clock)[twin]
    poll, apoll, calls = counter(["a", "b", "c", "d", "done"])
    found = await wait(waiter, "until", apoll if twin == 0 else poll, lambda v: v == "done")
    assert found == "done"
    assert len(calls) == 5
    assert clock.sleeps == [1, 2, 3, 3]


@pytest.mark.parametrize("twin", [0, 1], ids=["async", "sync"])
async def test_the_deadline_cuts_the_last_pause_and_raises_with_the_last_value(twin: int) -> None:
    clock = Clock()
    waiter = waiters(WaitPolicy(timeout=10, interval=4, backoff=1), clock)[twin]
    poll, apoll, calls = counter([{"status": "Pending"}])
    with pytest.raises(WaitTimeoutError) as caught:
        await wait(waiter, "task", apoll if twin == 0 else poll, what="course 7")
    # Polls at 0, 4, 8 and 10 s: the last pause is cut to the 2 s left.
    assert clock.sleeps == [4, 4, 2]
    assert (caught.value.polls, caught.value.waited, len(calls)) == (4, 10, 4)
    assert caught.value.last == {"status": "Pending"}
    assert isinstance(caught.value, TimeoutError)
    assert "course 7" in str(caught.value)


@pytest.mark.parametrize("twin", [0, 1], ids=["async", "sync"])
@pytest.mark.parametrize("status", ["Failed", "Cancelled", "FAILURE", "REVOKED"])
async def test_a_failed_status_raises_at_once(twin: int, status: str) -> None:
    clock = Clock()
    waiter = waiters(WaitPolicy(), clock)[twin]
    poll, apoll, calls = counter([{"status": "Pending"}, {"status": status}])
    with pytest.raises(TaskFailedError) as caught:
        await wait(waiter, "task", apoll if twin == 0 else poll)
    assert (caught.value.status, len(calls), len(clock.sleeps)) == (status, 2, 1)


@pytest.mark.parametrize("status", ["Success", "SUCCESS", "completed"])
async def test_a_finished_status_ends_the_wait(status: str) -> None:
    _, apoll, calls = counter([{"status": "In Progress"}, {"status": status}])
    clock = Clock()
    assert await waiters(WaitPolicy(), clock)[0].task(apoll) == {"status": status}
    assert len(calls) == 2


async def test_cancelling_the_wait_stops_the_polls() -> None:
    polls: list[int] = []
    paused = asyncio.Event()

    async def poll() -> str:
        polls.append(1)
        return "pending"

    async def sleep(seconds: float) -> None:
        paused.set()
        await asyncio.Event().wait()  # until cancelled

    waiter = AsyncWaiter(WaitPolicy(timeout=None), sleep=sleep)
    task = asyncio.create_task(waiter.until(poll, lambda v: v == "done"))
    await paused.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await asyncio.sleep(0)
    assert len(polls) == 1


# --- document training, over loopback ------------------------------------------------------


async def train(ibl: AsyncClient | Client, pathway: str, name: str) -> None:
    body = TrainDocumentViewRequest(
        type_="file", pathway=pathway, file=File(payload=b"Optics notes", file_name=name)
    )
    if isinstance(ibl, Client):
        ibl.ai_index.ai_index_orgs_users_documents_train_create("acme", "ada", body=body)
    else:
        await ibl.ai_index.ai_index_orgs_users_documents_train_create("acme", "ada", body=body)


async def trained(ibl: AsyncClient | Client, clock: Clock, pathway: str) -> Any:
    policy = WaitPolicy(interval=2, backoff=1)
    if isinstance(ibl, Client):
        return Waiter(policy, clock=clock, sleep=clock.sleep).documents_trained(
            ibl, org="acme", user_id="ada", pathway=pathway
        )
    return await AsyncWaiter(policy, clock=clock, sleep=clock.asleep).documents_trained(
        ibl, org="acme", user_id="ada", pathway=pathway
    )


async def close(ibl: AsyncClient | Client) -> None:
    if isinstance(ibl, Client):
        ibl.close()
    else:
        await ibl.aclose()


@pytest.mark.parametrize("kind", KINDS)
async def test_documents_trained_waits_for_every_document(
    kind: str, api: str, playback: MentorPlayback
) -> None:
    clock = Clock()
    ibl = make_client(kind, api)
    try:
        await train(ibl, "tutor", "optics.txt")
        await train(ibl, "tutor", "lenses.txt")
        documents = await trained(ibl, clock, "tutor")
    finally:
        await close(ibl)
    assert sorted(d.document_name for d in documents) == ["lenses.txt", "optics.txt"]
    assert all(d.is_trained for d in documents)
    # Trained on the third look (polls_to_train=3): three polls, two pauses between them.
    assert playback.polls_of("tutor") == 3
    assert clock.sleeps == [2, 2]


@pytest.mark.parametrize("kind", KINDS)
async def test_documents_trained_reads_every_page(
    kind: str, api: str, playback: MentorPlayback
) -> None:
    playback.page_size = 1  # one document a page: the second is on page 2
    ibl = make_client(kind, api)
    try:
        await train(ibl, "tutor", "optics.txt")
        await train(ibl, "tutor", "lenses.txt")
        documents = await trained(ibl, Clock(), "tutor")
    finally:
        await close(ibl)
    assert sorted(d.document_name for d in documents) == ["lenses.txt", "optics.txt"]
    assert all(d.is_trained for d in documents)
    assert playback.polls_of("tutor") == 6  # three polls of two pages


@pytest.mark.parametrize("kind", KINDS)
async def test_a_document_whose_training_failed_raises(
    kind: str, api: str, playback: MentorPlayback
) -> None:
    ibl = make_client(kind, api)
    try:
        await train(ibl, "tutor", "broken.txt")
        with pytest.raises(TaskFailedError, match=r"training failed for 'broken\.txt'"):
            await trained(ibl, Clock(), "tutor")
    finally:
        await close(ibl)
    assert playback.polls_of("tutor") == 3


async def test_a_pathway_without_documents_is_not_trained(api: str) -> None:
    clock = Clock()
    async with client(api) as ibl:
        waiter = AsyncWaiter(WaitPolicy(timeout=5), clock=clock, sleep=clock.asleep)
        with pytest.raises(WaitTimeoutError) as caught:
            await waiter.documents_trained(ibl, org="acme", user_id="ada", pathway="empty")
    assert caught.value.last == []


# --- the task operations of the description ------------------------------------------------

TASK_TAGS = ("ai-index", "ai-mentor")


def task_operation(op: Operation) -> bool:
    """A GET of ai_index or ai_mentor (course creation included) whose path names a task and
    whose 200 answers an object with a ``status``: what ``waiter.task`` polls."""
    if op.method != "get" or op.tag not in TASK_TAGS or "task" not in op.path:
        return False
    schema = (
        by_property.spec()
        .resolve(((op.responses.get("200") or {}).get("content") or {}).get("application/json", {}))
        .get("schema")
    )
    schema = by_property.spec().resolve(schema or {})
    properties = dict(schema.get("properties") or {})
    for part in schema.get("allOf", []):
        properties.update(by_property.spec().resolve(part).get("properties") or {})
    return "status" in properties


TASK_OPERATIONS = [op for op in by_property.spec().operations if task_operation(op)]


def test_the_description_has_task_operations_to_wait_for() -> None:
    # 4.202.2: documents tasks, course creation tasks (two paths) and their start and cancel.
    assert len(TASK_OPERATIONS) >= 7, [op.operation_id for op in TASK_OPERATIONS]


def statuses(fake: FakeIBL, op: Operation, *sequence: str) -> list[Any]:
    sample = fake.sample(op.operation_id)
    return [reply(200, {**sample, "status": status}) for status in sequence]


@pytest.mark.parametrize("op", TASK_OPERATIONS, ids=lambda op: op.operation_id)
@pytest.mark.parametrize("kind", ["aiohttp", "sync"])
async def test_every_task_operation_is_waited_for(
    op: Operation, kind: str, server: ScriptedServer, fake: FakeIBL
) -> None:
    server.then(*statuses(fake, op, "PENDING", "In Progress", "Success"))
    clock = Clock()
    ibl = make_client(kind, server.url)
    try:
        if isinstance(ibl, Client):
            call = by_property.call(op, "sync")
            waiter: AsyncWaiter | Waiter = Waiter(clock=clock, sleep=clock.sleep)
            done = waiter.task(lambda: call.function(client=ibl, **call.kwargs))
        else:
            call = by_property.call(op, "asyncio")
            waiter = AsyncWaiter(clock=clock, sleep=clock.asleep)
            done = await waiter.task(lambda: call.function(client=ibl, **call.kwargs))
    finally:
        await close(ibl)
    assert str(done.status) == "Success"
    assert len(server.requests) == 3
    assert {r.method for r in server.requests} == {"GET"}
    assert clock.sleeps == [1, 1.5]  # the default policy's first two pauses
