package org.lumbar.session.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The words patients read after a pain report; they live in {@code guidance/pain-guidance.json}. */
@ApplicationScoped
public class GuidanceTexts {

    private final Map<String, String> texts;

    public GuidanceTexts(ObjectMapper json) {
        try (InputStream in = GuidanceTexts.class.getResourceAsStream("/guidance/pain-guidance.json")) {
            this.texts = json.readValue(in, new TypeReference<Map<String, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String message(PainGuidance.Action action, String modificationSlug, String modificationName) {
        return switch (action) {
            case CONTINUE -> texts.get("continue");
            case STOP_SEE_CLINICIAN -> texts.get("stopSeeClinician");
            case MODIFY -> modificationSlug == null ? texts.get("modifyWithoutAlternative")
                    : texts.get("modify").replace("{modification}", modificationSlug)
                            .replace("{modificationName}", modificationName);
        };
    }
}
