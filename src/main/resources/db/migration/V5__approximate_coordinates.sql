-- How far off a mention's place point may be when the gazetteer's point is coarse (a village placed at
-- its district seat); NULL when the point is the place. The viewer draws such events as approximate.
ALTER TABLE mentions ADD COLUMN coordinate_km DOUBLE PRECISION;
