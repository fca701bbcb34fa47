/**
 * The way into study tracking: {@link cn.cadre.lms.tracking.boundary.StudyTracker} opens sessions
 * (one active lesson per cadre: opening another supersedes the first);
 * {@link cn.cadre.lms.tracking.boundary.Heartbeats} holds them and judges heartbeats in memory, without
 * a transaction or an EJB call; StudyTracker writes the decisions within five seconds (a fifth of the open sessions each
 * second) and at once when a session closes,
 * and credits a closed session's time by firing
 * {@link cn.cadre.lms.tracking.control.StudyTimeVerified} in that same transaction. Decisions: a
 * node holds its own live sessions (a cluster routes each cadre to one node); sessions a stopped node
 * left open are closed at their last stored heartbeat and credited by whichever node notices first.
 */
package cn.cadre.lms.tracking.boundary;
