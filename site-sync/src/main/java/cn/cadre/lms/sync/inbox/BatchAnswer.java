package cn.cadre.lms.sync.inbox;

import java.util.List;

/** The center's answer to an applied batch: each record's result and the new high-water mark. */
public record BatchAnswer(long highWater, int applied, int duplicates, int quarantined, List<RecordResult> results) {}
