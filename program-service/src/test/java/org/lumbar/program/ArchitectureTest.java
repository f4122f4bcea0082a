package org.lumbar.program;

import org.lumbar.testing.LayersContract;

class ArchitectureTest extends LayersContract {

    @Override
    protected String rootPackage() {
        return "org.lumbar.program";
    }
}
