package cn.cadre.lms.tracking.control;

/**
 * One heartbeat as the lesson player reports it. The server trusts none of it blindly: the numbers
 * are checked against the session's own history and the server's clock.
 *
 * @param seq 1, 2, 3... per session; a number already seen is a replay
 * @param sentAtMillis the client's clock when sent (epoch ms); compared with the offset seen at start
 * @param visible the page stayed visible throughout the interval since the last heartbeat
 * @param idleSeconds seconds since the last keyboard, mouse, touch or scroll event
 * @param position the media position in seconds, for video lessons; null otherwise
 * @param playing the media is playing
 * @param attentionAnswer the code of the attention check the cadre answered, if any
 */
public record Beat(
    int seq, long sentAtMillis, boolean visible, int idleSeconds, Double position, boolean playing,
    String attentionAnswer) {}
