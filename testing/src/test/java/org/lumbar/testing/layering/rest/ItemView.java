package org.lumbar.testing.layering.rest;

public record ItemView(String name) {
}
