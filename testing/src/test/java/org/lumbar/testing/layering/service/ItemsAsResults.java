package org.lumbar.testing.layering.service;

import java.util.List;

public class ItemsAsResults {

    public List<String> all() {
        return List.of("first");
    }
}
