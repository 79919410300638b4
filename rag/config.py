"""One Settings object: defaults < rag.toml < RAG_* environment < explicit arguments (CLI flags).

It is passed explicitly; nothing reads the environment behind its back.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _default_data_dir() -> Path:
    # Inside the project when running from a checkout (the README's commands), so the store sits
    # beside the corpus it was built from; the user's data dir for an installed package.
    if (PROJECT_ROOT / "pyproject.toml").exists():
        return PROJECT_ROOT / ".rag"
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "newsrag"


def _config_file() -> Path:
    return Path(os.environ.get("RAG_CONFIG", "rag.toml"))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAG_", extra="forbid", frozen=True)

    data_dir: Path = Field(default_factory=_default_data_dir)
    chroma_url: str | None = Field(
        default=None, description="http://host:port of a Chroma server; unset = embedded store"
    )
    collection: str = "news"

    # Models: a packaged name (offline) or any sentence-transformers / hub name.
    embed_model: str = "bge-small-en-v1.5"
    rerank_model: str = "ms-marco-MiniLM-L-12-v2"

    # Chunking
    chunk_words: int = Field(default=120, ge=20, le=400)
    chunk_overlap_sentences: int = Field(default=1, ge=0, le=5)

    # Retrieval
    retriever: str = "hybrid"
    top_k: int = Field(default=5, ge=1, le=50, description="passages given to the answerer")
    candidates: int = Field(default=30, ge=1, le=500, description="per-retriever candidates")
    # 10, not 20: the same MRR@10 on squad2-dev, better on realtimeqa-dev, half the cost
    # (eval/RESULTS.md, section 2).
    rerank_top_n: int = Field(default=10, ge=0, le=200, description="fused candidates reranked")
    max_per_article: int = Field(default=2, ge=1, le=20)

    # Answering
    answerer: str = "extractive"
    max_citations: int = Field(default=2, ge=1, le=10, description="extractive answer sentences")
    model_evidence: int = Field(default=4, ge=1, le=20, description="sentences a model sees")
    # A model answerer may make the system more cautious, never less: when nothing it wrote is
    # supported and it says the evidence does not answer the question, the reply is a refusal.
    # Off: the evidence sentences are shown instead (as when a model's answer cannot be verified).
    model_can_decline: bool = True
    # Refuse when the calibrated probability that the answer is right (rag.judge, Answer.confidence)
    # is below this. In theory 0.5 (answer when the expected CRAG-style score is positive); on
    # the cross-validated dev-set probabilities the best mean CRAG is at 0.40 (eval/RESULTS.md
    # section 5: `python -m eval.calibrate sweep`; flat from 0.30 to 0.45).
    refusal_threshold: float = Field(default=0.40, ge=0.0, le=1.0)
    # The model as a judge of the evidence (rag.verifier): a packaged model name
    # ("qwen2.5-coder-1.5b", installed by the `local-large` extra) or a GGUF path. Its yes/no
    # reading of the cited sentences is one more feature of the answerability model, with its own
    # coefficients (rag/calibration-verified.json). Off by default: about 1 s more per question.
    verifier: str | None = None
    # The verifier reads only answers the other signals leave open (rag.verifier.VERIFY_BAND);
    # on, it reads every one: for the dev runs its coefficients are fitted on.
    verify_every_answer: bool = False
    # Subtracted from a sentence's score when it cannot hold the kind of answer asked for
    # (no number for "how many", no date for "when", no new name for "who"); 0 switches it off.
    answer_type_penalty: float = 3.0
    # Taken off a sentence, times the share of the question's names its article lacks while
    # another retrieved article has them (rag.evidence.select_evidence); 0 switches it off.
    answer_name_penalty: float = 2.0

    # Near-duplicates: estimated word-shingle Jaccard above which two articles are one story
    # (bench/dedup_eval.py: precision 1.000, recall 0.95 on lightly edited copies at 0.55).
    dedup_threshold: float = Field(default=0.55, gt=0.0, le=1.0)

    # Input limits
    max_file_bytes: int = Field(default=5_000_000, ge=1_000)  # also caps each web response
    fetch_timeout_s: float = Field(default=10.0, gt=0, le=300, description="per URL fetch step")
    max_feed_items: int = Field(default=100, ge=1, le=10_000, description="articles read per feed")

    # Model answerers (chat issue)
    llm_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    local_model: str = "qwen2.5-coder-0.5b"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        toml = TomlConfigSettingsSource(settings_cls, toml_file=_config_file())
        return (init_settings, env_settings, toml)

    @property
    def store_location(self) -> str:
        return self.chroma_url or str(self.data_dir / "chroma")


def load_settings(**overrides) -> Settings:
    """Settings with CLI-style overrides; None values mean "not given" and are dropped."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
