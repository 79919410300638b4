"""Answerers: who phrases the reply from the evidence the system chose. One registry.

    answerer = get_answerer("extractive", settings)     # or "local", "openai"
    for piece in answerer.stream(prompt):                # prompt: rag.answerers.base.Prompt
        print(piece, end="")

`ANSWERERS` maps each name to a factory `(Settings) -> Answerer`; `available(settings)` says
which of them can run on this machine and why not, for the page and `/v1/models`. Model
back-ends import their runtimes (llama-cpp-python, openai) only when first used.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

from rag.answerers.base import Answerer, Prompt, complete
from rag.errors import BackendUnavailable, BadInput, UnknownName

if TYPE_CHECKING:
    from rag.config import Settings

__all__ = ["ANSWERERS", "Answerer", "Prompt", "available", "complete", "get_answerer"]

_NO_LLAMA_CPP = (
    "the local answerer needs llama-cpp-python, which is not installed. Install it with: "
    "pip install 'newsrag[local]' (it compiles for several minutes on first install), "
    "or use the extractive answerer."
)


def _make_extractive(settings: Settings) -> Answerer:
    from rag.answerers.extractive import ExtractiveAnswerer

    return ExtractiveAnswerer()


def _openai_problem(settings: Settings) -> str | None:
    if not settings.llm_url:
        return (
            "the openai answerer needs a server URL: set RAG_LLM_URL (e.g. "
            "http://127.0.0.1:11434/v1 for Ollama, http://127.0.0.1:8080/v1 for llama-server)"
        )
    if not settings.llm_model:
        return (
            "the openai answerer needs a model name: set RAG_LLM_MODEL (e.g. qwen2.5:1.5b for "
            "Ollama; llama-server accepts any name)"
        )
    return None


def _make_openai(settings: Settings) -> Answerer:
    from rag.answerers.openai_server import OpenAICompatibleAnswerer

    problem = _openai_problem(settings)
    if problem:
        raise BadInput(problem)
    return OpenAICompatibleAnswerer(settings.llm_url, settings.llm_model, settings.llm_api_key)


def _local_problem(settings: Settings) -> str | None:
    return _NO_LLAMA_CPP if importlib.util.find_spec("llama_cpp") is None else None


def _make_local(settings: Settings) -> Answerer:
    # Fail at selection time, not on the first question, when the optional extra is missing.
    problem = _local_problem(settings)
    if problem:
        raise BackendUnavailable(problem)
    from rag.answerers.local import LocalAnswerer

    return LocalAnswerer(settings.local_model)


ANSWERERS: dict[str, Callable[[Settings], Answerer]] = {
    "extractive": _make_extractive,
    "local": _make_local,
    "openai": _make_openai,
}

# Why an answerer cannot run here (None: it can). Cheap checks only: nothing is loaded.
_PROBLEMS: dict[str, Callable[[Settings], str | None]] = {
    "local": _local_problem,
    "openai": _openai_problem,
}


def get_answerer(name: str, settings: Settings) -> Answerer:
    """The answerer registered under `name`, built from `settings`.

    Raises UnknownName (listing the valid names), BadInput (a setting is missing) or
    BackendUnavailable (its runtime is not installed).
    """
    try:
        factory = ANSWERERS[name]
    except KeyError:
        raise UnknownName("answerer", name, list(ANSWERERS)) from None
    return factory(settings)


def available(settings: Settings) -> list[tuple[str, str | None]]:
    """Every registered answerer with the reason it cannot run here, or None if it can."""
    return [(name, _PROBLEMS.get(name, lambda s: None)(settings)) for name in ANSWERERS]
