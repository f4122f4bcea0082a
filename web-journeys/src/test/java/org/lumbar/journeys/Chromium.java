package org.lumbar.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

/**
 * The Chromium the journeys drive: Debian's ({@code apt-get install chromium}) or the one {@code LUMBAR_CHROMIUM}
 * names. Playwright's own download cannot reach its server from here, so it is never used.
 */
final class Chromium {

    static final String MISSING = "No Chromium found (looked at $LUMBAR_CHROMIUM, /usr/bin/chromium, "
            + "/usr/bin/chromium-browser, /usr/bin/google-chrome): the browser tests did NOT run. "
            + "Install it with `apt-get install chromium` (.ci/run does) and run ./mvnw verify again.";

    private Chromium() {
    }

    static Optional<Path> executable() {
        return Stream.of(System.getenv("LUMBAR_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome")
                .filter(candidate -> candidate != null && !candidate.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Skips the calling test class, loudly, where no Chromium is installed. */
    static Path required() {
        Optional<Path> executable = executable();
        if (executable.isEmpty()) {
            System.err.println("\n[web-journeys] " + MISSING + "\n");
        }
        Assumptions.assumeTrue(executable.isPresent(), MISSING);
        return executable.get();
    }

    /** Playwright with a headless Chromium; closing it closes both. */
    record Session(Playwright playwright, Browser browser) implements AutoCloseable {

        static Session start() {
            Playwright playwright = Playwright.create();
            return new Session(playwright, launch(playwright));
        }

        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(required())
                .setHeadless(true)
                // root has no sandbox here; the rest keeps a CI Chromium from phoning home
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }
}
