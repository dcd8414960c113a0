"""The monitor's thresholds, read once from the settings (``[monitor]`` in settings.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from truce.settings import Settings, default_settings


@dataclass(frozen=True)
class MonitorParams:
    """Every value comes from ``[monitor]`` (``from_settings``; ``relevance_counted`` from ``[events]``): one
    source of each number, no defaults here."""

    activity_radius_km: float
    activity_window: timedelta
    reported_lookback: timedelta
    admin_reach_km: float
    dateline_same_place_km: float
    nearest_town_km: float
    time_factor: dict[str, float]  # exact, day, reported, week, month, year
    default_time: float
    place_factor: dict[str, float]  # precise, admin1, country, none
    chunk_size: int
    horizon: timedelta
    duckdb_memory_limit: str
    same_act_km: float
    admin2_contain_km: float  # a district-level place contains a town this close to its centre
    late_retelling_min_days: int
    late_retelling_max_days: int
    civilian_target_modes: frozenset[str]  # acts aimed at civilians or aid: no excluded group was their target
    activity_index_span: timedelta
    source_doubt: float
    dateline_max_start: int
    dateline_min_chars: int
    activity_read_pad: timedelta
    forget_horizons: int
    forget_slack: timedelta
    offset_min_km: float  # "N km west of Yei" moves an event off the town's point from this distance on
    relevance_counted: float  # [events] relevance_counted: a demoted reading below it is non-political

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> MonitorParams:
        settings = settings or default_settings()
        m = settings.monitor
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
            same_act_km=float(m.same_act_km), admin2_contain_km=float(m.admin2_contain_km),
            late_retelling_min_days=int(m.late_retelling_min_days),
            late_retelling_max_days=int(m.late_retelling_max_days), civilian_target_modes=frozenset(map(str, m.civilian_target_modes)),
            activity_index_span=timedelta(days=m.activity_index_span_days), source_doubt=float(m.source_doubt),
            dateline_max_start=int(m.dateline_max_start), dateline_min_chars=int(m.dateline_min_chars),
            activity_read_pad=timedelta(days=m.activity_read_pad_days), forget_horizons=int(m.forget_horizons),
            forget_slack=timedelta(days=m.forget_slack_days),
            offset_min_km=float(m.offset_min_km),
            relevance_counted=float(settings.events.relevance_counted),
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
