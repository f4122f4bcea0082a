package org.lumbar.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/** What every journey does in the browser: sign in through Keycloak, check a page with axe-core, take screenshots. */
final class Browsing {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int[] PHONE = { 360, 780 };
    static final int[] DESKTOP = { 1280, 860 };

    private Browsing() {
    }

    /** Opens the app, follows "Sign in" to Keycloak's page, signs in and waits for the app's bar. */
    static void signIn(Page page, String user) {
        page.navigate(Platform.APP + "/");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.locator("#username").fill(user);
        page.locator("#password").fill(user);
        page.locator("#kc-login").click();
        PlaywrightAssertions.assertThat(page.locator("header.bar")).isVisible();
    }

    /** No serious or critical axe-core violation on what the page shows now. */
    static void accessible(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as(what + ": axe-core serious or critical violations:\n" + serious.stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
        System.out.printf("[web-journeys] axe-core: %s has no serious or critical violation (%d passes)%n", what,
                results.getPasses().size());
    }

    /**
     * Checks the page at phone and desktop sizes (axe-core, touch targets) and saves both as
     * target/screenshots/{name}-phone|desktop.png.
     */
    static void checkAndShoot(Page page, String name) {
        for (int[] size : new int[][] { PHONE, DESKTOP }) {
            page.setViewportSize(size[0], size[1]);
            page.waitForTimeout(200);
            String label = size == PHONE ? "phone" : "desktop";
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(name + "-" + label + ".png")));
            accessible(page, name + " (" + label + ")");
            targetsAreLargeEnough(page, name + " (" + label + ")");
        }
        page.setViewportSize(PHONE[0], PHONE[1]);
    }

    /** Every button and link the page shows is at least 44 px each way (WCAG 2.5.5's target size). */
    static void targetsAreLargeEnough(Page page, String what) {
        @SuppressWarnings("unchecked")
        List<String> small = (List<String>) page.evaluate("() => [...document.querySelectorAll('main button, main a.button, "
                + "header a, .choice, main input:not([type=radio]):not([type=checkbox]), main select, main summary')].filter(e => e.offsetParent !== null)"
                + ".map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width < 44 || r.height < 44)"
                + ".map(([e, r]) => (e.textContent || e.id || e.tagName).trim().slice(0, 40) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height))");
        assertThat(small).as(what + ": touch targets under 44 px").isEmpty();
    }

    static Locator button(Page page, String name) {
        return page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
    }
}
