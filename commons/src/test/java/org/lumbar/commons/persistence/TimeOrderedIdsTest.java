package org.lumbar.commons.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7() {
        assertThat(TimeOrderedIds.next().version()).isEqualTo(7);
    }

    /** PostgreSQL and H2 order uuid values byte by byte, which is the order of their text. */
    @Test
    void eachIdSortsAfterTheOneBeforeItAsTheDatabaseOrdersThem() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(TimeOrderedIds.next().toString());
        }
        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void idsMadeOnManyThreadsAtOnceAreDistinct() throws InterruptedException {
        List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 5_000; i++) {
                    ids.add(TimeOrderedIds.next());
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(new HashSet<>(ids)).hasSize(40_000);
    }
}
