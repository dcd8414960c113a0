"""``truce serve``: the analyst's workbench, a local web app over the store (see docs/serve.md)."""

from __future__ import annotations

import click

from truce.cli.app import cli
from truce.config import DEFAULT_DB

LOOPBACK = ("127.0.0.1", "localhost", "::1")


@cli.command("serve")
@click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--truce", "truce_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Truce file to judge incidents against (YAML); may repeat.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback exposes the store to the network.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
@click.option("--read-only", is_flag=True, help="Open the store read-only (no reviews can be saved).")
def serve_cmd(db: str, truce_files: tuple[str, ...], host: str, port: int, read_only: bool) -> None:
    """Browse, filter, map and review the store in a web browser (http://HOST:PORT)."""
    import threading

    import uvicorn

    from truce.web import Workbench, basemap
    from truce.web.app import create_app

    if host not in LOOPBACK:
        click.echo(f"warning: listening on {host}, not on loopback: anyone who can reach this machine can read "
                   "the store and write reviews; there is no login", err=True)
    wb = Workbench(db, list(truce_files), read_only=read_only)
    allowed = {*LOOPBACK, host.lower()}
    app = create_app(wb, allowed_hosts=allowed)
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"truce workbench on {wb.path}: http://{shown}:{port}/  (Ctrl-C stops)", err=True)
    threading.Thread(target=basemap.warm, args=(wb.settings.web,), name="basemap", daemon=True).start()  # first build takes seconds
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        wb.close()
