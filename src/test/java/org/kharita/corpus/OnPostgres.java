package org.kharita.corpus;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the tests of a corpus test class against PostgreSQL: a subclass of the H2 test annotated
 * {@code @ExtendWith(OnPostgres.class)} inherits every test, and {@link TestDatabase#open} hands its
 * tests a PostgreSQL database for each data folder. Skipped, with the reason, when no server answers
 * (failed instead when KHARITA_REQUIRE_POSTGRES=1).
 */
final class OnPostgres implements BeforeAllCallback, AfterAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresTestDatabase.assumeAvailable();
        // before the class's own @BeforeAll methods, which may open their database there
        TestDatabase.usePostgres(true);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        TestDatabase.usePostgres(false);
        PostgresTestDatabase.dropCreated();
    }
}
