"""``truce evaluate events|geo``: score the coder against gold files."""

from __future__ import annotations

import json

import click

from truce.cli.app import EXIT_QUALITY, cli
from truce.config import TruceConfig
from truce.pipeline import Pipeline


@cli.group()
def evaluate() -> None:
    """Score truce against gold data."""


@evaluate.command("events")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--min-macro-f1", type=float, default=None, help="Exit 4 if macro-F1 is below this.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor dictionary (YAML); may repeat.")
@click.option("--split", type=click.Choice(["even", "odd"]), default=None,
              help="Score only the records on even (tuning) or odd (check) lines.")
@click.option("--include-background", is_flag=True,
              help="Count events marked background (old, habitual, known) as output; default: leave them out.")
@click.option("--include-demoted", is_flag=True,
              help="Count demoted events (non-political readings, weak candidates) as output; default: leave them out.")
def evaluate_events_cmd(gold: str, model: str | None, limit: int | None, as_json: bool,
                        min_macro_f1: float | None, actor_files: tuple[str, ...], split: str | None,
                        include_background: bool = False, include_demoted: bool = False) -> None:
    """Precision, recall and F1 of event coding against a gold JSONL file."""
    from pathlib import Path

    from truce.evaluate.events import evaluate_events, format_event_report

    config = TruceConfig(actor_files=[Path(p) for p in actor_files])
    if model:
        config.model = model
    report = evaluate_events(gold, Pipeline(config), limit=limit, split=split,
                             include_background=include_background, include_demoted=include_demoted)
    click.echo(json.dumps(report, indent=2) if as_json else format_event_report(report))
    if min_macro_f1 is not None and report.get("macro", {}).get("f1", 0.0) < min_macro_f1:
        raise SystemExit(EXIT_QUALITY)


@evaluate.command("geo")
@click.option("--gold", "gold", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Toponym gold (format 2, e.g. TR-News): recognition and resolution, by feature type.")
@click.option("--gold-spans", is_flag=True, help="Also resolve the gold toponym spans (resolution only).")
@click.option("--events", "events", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Event gold (format 1, e.g. the PLOVER GSR): event-location accuracy on records naming a place.")
@click.option("--articles", "articles", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Labelled articles with event places and coordinates: event location within 161 km.")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate_geo_cmd(gold: str | None, gold_spans: bool, events: str | None, articles: str | None,
                     model: str | None, limit: int | None, as_json: bool) -> None:
    """Toponym recognition and resolution, and event location, against gold JSONL files."""
    from truce.evaluate.geo import (
        evaluate_article_event_locations,
        evaluate_event_locations,
        evaluate_geo,
        format_geo_report,
    )

    if not (gold or events or articles):
        raise click.UsageError("give --gold, --events or --articles (or several)")
    config = TruceConfig(model=model) if model else TruceConfig()
    pipeline = Pipeline(config)
    report = evaluate_geo(gold, pipeline, gold_spans=gold_spans, limit=limit) if gold else {}
    if events:
        report["event_locations"] = evaluate_event_locations(events, pipeline, limit=limit)
    if articles:
        report["article_event_locations"] = evaluate_article_event_locations(articles, pipeline, limit=limit)
    click.echo(json.dumps(report, indent=2) if as_json else format_geo_report(report))


@evaluate.command("actors")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def evaluate_actors_cmd(gold: str, limit: int | None, as_json: bool) -> None:
    """Actor country and sector coding, given the gold actor spans."""
    from truce.evaluate.actors import evaluate_actor_coding, format_actor_report

    report = evaluate_actor_coding(gold, limit=limit)
    click.echo(json.dumps(report, indent=2) if as_json else format_actor_report(report))


@evaluate.command("quad")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--limit", type=int, default=None, help="Score only the first N records.")
@click.option("--split", type=click.Choice(["even", "odd"]), default=None,
              help="Score only the records on even (tuning) or odd (check) lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (with the misclassified records).")
@click.option("--min-accuracy", type=float, default=None, help="Exit 4 if accuracy is below this.")
def evaluate_quad_cmd(gold: str, model: str | None, limit: int | None, split: str | None, as_json: bool,
                      min_accuracy: float | None) -> None:
    """Five-way CAMEO class of each sentence (statement/appeal, verbal/material cooperation/conflict)."""
    from truce.evaluate.quad import evaluate_quad, format_quad_report

    config = TruceConfig(model=model) if model else TruceConfig()
    report = evaluate_quad(gold, Pipeline(config), limit=limit, split=split)
    click.echo(json.dumps(report, indent=2) if as_json else format_quad_report(report))
    if min_accuracy is not None and (report["accuracy"] or 0.0) < min_accuracy:
        raise SystemExit(EXIT_QUALITY)


@evaluate.command("relevance")
@click.option("--gold", "gold", required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--limit", type=int, default=None, help="Score only the first N stories.")
@click.option("--split", type=click.Choice(["even", "odd"]), default=None,
              help="Score only the stories on even (tuning) or odd (check) lines.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (with the flagged stories).")
@click.option("--max-other-share", type=float, default=None,
              help="Exit 4 if the share of non-political stories with material conflict is above this.")
def evaluate_relevance_cmd(gold: str, model: str | None, limit: int | None, split: str | None, as_json: bool,
                           max_other_share: float | None) -> None:
    """Share of non-political stories with an asserted ASSAULT/COERCE/MOBILIZE; events per story."""
    from truce.evaluate.relevance import evaluate_relevance, format_relevance_report

    config = TruceConfig(model=model) if model else TruceConfig()
    report = evaluate_relevance(gold, Pipeline(config), limit=limit, split=split)
    click.echo(json.dumps(report, indent=2) if as_json else format_relevance_report(report))
    if max_other_share is not None and report["other"]["share_with_material_conflict"] > max_other_share:
        raise SystemExit(EXIT_QUALITY)
