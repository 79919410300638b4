"""`python -m rag ...` is the `rag` command (useful from a source tree without an install)."""

from rag.cli import main

main()
