"""A `rag ingest` stand-in with the fake models, for tests that kill it mid-write.

python -m tests.ingest_worker DATA_DIR CORPUS [CHROMA_URL COLLECTION]
"""

from __future__ import annotations

import sys
import time

from rag.api import Rag
from rag.config import Settings
from tests.fakes import FakeEmbedder, FakeReranker


class SlowFakeEmbedder(FakeEmbedder):
    """Slow enough that a kill lands in the middle of the writes, not after them."""

    def embed_documents(self, texts):
        time.sleep(0.01 * len(texts))
        return super().embed_documents(texts)


def main() -> None:
    data_dir, corpus, *server = sys.argv[1:]
    options = {"chroma_url": server[0], "collection": server[1]} if server else {}
    rag = Rag(
        Settings(data_dir=data_dir, **options), embedder=SlowFakeEmbedder(), reranker=FakeReranker()
    )
    report = rag.ingest([corpus])
    print(f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged")


if __name__ == "__main__":
    main()
