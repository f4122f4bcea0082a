package org.lumbar.session.stream;

import java.util.UUID;

/** One change of a session, as pushed to those following it live (kind: started, set, pain, note, completed, abandoned). */
public record SessionChange(UUID sessionId, String kind, Object data) {
}
