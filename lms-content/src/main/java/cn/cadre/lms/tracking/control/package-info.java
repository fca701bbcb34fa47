/**
 * The rules of verified study time, with no server: {@link cn.cadre.lms.tracking.control.LiveSession}
 * judges each heartbeat against the server's clock (visible, recently active or video playing forward,
 * no more than the wall clock nor two intervals across a gap, no more than the lesson's length on
 * first viewing, no skipping ahead, attention checks answered) and keeps the verdicts as coalesced
 * segments; {@link cn.cadre.lms.tracking.control.StudyStore} writes them with JDBC batches.
 * Decisions: the server's clock is the only clock that counts (the player's is used only to refuse
 * heartbeats from its own future or out of order); a refused heartbeat changes nothing.
 */
package cn.cadre.lms.tracking.control;
