package cn.cadre.lms.sync.inbox;

import cn.cadre.lms.sync.protocol.Outcome;

/** One record's result in the center's answer to a batch. */
public record RecordResult(long seq, String id, Outcome result, String reason, String detail) {}
