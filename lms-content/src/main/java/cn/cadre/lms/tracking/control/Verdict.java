package cn.cadre.lms.tracking.control;

/**
 * The server's answer to one heartbeat.
 *
 * @param seconds the server-clock seconds this heartbeat covered
 * @param counted how many of them counted
 * @param reason why (COUNTED, or the first rule that stopped the count)
 * @param lessonCounted verified seconds on the lesson so far, all sessions together
 * @param maxPosition the furthest media position reached without skipping
 * @param attentionCheck the code of an attention check to show now, or null
 */
public record Verdict(
    int seconds, int counted, Reason reason, int lessonCounted, int maxPosition, String attentionCheck) {}
