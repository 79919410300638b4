"""An OpenAI-compatible chat API over `rag.api`, served by `rag serve` beside the page.

    GET  /v1/models             one model per answerer that can run here ("newsrag-extractive", ...)
    GET  /v1/models/{id}
    POST /v1/chat/completions   {"model", "messages", "stream"?}; other OpenAI fields are ignored

The conversation is the `messages` list: the last message must be the user's question; earlier
user messages, each with the assistant reply after it, become the `history` of
`Rag.stream_ask` (the page's call), so follow-ups ("How long had he been in office?") work.
System messages are ignored: retrieval, evidence, refusal and citations are the system's.

The reply's text carries the citations as footnotes ("... [1]" then "[1] Title — source, date,
url"); the same citations come as data in an extra field, `citations`, on the completion object
(non-streaming) or on the last chunk, the one with `finish_reason` (streaming):
    {"n", "article_id", "title", "source", "published" (YYYY-MM-DD), "url", "sentence",
     "start", "end" (character span in the article text), "score", "confidence"}
beside `refused` (bool), `refusal_reason` ("evidence", "model", "filters" or null),
`confidence` (0..1 that the answer is right, or null), `standalone_question` (the question
as searched, a follow-up made standalone) and `notes` (what the user should know about the
reply, e.g. that the question is not in English; also in the text, "Note: ..." before the
footnotes).

Access: keys are checked only when there are any (`--auth USER:PASS` makes PASS a key,
`RAG_API_KEY` is one): then `Authorization: Bearer KEY` is required, and anything else gets 401.
Errors have OpenAI's shape, `{"error": {"message", "type", "param", "code"}}`, with a 4xx status
for anything wrong with the request (503 when the store is empty or a model back-end is down).
"""

from __future__ import annotations

import functools
import hmac
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool

from rag.errors import BackendUnavailable, BadInput, EmptyIndex, RagError

if TYPE_CHECKING:
    from rag.answer import AnswerStream
    from rag.api import Rag
    from rag.config import Settings
    from rag.types import Answer

log = logging.getLogger(__name__)

MODEL_PREFIX = "newsrag-"
# A chat request is a conversation of short questions and answers; far past this is a mistake or
# an attack, refused before it is read whole.
MAX_BODY_BYTES = 1_000_000
ROLES = ("system", "developer", "user", "assistant", "tool")
# Footnotes start here in our replies; the history keeps only what is above it.
SOURCES_HEADING = "\n\n**Sources**\n\n"
NOTE_HEADING = "\n\nNote: "  # each of the reply's notes (`Answer.notes`) starts so


class ApiError(Exception):
    """A request we refuse, with the HTTP status and OpenAI's error fields."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",  # noqa: A002 - OpenAI's field name
        param: str | None = None,
        code: str | None = None,
    ):
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = (
            status,
            message,
            type,
            param,
            code,
        )

    def response(self) -> JSONResponse:
        body = {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }
        headers = {"WWW-Authenticate": "Bearer"} if self.status == 401 else None
        return JSONResponse(body, status_code=self.status, headers=headers)


def from_rag_error(err: RagError) -> ApiError:
    if isinstance(err, BadInput):
        return ApiError(400, str(err), param="messages")
    if isinstance(err, EmptyIndex):
        return ApiError(503, str(err), type="server_error", code="empty_index")
    if isinstance(err, BackendUnavailable):
        return ApiError(503, str(err), type="server_error", code="backend_unavailable")
    return ApiError(500, str(err), type="server_error")


# -- what can run here -------------------------------------------------------------------------


def runnable_answerers(settings: Settings) -> list[str]:
    """Names of the answerers that can answer on this machine with these settings."""
    from rag.answerers import available

    return [name for name, problem in available(settings) if problem is None]


# -- the conversation --------------------------------------------------------------------------


@dataclass(frozen=True)
class ChatRequest:
    model: str
    answerer: str
    question: str
    history: tuple[tuple[str, str], ...]
    stream: bool


def _text(content: Any, where: str) -> str:
    """A message's content as text: a string, or the text parts of a list of parts."""
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        texts = []
        for part in content:
            if not isinstance(part, dict):
                raise ApiError(400, f"{where}.content: each part must be an object", param=where)
            if part.get("type") == "text":
                if not isinstance(part.get("text"), str):
                    raise ApiError(400, f"{where}.content: a text part needs 'text'", param=where)
                texts.append(part["text"])
        return "\n".join(texts)
    raise ApiError(400, f"{where}.content must be a string or a list of parts", param=where)


