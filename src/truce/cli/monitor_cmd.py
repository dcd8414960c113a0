"""``truce monitor``: judge stored events against a truce definition. Placeholder until the monitor lands."""

from __future__ import annotations
