package cn.cadre.lms.sync.inbox;

import java.time.Duration;
import java.time.LocalDateTime;

/** What the apply rules need of a group session: whose it is and how long it lasted. */
public record SessionFacts(String id, long stationId, LocalDateTime startsAt, LocalDateTime endsAt) {

  public int minutes() {
    return (int) Duration.between(startsAt, endsAt).toMinutes();
  }
}
