package org.lumbar.testing.fuzz;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile of its own for a fuzz test: the service is started afresh for it (and its test database cleaned), so
 * whatever the fuzz run happens to create is not seen by the module's other tests.
 */
public class IsolatedApp implements QuarkusTestProfile {
}
