package org.lumbar.session;

import org.lumbar.testing.LayersContract;

class ArchitectureTest extends LayersContract {

    @Override
    protected String rootPackage() {
        return "org.lumbar.session";
    }
}
