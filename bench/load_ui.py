"""Load on the browser chat: N concurrent conversations through the page's own API.

    python bench/load_ui.py                        # starts `rag serve --ingest corpus/` itself
    python bench/load_ui.py --url http://127.0.0.1:7860 --conversations 10 --turns 3
    python bench/load_ui.py --upload-articles 300  # one upload of 300 articles runs meanwhile

Each conversation is its own gradio_client session (so its own follow-up history) and asks its
turns one after another; all conversations start together. Reports p50/p95/max latency of the
first answer text and of the finished answer, and every error. Loopback only, a bounded number
of requests, each with a timeout.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
CONVERSATIONS = [
    ["Who was replaced after the Kharkiv retreat?", "How long had he been in office?",
     "What did the Kremlin say about the Kharkiv area?"],
    ["How much territory has Ukraine retaken?", "What did Zelensky ask allies for?",
     "How many Russian missiles were shot down?"],
    ["What did Blinken say about Ukrainian progress?", "Where was he speaking?",
     "What did Mason Clark call the regrouping?"],
]
MAX_REQUESTS = 500


@dataclass
class Turn:
    conversation: int
    question: str
    first_text_s: float | None = None
    total_s: float | None = None
    error: str | None = None


@dataclass
class Upload:
    articles: int
    seconds: float | None = None
    result: str = ""
    error: str | None = None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(q) - 1]


def assistant_text(chat) -> str:
    if not chat:
        return ""
    content = chat[-1].get("content") if isinstance(chat[-1], dict) else chat[-1]
    if isinstance(content, list):  # gradio 6 message parts
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return str(content or "")


def converse(url: str, auth, index: int, turns: int, timeout: float, start: threading.Barrier,
             out: list[Turn]) -> None:
    from gradio_client import Client

    script = CONVERSATIONS[index % len(CONVERSATIONS)]
    client = Client(url, auth=auth, verbose=False, download_files=False, analytics_enabled=False)
    store: dict = {"version": 1, "current": None, "conversations": []}  # ui.conversations
    start.wait()
    for t in range(turns):
        turn = Turn(index, script[t % len(script)])
        began = time.perf_counter()
        try:
            job = client.submit(turn.question, store, "extractive", 5, "", "", [],
                                api_name="/ask")
            for update in job:  # streamed outputs: (chat, stored conversations, article view)
                text = assistant_text(update[0])
                if turn.first_text_s is None and text.strip() not in ("", "…"):
                    turn.first_text_s = time.perf_counter() - began
            chat, stored, _ = job.result(timeout=timeout)
            store = stored or store
            turn.total_s = time.perf_counter() - began
            text = assistant_text(chat)
            if text.startswith("⚠"):
                turn.error = f"error shown in the chat: {text[:200]}"
            elif not text.strip():
                turn.error = "empty answer"
            if turn.first_text_s is None:
                turn.first_text_s = turn.total_s
        except Exception as err:  # count it and carry on: the report lists every error
            turn.total_s = time.perf_counter() - began
            turn.error = f"{type(err).__name__}: {err}"[:300]
        out.append(turn)


def upload(url: str, auth, articles: int, timeout: float, start: threading.Barrier,
           record: Upload) -> None:
    from gradio_client import Client, handle_file

    folder = Path(tempfile.mkdtemp(prefix="load-ui-"))
    path = folder / "bench-articles.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for i in range(articles):
            text = " ".join(
                f"Bench town {i} council met on day {d} to discuss road {d * 7 % 13} repairs."
                for d in range(12)
            )
            handle.write(json.dumps({"id": f"bench-{i}", "title": f"Bench article {i}",
                                     "text": text, "source": "Bench", "published": "2024-05-01"})
                         + "\n")
    client = Client(url, auth=auth, verbose=False, download_files=False, analytics_enabled=False)
    start.wait()
    time.sleep(0.5)  # let the chats queue first, so the upload lands among them
    began = time.perf_counter()
    try:
        results = client.predict([handle_file(str(path))], "", "", "", api_name="/ingest")[0]
        record.result = str(results.get("data") if isinstance(results, dict) else results)[:200]
    except Exception as err:
        record.error = f"{type(err).__name__}: {err}"[:300]
    record.seconds = time.perf_counter() - began


def start_server(port: int, data_dir: str) -> subprocess.Popen:
    exe = Path(sys.executable).parent / "rag"
    command = [str(exe)] if exe.exists() else [sys.executable, "-c",
                                               "from rag.cli import main; main()"]
    env = dict(os.environ, RAG_DATA_DIR=data_dir)
    log = open(Path(data_dir) / "serve.log", "wb")  # noqa: SIM115 - lives as long as the server
    return subprocess.Popen(
        command + ["serve", "--port", str(port), "--ingest", str(ROOT / "corpus")],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )


def wait_until_up(url: str, proc: subprocess.Popen | None, limit: float = 240) -> None:
    deadline = time.monotonic() + limit
    while True:
        if proc is not None and proc.poll() is not None:
            raise SystemExit(f"the server exited with {proc.returncode}; see its serve.log")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"{url} did not answer within {limit:.0f} s") from None
            time.sleep(1)


def loopback_only(url: str) -> str:
    host = urllib.parse.urlparse(url).hostname or ""
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit(f"refusing {url}: this benchmark only drives a server on loopback")
    return url if url.endswith("/") else url + "/"


def report(turns: list[Turn], wall: float, args, upload_record: Upload | None) -> int:
    ok = [t for t in turns if t.error is None]
    errors = [t for t in turns if t.error is not None]
    print(f"\n{args.conversations} concurrent conversations x {args.turns} turns = "
          f"{len(turns)} requests in {wall:.1f} s ({len(turns) / wall:.2f} answers/s)")
    print(f"{'latency (s)':<22}{'p50':>8}{'p95':>8}{'max':>8}{'n':>6}")
    for label, values in (
        ("first answer text", [t.first_text_s for t in ok if t.first_text_s is not None]),
        ("finished answer", [t.total_s for t in ok if t.total_s is not None]),
        ("  first turns", [t.total_s for t in ok if t.question in
                           {c[0] for c in CONVERSATIONS}]),
        ("  follow-ups", [t.total_s for t in ok if t.question not in
                          {c[0] for c in CONVERSATIONS}]),
    ):
        if values:
            print(f"{label:<22}{percentile(values, 50):>8.2f}{percentile(values, 95):>8.2f}"
                  f"{max(values):>8.2f}{len(values):>6}")
    print(f"errors: {len(errors)}")
    for t in errors[:20]:
        print(f"  conversation {t.conversation} {t.question!r}: {t.error}")
    if upload_record is not None:
        state = upload_record.error or upload_record.result
        print(f"upload of {upload_record.articles} articles during the chats: "
              f"{upload_record.seconds or 0:.1f} s -> {state}")
    return 1 if errors or (upload_record and upload_record.error) else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", help="a running page (loopback only); default: start one")
    parser.add_argument("--conversations", type=int, default=10)
    parser.add_argument("--turns", type=int, default=3, help="questions per conversation")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per request")
    parser.add_argument("--auth", help="USER:PASS if the page wants a login")
    parser.add_argument("--upload-articles", type=int, default=0,
                        help="also upload a JSONL of this many articles while the chats run")
    args = parser.parse_args()
    if args.conversations * args.turns > MAX_REQUESTS:
        raise SystemExit(f"at most {MAX_REQUESTS} requests per run")
    auth = tuple(args.auth.split(":", 1)) if args.auth else None

    proc = None
    if args.url:
        url = loopback_only(args.url)
    else:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        data_dir = tempfile.mkdtemp(prefix="load-ui-store-")
        print(f"starting `rag serve --ingest corpus/` on port {port} (store {data_dir})")
        proc = start_server(port, data_dir)
        url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, proc)
        parties = args.conversations + (1 if args.upload_articles else 0)
        barrier = threading.Barrier(parties + 1)
        turns: list[Turn] = []
        threads = [
            threading.Thread(target=converse,
                             args=(url, auth, i, args.turns, args.timeout, barrier, turns))
            for i in range(args.conversations)
        ]
        upload_record = None
        if args.upload_articles:
            upload_record = Upload(args.upload_articles)
            threads.append(threading.Thread(
                target=upload,
                args=(url, auth, args.upload_articles, args.timeout, barrier, upload_record)))
        for thread in threads:
            thread.start()
        barrier.wait(timeout=120)  # every client has connected; go
        began = time.perf_counter()
        for thread in threads:
            thread.join()
        return report(turns, time.perf_counter() - began, args, upload_record)
    finally:
        if proc is not None:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


if __name__ == "__main__":
    sys.exit(main())
