package org.kharita.corpus;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link GdeltImportTest}, on PostgreSQL/PostGIS instead of H2. */
@ExtendWith(OnPostgres.class)
class GdeltImportOnPostgresTest extends GdeltImportTest {
}
