package org.lumbar.clinical.pain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The words a patient reads for each pain rule ({@code answers.properties} beside this class). */
public final class PainAnswers {

    private static final Properties TEXTS = load();

    private PainAnswers() {
    }

    /**
     * @param modificationSlug the easier variant offered, or null when the exercise has none
     */
    public static String text(PainRule rule, String modificationSlug, String modificationName) {
        if (rule.action == PainAction.MODIFY && modificationSlug == null) {
            return TEXTS.getProperty(rule.id() + ".no-modification");
        }
        String text = TEXTS.getProperty(rule.id());
        if (modificationSlug != null) {
            text = text.replace("{modification}", modificationSlug)
                    .replace("{modificationName}", modificationName == null ? modificationSlug : modificationName);
        }
        return text;
    }

    private static Properties load() {
        Properties texts = new Properties();
        try (InputStream in = PainAnswers.class.getResourceAsStream("answers.properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
