package org.lumbar.analytics;

import org.lumbar.testing.LayersContract;

class ArchitectureTest extends LayersContract {

    @Override
    protected String rootPackage() {
        return "org.lumbar.analytics";
    }
}
