"""A progress bar for long builds: documents done, documents/s, tokens/s and an ETA, on stderr."""

from __future__ import annotations

import time

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class _RateColumn(ProgressColumn):
    """Documents per second over the whole build (rich's own speed is a short moving window)."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        if not elapsed:
            return Text("– docs/s", style="progress.data.speed")
        docs = task.completed / elapsed
        tokens = task.fields.get("tokens", 0) / elapsed
        return Text(f"{docs:.1f} docs/s, {tokens:,.0f} tokens/s", style="progress.data.speed")


class RichProgress:
    """``BuildProgress`` drawn with rich; skipped (unchanged) articles count as done.

    Drawn only when stderr is a terminal (or rich is told to act as one, e.g. ``FORCE_COLOR=1``):
    in a pipe or a log file a progress bar is noise.
    """

    def __init__(self, console: Console | None = None) -> None:
        self.console = console or Console(stderr=True)
        self._progress: Progress | None = None
        self._task = None
        self._tokens = 0
        self._skipped = 0
        self._drawn = 0.0

    @property
    def drawn(self) -> bool:
        """Whether the bar is shown; the build counts the articles for its total only then."""
        return self.console.is_terminal

    def start(self, total: int | None) -> None:
        if not self.drawn:
            return
        self._progress = Progress(
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            _RateColumn(),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
            auto_refresh=False,  # no refresh thread, so worker processes can be forked safely
        )
        self._progress.start()
        self._task = self._progress.add_task("building", total=total, tokens=0)

    def advance(self, *, tokens: int = 0, skipped: bool = False) -> None:
        if self._progress is None or self._task is None:
            return
        self._tokens += tokens
        self._skipped += skipped
        description = f"building ({self._skipped} unchanged)" if self._skipped else "building"
        self._progress.update(self._task, advance=1, tokens=self._tokens, description=description)
        now = time.monotonic()
        if now - self._drawn >= 0.1:
            self._drawn = now
            self._progress.refresh()

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None
