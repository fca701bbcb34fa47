package cn.cadre.lms.sync.outbox;

import java.time.LocalDateTime;

/**
 * The station's sync state as its operator sees it. lastErrorKey is a message key of the UI
 * bundles (sync.error.*), lastErrorDetail the technical words that go with it.
 */
public record StationState(boolean enrolled, String stationCode, String stationName, String villagePath, String centerUrl,
    long nextSeq, long ackedSeq, long waiting, LocalDateTime lastAttemptAt, LocalDateTime lastSuccessAt,
    String lastErrorKey, String lastErrorDetail, String masterVersion, LocalDateTime nextTryAt) {}
