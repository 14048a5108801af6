"""The fake answers and checks every operation of the description (issue 22's coverage figure).

Each operation is called through the generated SDK with every parameter and body property,
valued from the description (tests/contract/args.py): the fake must route it to that operation,
find nothing wrong, and answer what the SDK parses (its declared status; a model where the
success declares a JSON body). Then the same request with one query parameter the operation
does not have must be refused, naming the operation and the parameter: the check runs for
every operation, not only for those a test names.
"""

from __future__ import annotations

import httpx
from contract.args import build_call

from ibl_client.testing import FakeIBL

from .conftest import description, spec

API = "ibl_client.generated.api"
PROBE = "ibl_fake_probe"


def test_every_operation_is_answered_and_checked() -> None:
    operations = spec().operations
    answered: list[str] = []
    refused_probe: list[str] = []
    problems: list[str] = []
    with FakeIBL(description()) as fake, fake.client(max_retries=0) as ibl:
        http = httpx.Client(base_url=fake.url)
        for op in operations:
            built = build_call(spec(), op, API, optional=True, function_name="sync_detailed")
            if built.error is not None or built.function is None:
                problems.append(f"{op.operation_id}: no call: {built.error}")
                continue
            response = built.function(client=ibl, **built.kwargs)
            recorded = fake.calls[-1]
            expected_status, media, _ = description().by_id[op.operation_id].success()
            if recorded.violations or recorded.operation_id != op.operation_id:
                problems.append(f"{op.operation_id}: {recorded.operation_id} {recorded.violations}")
            elif response.status_code != expected_status:
                problems.append(f"{op.operation_id}: status {response.status_code}")
            elif media == "application/json" and response.parsed is None:
                problems.append(f"{op.operation_id}: nothing parsed")
            else:
                answered.append(op.operation_id)
            # The same request, with a query parameter the operation does not take.
            probe = http.request(
                recorded.method,
                recorded.path,
                params=[*recorded.query_list, (PROBE, "1")],
                content=recorded.content,
                headers={"content-type": recorded.headers.get("content-type", "")},
            )
            violations = fake.take_violations()
            if probe.status_code == 400 and [(v.operation, v.field) for v in violations] == [
                (op.operation_id, f"query.{PROBE}")
            ]:
                refused_probe.append(op.operation_id)
            else:
                problems.append(f"{op.operation_id}: probe {probe.status_code} {violations}")
        http.close()
    assert problems == [], "\n".join(problems[:30])
    assert len(answered) == len(refused_probe) == len(operations) == len(description().operations)