def without_footnotes(reply: str) -> str:
    """An assistant reply as the history needs it: our notes and footnote block removed."""
    return reply.split(SOURCES_HEADING, 1)[0].split(NOTE_HEADING, 1)[0].strip()


def parse_request(body: Any, models: Sequence[str]) -> ChatRequest:
    """Check a /v1/chat/completions body; raise ApiError naming the field on any problem."""
    if not isinstance(body, dict):
        raise ApiError(400, "the request body must be a JSON object")
    model = body.get("model")
    if not isinstance(model, str) or not model:
        raise ApiError(400, "'model' is required; GET /v1/models lists them", param="model")
    if model not in models:
        raise ApiError(
            404,
            f"the model {model!r} does not exist here; choose one of: {', '.join(models)}",
            param="model",
            code="model_not_found",
        )
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise ApiError(400, "'stream' must be true or false", param="stream")
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise ApiError(
            400, "'messages' must be a non-empty list of {role, content}", param="messages"
        )
    turns: list[tuple[str, str]] = []
    for i, message in enumerate(messages):
        where = f"messages[{i}]"
        if not isinstance(message, dict):
            raise ApiError(400, f"{where} must be an object with role and content", param=where)
        role = message.get("role")
        if role not in ROLES:
            raise ApiError(
                400, f"{where}.role must be one of {', '.join(ROLES)}, got {role!r}", param=where
            )
        turns.append((role, _text(message.get("content"), where)))
    if turns[-1][0] != "user":
        raise ApiError(
            400,
            f"the last message must be the user's question, not {turns[-1][0]!r}",
            param=f"messages[{len(turns) - 1}]",
        )
    question = turns[-1][1].strip()
    if not question:
        raise ApiError(400, "the last user message has no text", param=f"messages[{len(turns)-1}]")
    history: list[tuple[str, str]] = []
    asked: str | None = None
    for role, text in turns[:-1]:
        if role == "user":
            asked = text.strip() or None
        elif role == "assistant" and asked is not None:
            history.append((asked, without_footnotes(text)))
            asked = None
    return ChatRequest(
        model, model.removeprefix(MODEL_PREFIX), question, tuple(history), stream
    )


# -- the reply ---------------------------------------------------------------------------------


def footnotes(answer: Answer) -> str:
    """The citations as a Markdown footnote block ("" when there are none)."""
    lines = []
    for c in answer.citations:
        meta = ", ".join(x for x in (c.source, c.published) if x)
        line = f"[{c.n}] {c.title or c.article_id}" + (f" — {meta}" if meta else "")
        if c.url:
            line += f" — {c.url}"
        lines.append(line + f"\n“{' '.join(c.sentence.split())}”")  # (one line, as the CLI)
    return SOURCES_HEADING + "\n\n".join(lines) if lines else ""


def citations_data(answer: Answer) -> list[dict]:
    return [
        {
            "n": c.n,
            "article_id": c.article_id,
            "title": c.title,
            "source": c.source,
            "published": c.published,
            "url": c.url,
            "sentence": c.sentence,
            "start": c.start,
            "end": c.end,
            "score": c.score,
            "confidence": answer.confidence,
        }
        for c in answer.citations
    ]


def extra_fields(answer: Answer) -> dict:
    """The documented extra fields of a completion (or of the last chunk of a stream)."""
    return {
        "citations": citations_data(answer),
        "refused": answer.refused,
        "refusal_reason": answer.refusal_reason,
        "confidence": answer.confidence,
        "standalone_question": answer.standalone_question or answer.question,
        "notes": list(answer.notes),
    }


def ending(streamed: str, answer: Answer) -> str:
    """Text to send after the streamed pieces: what the check changed, then the footnotes."""
    tail = ""
    if streamed.strip() != answer.answer.strip():
        # A model's draft is checked sentence by sentence; say what survived (as the CLI does).
        tail = f"\n\nChecked against the sources: {answer.answer}"
    return tail + noted(answer) + footnotes(answer)


def noted(answer: Answer) -> str:
    """The reply's notes (a question not in English, ...) as lines after its text."""
    return "".join(f"{NOTE_HEADING}{n}" for n in answer.notes)


# -- the routes --------------------------------------------------------------------------------


def check_key(request: Request, keys: frozenset[str]) -> None:
    """401 unless no keys are set or the request carries one as `Authorization: Bearer`."""
    if not keys:
        return
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    given = given.strip()
    if scheme.lower() != "bearer" or not given:
        raise ApiError(
            401,
            "this server needs an API key: send 'Authorization: Bearer KEY'",
            code="invalid_api_key",
        )
    if not any(hmac.compare_digest(given.encode(), key.encode()) for key in keys):
        raise ApiError(401, "incorrect API key", code="invalid_api_key")


