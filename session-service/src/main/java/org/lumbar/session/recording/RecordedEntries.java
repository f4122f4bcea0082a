package org.lumbar.session.recording;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.lumbar.session.domain.PainReport;
import org.lumbar.session.domain.SessionNote;
import org.lumbar.session.domain.SessionSet;

/**
 * Which client ids a session may have recorded already, so an entry sent again is answered as it was. A live call
 * asks the database for its one id; an upload of hundreds of entries loads the session's entries once (into the
 * persistence context, where the later lookups find them) or, for a session that is new, knows there are none.
 */
public final class RecordedEntries {

    static final RecordedEntries ASK_DATABASE = new RecordedEntries(null);
    public static final RecordedEntries NONE = new RecordedEntries(Set.of());

    private final Set<UUID> ids;

    private RecordedEntries(Set<UUID> ids) {
        this.ids = ids;
    }

    public static RecordedEntries of(UUID sessionId) {
        Set<UUID> ids = new HashSet<>();
        SessionSet.ofSession(sessionId).forEach(set -> ids.add(set.id));
        PainReport.ofSession(sessionId).forEach(pain -> ids.add(pain.id));
        SessionNote.ofSession(sessionId).forEach(note -> ids.add(note.id));
        return new RecordedEntries(ids);
    }

    /** False only when the id is certainly new to this session (it may still be used by another: 409 on insert). */
    boolean mayContain(UUID id) {
        return id != null && (ids == null || ids.contains(id));
    }
}
