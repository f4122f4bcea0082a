package org.lumbar.commons.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class OutagesTest {

    @Test
    void aLostOrRefusedConnectionOrAServerShuttingDownIsAnOutage() {
        assertThat(Outages.isOutage(new SQLException("Connection refused", "08001"))).isTrue();
        assertThat(Outages.isOutage(new SQLException("I/O error", "08006"))).isTrue();
        assertThat(Outages.isOutage(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(Outages.isOutage(new IllegalStateException("wrapped", new JDBCConnectionException(
                "Unable to acquire JDBC Connection", new SQLException("Connection refused", "08001"))))).isTrue();
    }

    @Test
    void aFailureOfTheEventItselfIsNot() {
        assertThat(Outages.isOutage(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(Outages.isOutage(new SQLException("no state"))).isFalse();
        assertThat(Outages.isOutage(new IllegalArgumentException("unknown exercise"))).isFalse();
    }

    @Test
    void anOutageIsWaitedOutAndTheSameWorkDoneAgain() {
        AtomicInteger attempts = new AtomicInteger();
        String result = Outages.waitOut("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new IllegalStateException(new SQLException("Connection refused", "08001"));
            }
            return "applied";
        });
        assertThat(result).isEqualTo("applied");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anyOtherFailureComesBackAtOnce() {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(() -> Outages.waitOut("test", () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("not an event this service can apply");
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(attempts).hasValue(1);
    }
}
