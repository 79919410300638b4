"""The `local` answerer: a packaged GGUF chat model run in-process by llama-cpp-python."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from rag.answerers import _NO_LLAMA_CPP
from rag.answerers.base import Prompt
from rag.answerers.prompt import build_messages
from rag.errors import BackendUnavailable, BadInput


@lru_cache(maxsize=2)
def _load_llama(path: str, n_ctx: int, n_threads: int) -> tuple[Any, threading.Lock]:
    """One loaded model per (file, context, threads), shared by every answerer in the process.

    A llama.cpp context is not safe to use from two threads (the Gradio app serves several), so
    each comes with a lock held for the length of one answer.
    """
    # llama.cpp's OpenMP threads spin while waiting for each other by default. When other work
    # shares the cores (the embedder, a second process), that spinning starved generation here:
    # 2 threads on 2 busy cores gave ~2 tokens/s, with PASSIVE ~15-24. libgomp reads it once, when
    # it loads: too late if torch (which ships the same libgomp.so.1) was imported first, so entry
    # points should set it at start-up too. A value the user set wins.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    llama = _llama_class()
    try:
        llm = llama(model_path=path, n_ctx=n_ctx, n_threads=n_threads, verbose=False)
    except (ValueError, RuntimeError) as e:
        raise BackendUnavailable(f"llama.cpp could not load {path}: {e}") from e
    return llm, threading.Lock()


def _llama_class():
    """llama_cpp.Llama, or `BackendUnavailable` saying how to install it."""
    try:
        # llama_cpp loads a native library (~0.5 s) and is an optional extra: import on first use.
        from llama_cpp import Llama
    except ImportError as e:
        raise BackendUnavailable(_NO_LLAMA_CPP) from e
    return Llama


class LocalAnswerer:
    """A GGUF chat model run in-process by llama.cpp (greedy decoding, for repeatable answers)."""

    name = "local"
    verbatim = False

    def __init__(
        self,
        model: str,
        *,
        max_tokens: int = 200,
        n_ctx: int = 4096,
        n_threads: int | None = None,
    ):
        from rag.local_model import model_path

        self.model = model
        self.path = model_path(model)
        self.max_tokens = max_tokens
        self.n_ctx = n_ctx
        self.n_threads = n_threads or os.cpu_count() or 1  # llama.cpp defaults to half the cores

    def stream(self, prompt: Prompt) -> Iterator[str]:
        llm, lock = _load_llama(str(self.path), self.n_ctx, self.n_threads)
        messages = build_messages(prompt.question, prompt.evidence, prompt.history)
        with lock:
            try:
                chunks = llm.create_chat_completion(
                    messages=messages,
                    stream=True,
                    temperature=0.0,
                    # No repeat penalty: the answer should reuse the evidence's words and names.
                    repeat_penalty=1.0,
                    max_tokens=self.max_tokens,
                )
                for chunk in chunks:
                    piece = chunk["choices"][0].get("delta", {}).get("content")
                    if piece:
                        yield piece
            except ValueError as e:  # llama_cpp raises ValueError when the prompt exceeds n_ctx
                raise BadInput(
                    f"the prompt does not fit the local model's context ({self.n_ctx} tokens): "
                    f"{e}. Use fewer or shorter passages (RAG_TOP_K)."
                ) from e
