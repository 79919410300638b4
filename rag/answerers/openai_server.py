"""The `openai` answerer: any OpenAI-compatible chat server (Ollama, vLLM, llama.cpp's
llama-server, OpenAI itself), through the official `openai` client.

The client is made once per answerer, with no retries (a slow CPU server should not be asked
three times) and a per-read timeout long enough for a CPU model to think before its first
token. Its errors are turned into `BackendUnavailable` messages that name the URL and say what
to check.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rag.answerers.base import Prompt
from rag.answerers.prompt import build_messages
from rag.errors import BackendUnavailable


class OpenAICompatibleAnswerer:
    """Streams `POST {url}/chat/completions` with `stream: true`.

    `url` is the API base (usually ending in /v1); a full `.../chat/completions` URL is accepted
    too. Greedy decoding (temperature 0) keeps answers repeatable.
    """

    name = "openai"
    verbatim = False

    def __init__(
        self,
        url: str,
        model: str,
        api_key: str | None = None,
        *,
        max_tokens: int = 256,
        temperature: float = 0.0,
        connect_timeout: float = 10.0,
        read_timeout: float = 120.0,
    ):
        url = url.rstrip("/")
        if url.endswith("/chat/completions"):
            url = url[: -len("/chat/completions")]
        self.url = url
        self.endpoint = f"{url}/chat/completions"
        self.model = model
        self.api_key = api_key
        self.max_tokens = max_tokens
        self.temperature = temperature
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self._client = None

    def _openai(self):
        if self._client is None:
            # openai costs ~0.5 s to import; only model answers need it.
            # (openai's own Timeout: its 3.6x releases moved from httpx to httpx2, whose client
            # refuses an httpx.Timeout)
            from openai import OpenAI, Timeout

            self._client = OpenAI(
                base_url=self.url,
                # Local servers need no key, but the client insists on one; it is only sent.
                api_key=self.api_key or "none",
                max_retries=0,
                timeout=Timeout(
                    connect=self.connect_timeout, read=self.read_timeout, write=30.0, pool=10.0
                ),
            )
        return self._client

    def stream(self, prompt: Prompt) -> Iterator[str]:
        import openai

        try:
            chunks = self._openai().chat.completions.create(
                model=self.model,
                messages=build_messages(prompt.question, prompt.evidence, prompt.history),
                stream=True,
                temperature=self.temperature,
                max_tokens=self.max_tokens,
            )
            for chunk in chunks:
                if not chunk.choices:
                    continue  # e.g. a final usage-only event
                piece = chunk.choices[0].delta.content
                if piece:
                    yield piece
        except openai.APITimeoutError as e:
            raise BackendUnavailable(
                f"the model server at {self.url} did not answer in time (connect "
                f"{self.connect_timeout:g} s, read {self.read_timeout:g} s). Check that it is up "
                "and not overloaded, or use a smaller model."
            ) from e
        except openai.APIConnectionError as e:
            raise BackendUnavailable(
                f"cannot reach the model server at {self.url} ({e.__cause__ or e}). Start an "
                "OpenAI-compatible server there (e.g. `ollama serve`, `llama-server`, `vllm "
                "serve`) or set RAG_LLM_URL to one that runs (it usually ends in /v1), or use "
                "the local answerer instead."
            ) from e
        except openai.APIStatusError as e:
            raise BackendUnavailable(
                f"model server {self.endpoint} answered HTTP {e.status_code}: "
                f"{_excerpt(e.response.text)}. {_hint_for_status(e.status_code)}"
            ) from e
        except openai.APIError as e:  # an error event inside the stream
            raise BackendUnavailable(
                f"model server {self.endpoint} reported an error: {e.message}"
            ) from e


def _excerpt(text: str, limit: int = 300) -> str:
    flat = re.sub(r"\s+", " ", text).strip()
    return repr(flat if len(flat) <= limit else flat[:limit] + "...")


def _hint_for_status(status: int) -> str:
    if status in (401, 403):
        return "Check RAG_LLM_API_KEY."
    if status == 404:
        return "Check RAG_LLM_URL (usually ends in /v1) and that RAG_LLM_MODEL is served there."
    if status >= 500:
        return "The server failed; see its log."
    return "Check RAG_LLM_URL and RAG_LLM_MODEL."
