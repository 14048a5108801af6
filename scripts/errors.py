"""The one error the pipeline raises: it stops the run with a message naming the problem."""


class PipelineError(Exception):
    """A step of the pipeline failed; the committed SDK was not touched."""

    def __init__(self, step: str, message: str) -> None:
        super().__init__(f"{step}: {message}")
        self.step = step
        self.message = message
