package org.kharita.corpus;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link EventExportTest}, on PostgreSQL/PostGIS instead of H2. */
@ExtendWith(OnPostgres.class)
class EventExportOnPostgresTest extends EventExportTest {
}
