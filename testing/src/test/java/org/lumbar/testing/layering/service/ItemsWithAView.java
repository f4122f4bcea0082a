package org.lumbar.testing.layering.service;

import org.lumbar.testing.layering.rest.ItemView;

public class ItemsWithAView {

    public ItemView first() {
        return new ItemView("first");
    }
}
