package cn.cadre.lms.sync.outbox;

import java.time.LocalDateTime;

/** The station's own identity and sync state, the one row of sync_self. */
public record SelfRow(String centerUrl, long stationId, String stationCode, String stationName, String villagePath,
    String keyId, String privateKey, long nextSeq, long ackedSeq, String masterVersion, long pullNonce,
    LocalDateTime lastAttemptAt, LocalDateTime lastSuccessAt, String lastError) {}
