package org.lumbar.session.service;

import java.util.List;
import java.util.stream.Collectors;

import org.lumbar.clinical.pain.BodyRegion;
import org.lumbar.clinical.pain.PainReport;
import org.lumbar.clinical.pain.Quality;
import org.lumbar.clinical.pain.RedFlag;
import org.lumbar.clinical.pain.Timing;

/** Turns the API's codes into the rule book's report; the request is already validated against the same codes. */
final class PainReports {

    private PainReports() {
    }

    static PainReport toRules(int score, String timing, String quality, String location, List<String> redFlags,
            String exercise, boolean flareUp) {
        return new PainReport(score, Timing.ofCode(timing).orElseThrow(),
                quality == null ? null : Quality.ofCode(quality).orElseThrow(),
                location == null ? null : BodyRegion.ofCode(location).orElseThrow(),
                redFlags.stream().map(code -> RedFlag.ofCode(code).orElseThrow()).collect(Collectors.toSet()),
                exercise, flareUp);
    }
}
