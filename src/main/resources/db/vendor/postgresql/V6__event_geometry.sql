-- PostgreSQL only (db/vendor/postgresql, beside the migrations both databases share): each event
-- point as a PostGIS geometry with a GiST index, so that a drawn rectangle is answered by the index
-- when the database, not the in-memory snapshot, filters (exports, nodes that hold no snapshot).
-- A generated column: every writer (INSERT, COPY, a correction's rewrite) maintains it without
-- knowing it exists, and the shared SQL of the corpus store stays the same on H2.

CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE event_points
    ADD COLUMN geom geometry(Point, 4326)
        GENERATED ALWAYS AS (ST_SetSRID(ST_MakePoint(lon, lat), 4326)) STORED;

CREATE INDEX event_points_geom_gix ON event_points USING GIST (geom);
