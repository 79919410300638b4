"""newsrag: question answering over news articles, with citations to the exact sentence."""

import os

# llama.cpp's OpenMP threads spin while waiting by default; on a busy 2-core machine that cut
# the local model from ~20 to ~3 tokens/s (measured). OpenMP reads this once, at first load,
# so it is set before anything can load it.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
