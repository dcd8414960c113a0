"""The store's schema as numbered migrations; ``schema_version`` records which ran.

A migration runs inside one transaction with its version bump, so a store is
never half-migrated. Add a migration by appending to ``MIGRATIONS``; never edit
one that has shipped.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: articles, skipped items, events with their actors, places.
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        url VARCHAR, source VARCHAR, title VARCHAR, headlines VARCHAR[],
        published VARCHAR, published_source VARCHAR, language VARCHAR,
        origin VARCHAR, fmt VARCHAR, text VARCHAR, removed JSON, meta JSON,
        n_events INTEGER, ingested_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE skipped (
        id VARCHAR PRIMARY KEY,
        origin VARCHAR, kind VARCHAR, message VARCHAR, article_id VARCHAR,
        seen_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE events (
        id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        event VARCHAR NOT NULL, mode VARCHAR, context VARCHAR[],
        date VARCHAR, date_precision VARCHAR, date_text VARCHAR,
        trigger VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
        sentence VARCHAR, sentence_start INTEGER, event_text VARCHAR,
        negated BOOLEAN, future BOOLEAN, hypothetical BOOLEAN, claimed BOOLEAN,
        claimant VARCHAR, asserted BOOLEAN,
        confidence DOUBLE, quad_code INTEGER, cameo_root VARCHAR,
        loc_name VARCHAR, loc_geonameid BIGINT, loc_lat DOUBLE, loc_lon DOUBLE,
        loc_feature_code VARCHAR, loc_country VARCHAR, loc_admin1 VARCHAR,
        loc_precision VARCHAR, loc_rule VARCHAR,
        cluster_id VARCHAR,
        record JSON
    );
    CREATE TABLE event_actors (
        event_id VARCHAR, role VARCHAR, idx INTEGER,
        text VARCHAR, start_char INTEGER, end_char INTEGER,
        country VARCHAR, sector VARCHAR, name VARCHAR, reason VARCHAR,
        PRIMARY KEY (event_id, role, idx)
    );
    CREATE TABLE places (
        article_id VARCHAR, idx INTEGER,
        text VARCHAR, start_char INTEGER, end_char INTEGER,
        name VARCHAR, geonameid BIGINT, lat DOUBLE, lon DOUBLE, feature_code VARCHAR,
        country VARCHAR, admin1 VARCHAR, precision VARCHAR, score DOUBLE,
        PRIMARY KEY (article_id, idx)
    );
    """,
]
