"""The model as a judge of the evidence: does the cited passage state the answer?

An optional signal for the answerability model (`rag.judge`). The cross-encoder and the lexical
signals cannot tell an on-topic sentence that answers another question ("the ferry subsidy" for
"the price of a return ticket") from one that answers this one; SQuAD 2.0's unanswerable
questions are written to look answered in just that way (Rajpurkar et al. 2018). A small
instruction-tuned model read as a yes/no classifier can:

    p = P("Yes") / (P("Yes") + P("No")) over the model's first reply token,

given the passage and the question (the logits of the greedy first token, no sampling). It is
one more feature (`VERIFIER_FEATURE`) of the logistic regression, which has its own fitted
coefficients (`rag/calibration-verified.json`), not a veto; and it is asked only when the
model without it is unsure (`VERIFY_BAND`).

Measured on the never-refusing dev runs (ROC AUC of right answers against the rest; the
calibrated confidence beside it): packaged Qwen2.5-Coder-1.5B-Instruct Q4_K_M 0.83 against 0.73
on squad2-dev, 0.89 against 0.90 on the news set, about 2 s per question on 2 CPU cores; the
0.5B model 0.64 on the news set: too weak to ship (eval/RESULTS.md, "The model as a judge").

Off by default (`Settings.verifier` is None): the 1.5B model is a 1.1 GB optional install and
doubles the answer time. Models: the packaged names of `rag.local_model` or a GGUF path, of the
Qwen family (the prompt is written in its ChatML template).
"""

from __future__ import annotations

import math
import os
from typing import Protocol

VERIFIER_FEATURE = "verifier_yes"
# The evidence shown to the verifier, in characters: the cited sentences of an extractive
# answer are well under it; a model sees no more than it was measured with.
PASSAGE_CHARS = 700
# The verifier reads one passage and one question: a short context is enough and keeps the
# model's memory small (the logits of one position, not of the whole context).
N_CTX = 1024

_SYSTEM = "You check whether a news passage answers a question. Reply with Yes or No only."

# The verifier is asked only when the answerability model without it is unsure: its confidence
# within this band. Cross-validated on the six dev sets (eval/RESULTS.md §7), verifying only
# these (about 44% of questions) gives the CRAG of verifying all but for two squad2-dev
# questions of 249 (+0.076 against +0.084; the other sets equal) and keeps most answers at the
# speed without the model.
VERIFY_BAND = (0.15, 0.85)


def in_verify_band(confidence: float) -> bool:
    """Should the verifier be asked, given the confidence without it (`VERIFY_BAND`)?"""
    low, high = VERIFY_BAND
    return low <= confidence <= high


class Verifier(Protocol):
    """Anything that says how likely `passage` states the answer to `question` (0..1)."""

    name: str

    def p_states(self, question: str, passage: str) -> float: ...


def chatml_prompt(question: str, passage: str) -> str:
    """The verifier's prompt in the ChatML template of Qwen models: a system line, the passage
    and the question, and the assistant's turn opened for its first token."""
    passage = " ".join(passage.split())[:PASSAGE_CHARS]
    return (
        f"<|im_start|>system\n{_SYSTEM}<|im_end|>\n"
        f"<|im_start|>user\nPassage: {passage}\n\nQuestion: {question.strip()}\n\n"
        "Does the passage state the answer to the question?<|im_end|>\n"
        "<|im_start|>assistant\n"
    )


def yes_share(logits, yes_ids: set[int], no_ids: set[int]) -> float:
    """P(yes) / (P(yes) + P(no)) from one position's logits (a softmax over the two word sets;
    the rest of the vocabulary cancels out). 0.5 when neither set has any id."""
    ids = list(yes_ids | no_ids)
    if not ids:
        return 0.5
    top = max(float(logits[i]) for i in ids)
    yes = sum(math.exp(float(logits[i]) - top) for i in yes_ids)
    no = sum(math.exp(float(logits[i]) - top) for i in no_ids)
    return yes / (yes + no) if yes + no else 0.5


class LocalVerifier:
    """A packaged (or local GGUF) Qwen chat model run in-process by llama.cpp as a verifier.

    The model is loaded on first use and shared with nothing else (its context must hold the
    logits of the last prompt token). Raises `rag.errors.BackendUnavailable` when
    llama-cpp-python is not installed or the model cannot be loaded, and `BadInput` for an
    unknown model name (from `rag.local_model.model_path`).
    """

    def __init__(self, model: str, *, n_threads: int | None = None):
        from rag.local_model import model_path

        self.name = model
        self.path = model_path(model)
        self.n_threads = n_threads or os.cpu_count() or 1
        self._llm = None
        self._lock = None
        self._yes: set[int] = set()
        self._no: set[int] = set()

    def _load(self):
        import threading

        from rag.answerers.local import _llama_class

        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # see rag.answerers.local
        llama = _llama_class()
        from rag.errors import BackendUnavailable

        try:
            llm = llama(
                model_path=str(self.path), n_ctx=N_CTX, n_threads=self.n_threads, verbose=False
            )
        except (ValueError, RuntimeError) as e:
            raise BackendUnavailable(f"llama.cpp could not load {self.path}: {e}") from e

        def first_token(word: str) -> int:
            return llm.tokenize(word.encode(), add_bos=False, special=False)[0]

        self._yes = {first_token(w) for w in ("Yes", "yes", " Yes", " yes")}
        self._no = {first_token(w) for w in ("No", "no", " No", " no")}
        self._lock = threading.Lock()
        self._llm = llm

    def p_states(self, question: str, passage: str) -> float:
        """The model's probability (0..1) that `passage` states the answer to `question`."""
        if self._llm is None:
            self._load()
        llm = self._llm
        tokens = llm.tokenize(chatml_prompt(question, passage).encode(), add_bos=False,
                              special=True)
        tokens = tokens[-(N_CTX - 1):]  # never over the context (the passage is capped anyway)
        with self._lock:
            llm.reset()
            llm.eval(tokens)
            # Without `logits_all` (a context-sized logits table, ~600 MB here) llama-cpp-python
            # keeps no logits of its own; the C API's are those of the batch's last token.
            logits = self._last_logits(llm)
        return yes_share(logits, self._yes, self._no)

    @staticmethod
    def _last_logits(llm):
        import llama_cpp
        import numpy as np

        pointer = llama_cpp.llama_get_logits_ith(llm.ctx, -1)
        return np.ctypeslib.as_array(pointer, shape=(llm.n_vocab(),))


def load_verifier(model: str | None) -> Verifier | None:
    """The verifier for `Settings.verifier` (a packaged model name or a GGUF path), or None.
    An unknown name or a missing file is `BadInput` naming the setting."""
    from rag.errors import BadInput

    if not model:
        return None
    try:
        return LocalVerifier(model)
    except BadInput as e:
        raise BadInput(f"verifier (--verifier, RAG_VERIFIER): {e}") from None
