package org.kharita.corpus;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link EventSnapshotTest}, on PostgreSQL/PostGIS instead of H2: the snapshot against PostgreSQL's SQL. */
@ExtendWith(OnPostgres.class)
class EventSnapshotOnPostgresTest extends EventSnapshotTest {
}
