"""``truce code``: PLOVER JSON Lines to stdout, no database (for pipes and scripts)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from itertools import chain

import click

from truce.cli.app import cli
from truce.cli.options import config_options, make_config
from truce.errors import NothingReadable
from truce.ingest import read_sources
from truce.parallel import BatchCoder, batched
from truce.records import Article, Skipped


@cli.command("code")
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@config_options
@click.option("--all-events", is_flag=True,
              help="Also print negated, future and hypothetical events, and demoted candidates (flagged).")
def code_cmd(paths: tuple[str, ...], all_events: bool, **options) -> None:
    """Code FILE(s) or '-' (stdin) and print one PLOVER JSON record per event, as the input streams in."""
    config = make_config(**options)
    skipped: list[Skipped] = []
    articles = _articles(read_sources(paths, config), skipped)
    first = next(articles, None)  # nothing to code: exit before loading anything
    if first is None:
        raise NothingReadable("nothing readable: " + (f"every input item was skipped ({len(skipped)})" if skipped
                                                      else f"no input files in {', '.join(paths)}"))
    with BatchCoder(config) as coder:
        for batch in batched(chain([first], articles), config.batch_size):
            for coded in coder.code(batch):
                if isinstance(coded, Skipped):  # a stage failed on this article: reported, the run goes on
                    click.echo(f"skipped {coded.origin}: {coded.kind}: {coded.message}", err=True)
                    continue
                for event in coded.events:
                    if all_events or event.counted:
                        sys.stdout.write(json.dumps(event.to_plover(), ensure_ascii=False) + "\n")


def _articles(items: Iterable[Article | Skipped], skipped: list[Skipped]) -> Iterator[Article]:
    """Articles only; each skipped item is reported on stderr when it is met."""
    for item in items:
        if isinstance(item, Skipped):
            skipped.append(item)
            click.echo(f"skipped {item.origin}: {item.kind}: {item.message}", err=True)
        else:
            yield item
