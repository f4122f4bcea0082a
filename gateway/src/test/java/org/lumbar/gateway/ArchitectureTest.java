package org.lumbar.gateway;

import org.lumbar.testing.LayersContract;

class ArchitectureTest extends LayersContract {

    @Override
    protected String rootPackage() {
        return "org.lumbar.gateway";
    }
}
