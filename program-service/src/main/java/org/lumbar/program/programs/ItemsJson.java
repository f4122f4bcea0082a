package org.lumbar.program.programs;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lumbar.contracts.program.ProgramItem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Program items as stored in a version row. */
@ApplicationScoped
public class ItemsJson {

    private static final TypeReference<List<ProgramItem>> ITEMS = new TypeReference<>() {
    };

    private final ObjectMapper json;

    public ItemsJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(List<ProgramItem> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ProgramItem> read(String items) {
        try {
            return List.copyOf(json.readValue(items, ITEMS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored program items are not readable", e);
        }
    }
}
