package org.lumbar.testing;

/** Screening answers of a patient with nothing to review: no red flag, no chronic or severe pain, no fall. */
public final class ScreeningAnswers {

    /** The body of {@code POST /screenings}. */
    public static final String ALL_NO = "{\"redFlags\":[],\"chronicOrSevere\":false,\"recentFallOrSurgery\":false}";

    /** The same answers as a member of a program request: {@code {"templateId":"…", } + IN_A_PROGRAM + {@code }}. */
    public static final String IN_A_PROGRAM = "\"screening\":" + ALL_NO;

    /** A program request for a template, with the screening answers. */
    public static String programFrom(String templateId) {
        return "{\"templateId\":\"" + templateId + "\"," + IN_A_PROGRAM + "}";
    }

    private ScreeningAnswers() {
    }
}
