package org.lumbar.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@code docs/clinical-rules.md} and the rule book in step: one row per rule id, naming the rule's source as
 * the code gives it and a test that exists.
 */
class RuleBookDocumentTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    record Row(String id, String says, String source, String test) {
    }

    @Test
    void everyRuleHasARowNamingItsSourceAndAnExistingTest() throws IOException {
        Map<String, Row> rows = rows();
        Set<String> ids = new HashSet<>();
        for (ClinicalRule rule : RuleBook.all()) {
            assertTrue(ids.add(rule.id()), "rule id used twice: " + rule.id());
            Row row = rows.get(rule.id());
            assertTrue(row != null, "docs/clinical-rules.md has no row for " + rule.id());
            assertEquals(rule.source(), row.source(), "source of " + rule.id());
            assertTrue(row.says().length() > 10, "what " + rule.id() + " says");
            assertTestExists(rule.id(), row.test());
        }
        Set<String> stale = rows.keySet().stream().filter(id -> !ids.contains(id)).collect(Collectors.toSet());
        assertEquals(Set.of(), stale, "rows without a rule in the code");
    }

    private static void assertTestExists(String id, String reference) throws IOException {
        String[] parts = reference.replace("`", "").split("#");
        assertEquals(2, parts.length, id + ": a test is named path#method, not " + reference);
        Path file = ROOT.resolve(parts[0]);
        assertTrue(Files.isRegularFile(file), id + ": no test file " + parts[0]);
        String source = Files.readString(file);
        assertTrue(source.matches("(?s).*\\bvoid " + parts[1] + "\\(.*"), id + ": no test method " + reference);
    }

    private static Map<String, Row> rows() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("docs/clinical-rules.md"));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("\\|");
            assertEquals(4, cells.length, "a row has four cells: " + line);
            Row row = new Row(cells[0].trim().replace("`", ""), cells[1].trim(), cells[2].trim(), cells[3].trim());
            assertTrue(rows.put(row.id(), row) == null, "two rows for " + row.id());
        }
        return rows;
    }
}
