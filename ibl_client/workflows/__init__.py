"""The mentor workflow's long-running parts: waiting for work the API does in the background,
and presigned uploads (the chat itself is ``ibl_client.chat``, as ``ibl.chat``).

Built on the public client: every poll is a typed operation, with its retries, errors and
redaction. See README.md, "The mentor workflow".
"""

from .._errors import TaskFailedError, WaitTimeoutError
from .presigned import PresignedTarget, upload_presigned, upload_presigned_sync
from .waiting import (
    FAILED_STATUSES,
    FINISHED_STATUSES,
    AsyncWaiter,
    Waiter,
    WaitPolicy,
    task_failed,
    task_finished,
)

__all__ = [
    "FAILED_STATUSES",
    "FINISHED_STATUSES",
    "AsyncWaiter",
    "PresignedTarget",
    "TaskFailedError",
    "WaitPolicy",
    "WaitTimeoutError",
    "Waiter",
    "task_failed",
    "task_finished",
    "upload_presigned",
    "upload_presigned_sync",
]
