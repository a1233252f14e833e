-- A dataset import commits its rows in chunks (one transaction for a million rows grew H2's file to
-- 9 GB before it shrank to 0.8 GB) and publishes them at the end by setting complete. Until then the
-- rows are invisible to the viewer, the fusion and the exports; a crash leaves the dataset incomplete,
-- and start-up deletes it.
ALTER TABLE datasets ADD COLUMN complete BOOLEAN DEFAULT TRUE NOT NULL;
