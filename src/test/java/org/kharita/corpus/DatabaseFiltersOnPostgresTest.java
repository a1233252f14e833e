package org.kharita.corpus;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link DatabaseFiltersTest} on PostgreSQL/PostGIS: clusters summed by PostgreSQL, the rectangle by GiST. */
@ExtendWith(OnPostgres.class)
class DatabaseFiltersOnPostgresTest extends DatabaseFiltersTest {
}
