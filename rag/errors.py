"""A few domain errors. Each message says what went wrong and what to do about it."""


class RagError(Exception):
    """Base class: the CLI prints the message and exits non-zero, without a traceback."""

    exit_code = 1


class BadInput(RagError):
    """A file, line, question or setting we cannot use."""

    exit_code = 2


class EmptyIndex(RagError):
    """Nothing has been ingested yet: bad usage (`rag ask` before `rag ingest`), not a failure
    of the system, so exit 2 like any other request the store cannot serve as things stand."""

    exit_code = 2


class UnknownName(BadInput):
    """A back-end name (embedder, retriever, answerer) that is not registered."""

    def __init__(self, kind: str, name: str, valid: list[str] | tuple[str, ...]):
        super().__init__(f"unknown {kind} {name!r}; choose one of: {', '.join(sorted(valid))}")


class BackendUnavailable(RagError):
    """A model, server or store could not be reached or loaded."""


class NotFound(RagError):
    """An article id that is not in the store: bad usage, like any input we cannot use."""

    exit_code = 2
