"""The monitor's thresholds, read once from the settings (``[monitor]`` in settings.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta

from truce.settings import Settings, default_settings


@dataclass(frozen=True)
class MonitorParams:
    activity_radius_km: float = 50.0
    activity_window: timedelta = timedelta(days=3)
    reported_lookback: timedelta = timedelta(days=3)
    admin_reach_km: float = 150.0
    dateline_same_place_km: float = 25.0
    nearest_town_km: float = 100.0
    time_factor: dict[str, float] = field(default_factory=dict)  # exact, day, reported, week, month, year
    default_time: float = 0.5
    place_factor: dict[str, float] = field(default_factory=dict)  # precise, admin1, country, none
    chunk_size: int = 5000
    horizon: timedelta = timedelta(days=60)
    duckdb_memory_limit: str = "256MB"
    same_act_km: float = 25.0

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> MonitorParams:
        m = (settings or default_settings()).monitor
        return cls(
            activity_radius_km=float(m.activity_radius_km), activity_window=timedelta(days=m.activity_window_days),
            reported_lookback=timedelta(days=m.reported_lookback_days), admin_reach_km=float(m.admin_reach_km),
            dateline_same_place_km=float(m.dateline_same_place_km), nearest_town_km=float(m.nearest_town_km),
            time_factor={"exact": m.time_factor_exact, "day": m.time_factor_exact, "reported": m.time_factor_reported,
                         "week": m.time_factor_week, "month": m.time_factor_month, "year": m.time_factor_year},
            default_time=float(m.time_factor_none),
            place_factor={"precise": m.place_factor_precise, "admin1": m.place_factor_admin1,
                          "country": m.place_factor_country, "none": m.place_factor_none},
            chunk_size=int(m.chunk_size), horizon=timedelta(days=m.horizon_days),
            duckdb_memory_limit=_memory_limit(str(m.duckdb_memory_limit)),
            same_act_km=float(m.same_act_km),
        )


def _memory_limit(value: str) -> str:
    """A DuckDB memory size ("256MB", "1GiB"), or "" for DuckDB's own default; anything else is an error."""
    from truce.errors import SettingsError

    value = value.strip()
    if value and not re.fullmatch(r"\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)", value):
        raise SettingsError("settings", f"monitor.duckdb_memory_limit: {value!r} is not a size such as '256MB'")
    return value


_DEFAULT: list[MonitorParams] = []


def default_params() -> MonitorParams:
    if not _DEFAULT:
        _DEFAULT.append(MonitorParams.from_settings())
    return _DEFAULT[0]
