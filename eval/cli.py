"""The `rag eval` command. `rag/cli.py` calls `register(app)`; the work is in eval/run.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from rag.errors import BadInput


def _write(text: str, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add the `eval` command to the given app."""

    @app.command("eval")
    def eval_command(
        paths: Annotated[
            list[Path],
            typer.Argument(
                help="A dataset folder (corpus.jsonl + questions.jsonl); "
                "with --compare, report JSON files.",
                metavar="DATASET_DIR|REPORTS",
                show_default=False,
            ),
        ],
        json_out: Annotated[
            Path | None,
            typer.Option("--json", help="Write the full report as JSON here ('-': stdout)."),
        ] = None,
        markdown_out: Annotated[
            Path | None, typer.Option("--markdown", help="Write a markdown report here.")
        ] = None,
        retriever: Annotated[
            str | None, typer.Option("--retriever", help="Retriever name (default: settings).")
        ] = None,
        answerer: Annotated[
            str | None, typer.Option("--answerer", help="Answerer name (default: settings).")
        ] = None,
        limit: Annotated[
            int | None,
            typer.Option("--limit", min=1, help="Only the first N questions, in file order."),
        ] = None,
        compare: Annotated[
            bool, typer.Option("--compare", help="Show the given report JSON files side by side.")
        ] = False,
        plot: Annotated[
            Path | None, typer.Option("--plot", help="With --compare: also write a PNG chart.")
        ] = None,
        progress: Annotated[
            bool, typer.Option("--progress/--no-progress", help="Show a progress bar on stderr.")
        ] = True,
        retrieval_only: Annotated[
            bool,
            typer.Option("--retrieval-only", help="Score retrieval only; ask nothing (faster)."),
        ] = False,
    ) -> None:
        """Score retrieval, answers, refusals and citations on a question set.

        Examples:
          rag eval ../shared/eval/squad2-dev --limit 20 --json runs/squad.json
          rag eval --compare runs/a.json runs/b.json --plot runs/ab.png
        """
        from rich.console import Console
        from rich.markdown import Markdown

        from eval import report as rep

        to_stdout = json_out is not None and str(json_out) == "-"
        console = Console(stderr=to_stdout)

        if compare:
            if retriever or answerer or limit:
                raise BadInput(
                    "--compare reads finished reports: drop --retriever/--answerer/--limit"
                )
            names = rep.run_names(paths)
            reports = rep.load_reports(paths)
            text = rep.compare_markdown(reports, names)
            console.print(Markdown(text))
            if markdown_out:
                _write(text, markdown_out)
            if plot:
                console.print(f"plot: {rep.plot_compare(reports, names, plot)}")
            return

        if len(paths) != 1:
            raise BadInput(
                f"give one dataset folder (got {len(paths)} paths); "
                "to compare reports, use --compare"
            )
        if plot:
            raise BadInput("--plot goes with --compare A.json B.json ...")

        from eval.run import run_eval
        from rag.cli import settings  # honours the global --data-dir of `rag`

        result: dict[str, Any] = run_eval(
            paths[0],
            settings(),
            retriever=retriever,
            answerer=answerer,
            limit=limit,
            progress=progress,
            retrieval_only=retrieval_only,
        )
        text = rep.to_markdown(result)
        console.print(Markdown(text))
        if json_out is not None:
            payload = json.dumps(result, indent=2, ensure_ascii=False)
            if to_stdout:
                typer.echo(payload)
            else:
                _write(payload + "\n", json_out)
                console.print(f"report: {json_out}")
        if markdown_out:
            _write(text, markdown_out)
            console.print(f"markdown: {markdown_out}")
        skipped = result["questions"]["skipped"]
        if skipped:
            console.print(f"[yellow]{skipped} question(s) skipped: listed in the report[/yellow]")
