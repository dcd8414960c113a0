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
    # 2: dedup: copy-detection index, copy links, event clusters and their conflicting claims.
    """
    CREATE TABLE dedup_articles (
        article_id VARCHAR PRIMARY KEY,
        source VARCHAR, published_utc VARCHAR, text_hash VARCHAR,
        n_sentences INTEGER, minhash BLOB, credit VARCHAR
    );
    CREATE TABLE dedup_sentences (fp BIGINT, article_id VARCHAR, idx INTEGER);
    CREATE INDEX dedup_sentences_fp ON dedup_sentences (fp);
    CREATE TABLE article_copies (
        article_id VARCHAR, original_id VARCHAR,
        containment DOUBLE, coverage DOUBLE, matched INTEGER, method VARCHAR,
        PRIMARY KEY (article_id, original_id)
    );
    CREATE VIEW copied_articles AS
        SELECT article_id, sum(containment) AS copied_share, count(*) AS n_originals
        FROM article_copies GROUP BY article_id HAVING sum(containment) >= 0.5;
    CREATE VIEW article_originals AS
        SELECT * FROM article_copies
        WHERE original_id NOT IN (SELECT article_id FROM copied_articles);
    CREATE TABLE clusters (
        cluster_id VARCHAR, event VARCHAR, first_date VARCHAR, last_date VARCHAR,
        n_reports INTEGER, n_articles INTEGER, n_independent_sources INTEGER,
        loc_name VARCHAR, loc_lat DOUBLE, loc_lon DOUBLE, loc_country VARCHAR,
        actors VARCHAR[], recipients VARCHAR[], sources VARCHAR[]
    );
    CREATE INDEX clusters_id ON clusters (cluster_id);
    CREATE TABLE cluster_claims (
        cluster_id VARCHAR, attribute VARCHAR, value VARCHAR,
        claimant VARCHAR, article_id VARCHAR, event_id VARCHAR
    );
    CREATE INDEX cluster_claims_id ON cluster_claims (cluster_id);
    CREATE VIEW cluster_conflicts AS
        SELECT cluster_id, attribute, list(DISTINCT value ORDER BY value) AS alternatives
        FROM cluster_claims GROUP BY cluster_id, attribute HAVING count(DISTINCT value) > 1;
    CREATE VIEW incidents AS
        SELECT c.*, coalesce(k.n_conflicts, 0) > 0 AS contested,
               coalesce(k.attributes, []) AS contested_attributes
        FROM clusters c LEFT JOIN (
            SELECT cluster_id, count(*) AS n_conflicts, list(attribute ORDER BY attribute) AS attributes
            FROM cluster_conflicts GROUP BY cluster_id) k USING (cluster_id);
    """,
    # 3: analysts' reviews of verdicts (truce.reviews), append-only. A review names the reports it judged by
    # their stable evidence keys (article id + trigger offset), not only by the volatile cluster id, so it
    # finds its incident again after re-ingest, re-coding or re-clustering.
    """
    CREATE TABLE reviews (
        id VARCHAR PRIMARY KEY,
        truce VARCHAR NOT NULL, incident VARCHAR, event_ids VARCHAR[], evidence VARCHAR[],
        machine_verdict VARCHAR, decision VARCHAR NOT NULL, verdict VARCHAR,
        note VARCHAR, reviewer VARCHAR NOT NULL,
        created_at TIMESTAMP DEFAULT current_timestamp
    );
    """,
    # 4 (cluster engineer): the clustering index. One row per clusterable report with what
    # clustering compares (type, date interval in day ordinals, place, actors, signal values),
    # so candidates are fetched by type and day range without joining events and articles;
    # the links between reports that clustering found (its connected components are
    # re-clustered when a batch touches them); each article's publication as written (the
    # clock a copy's relative dates are read on).
    """
    CREATE TABLE dedup_reports (
        event_id VARCHAR PRIMARY KEY,
        article_id VARCHAR NOT NULL,
        event VARCHAR NOT NULL, mode VARCHAR,
        day_lo INTEGER, day_hi INTEGER, minute BIGINT,
        basis VARCHAR, precision VARCHAR, own_date VARCHAR, date VARCHAR, date_text VARCHAR, ref_day VARCHAR,
        precise BOOLEAN, lat DOUBLE, lon DOUBLE, place VARCHAR, loc_name VARCHAR, country VARCHAR,
        actors VARCHAR[], recipients VARCHAR[], signals VARCHAR[], tokens VARCHAR[],
        trigger VARCHAR, sentence VARCHAR, claimant VARCHAR,
        figures STRUCT(attribute VARCHAR, value VARCHAR)[],
        copy_of VARCHAR, clock VARCHAR, cluster_id VARCHAR
    );
    CREATE TABLE dedup_links (a VARCHAR, b VARCHAR, strength INTEGER, evidence VARCHAR[]);
    ALTER TABLE dedup_articles ADD COLUMN published VARCHAR;
    """,
]