async def read_json(request: Request, limit: int = MAX_BODY_BYTES) -> Any:
    """The JSON body, read up to `limit` bytes; 413 past it, 400 if it is not JSON."""
    declared = request.headers.get("content-length")
    too_big = ApiError(
        413, f"the request body is over {limit:,} bytes; send a shorter conversation"
    )
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_big
    body = bytearray()
    async for part in request.stream():
        body += part
        if len(body) > limit:
            raise too_big
    try:
        return json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ApiError(400, f"the request body is not JSON ({err})") from None


def openai_router(rag: Rag, keys: frozenset[str] = frozenset()) -> APIRouter:
    """The /v1 routes over `rag` (see the module docstring). `keys`: accepted bearer keys."""
    router = APIRouter()
    created = int(time.time())

    def models() -> list[str]:
        return [MODEL_PREFIX + name for name in runnable_answerers(rag.settings)]

    def model_card(model_id: str) -> dict:
        return {"id": model_id, "object": "model", "created": created, "owned_by": "newsrag"}

    def guarded(handler: Callable) -> Callable:
        @functools.wraps(handler)  # FastAPI reads the handler's parameters through this
        async def run(request: Request, **kwargs):
            try:
                check_key(request, keys)
                return await handler(request, **kwargs)
            except ApiError as err:
                return err.response()
            except RagError as err:
                return from_rag_error(err).response()
            except Exception as err:  # a bug: still OpenAI's shape, and logged with its trace
                log.exception("chat API request failed")
                return ApiError(500, f"internal error: {err}", type="server_error").response()

        return run

    async def list_models(request: Request):
        return {"object": "list", "data": [model_card(m) for m in models()]}

    async def get_model(request: Request, model_id: str):
        if model_id not in models():
            raise ApiError(404, f"the model {model_id!r} does not exist here", param="model",
                           code="model_not_found")
        return model_card(model_id)

    async def chat_completions(request: Request):
        chat = parse_request(await read_json(request), models())
        completion_id = f"chatcmpl-{uuid.uuid4().hex}"
        now = int(time.time())

        def start() -> tuple[AnswerStream, Iterator[str], str | None]:
            stream = rag.stream_ask(chat.question, history=chat.history, answerer=chat.answerer)
            pieces = iter(stream)
            # Retrieval and the refusal decision happen in stream_ask, and a model back-end
            # answers (or fails) with its first piece: errors in any of them (an empty store, a
            # bad question, a model server that is down) become an HTTP error, not a broken stream.
            return stream, pieces, next(pieces, None)

        stream, pieces, first = await run_in_threadpool(start)

        if not chat.stream:
            # The reply is the checked text; a model's draft is not shown.
            answer = await run_in_threadpool(stream.answer)
            return {
                "id": completion_id,
                "object": "chat.completion",
                "created": now,
                "model": chat.model,
                "choices": [
                    {
                        "index": 0,
                        "message": {
                            "role": "assistant",
                            "content": answer.answer + noted(answer) + footnotes(answer),
                        },
                        "finish_reason": "stop",
                        "logprobs": None,
                    }
                ],
                **extra_fields(answer),
            }

        def chunk(delta: dict, finish: str | None = None, **extra) -> str:
            data = {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": now,
                "model": chat.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish,
                             "logprobs": None}],
                **extra,
            }
            return f"data: {json.dumps(data, ensure_ascii=False)}\n\n"

        def events() -> Iterator[str]:
            # A sync generator: Starlette runs it in a worker thread (the answerers block).
            yield chunk({"role": "assistant", "content": ""})
            streamed = []
            try:
                for piece in ([first] if first is not None else []):
                    streamed.append(piece)
                    yield chunk({"content": piece})
                for piece in pieces:
                    streamed.append(piece)
                    yield chunk({"content": piece})
                answer = stream.answer()
            except RagError as err:  # headers are sent: report it the way OpenAI streams do
                error = from_rag_error(err)
                body = {"error": {"message": error.message, "type": error.type,
                                  "param": error.param, "code": error.code}}
                yield f"data: {json.dumps(body)}\n\n"
                return
            yield chunk({"content": ending("".join(streamed), answer)})
            yield chunk({}, "stop", **extra_fields(answer))
            yield "data: [DONE]\n\n"

        return StreamingResponse(
            events(),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        )

    router.add_api_route("/v1/models", guarded(list_models), methods=["GET"])
    router.add_api_route("/v1/models/{model_id}", guarded(get_model), methods=["GET"])
    router.add_api_route("/v1/chat/completions", guarded(chat_completions), methods=["POST"])
    return router

