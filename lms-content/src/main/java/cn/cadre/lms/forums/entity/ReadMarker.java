package cn.cadre.lms.forums.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * How far one reader has read one thread: the number of the last post read. A thread whose last
 * visible post has a higher number is unread for that reader. It only moves forward.
 */
@Entity
@Table(name = "forum_read")
@IdClass(ReadMarker.Key.class)
public class ReadMarker {

  @Id
  @Column(name = "person_id")
  private long personId;

  @Id
  @Column(name = "thread_id")
  private long threadId;

  @Column(name = "last_seq")
  private int lastSeq;

  protected ReadMarker() {}

  public ReadMarker(long personId, long threadId, int lastSeq) {
    this.personId = personId;
    this.threadId = threadId;
    this.lastSeq = lastSeq;
  }

  /** Moves the marker up to {@code seq}; reading an earlier page never makes later posts unread. */
  public void readUpTo(int seq) {
    lastSeq = Math.max(lastSeq, seq);
  }

  public int lastSeq() {
    return lastSeq;
  }

  /** The composite key, reader and thread: a plain class, since JPA sets its fields by reflection. */
  public static class Key implements Serializable {
    private long personId;
    private long threadId;

    public Key() {}

    public Key(long personId, long threadId) {
      this.personId = personId;
      this.threadId = threadId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.personId == personId && k.threadId == threadId;
    }

    @Override
    public int hashCode() {
      return Long.hashCode(personId) * 31 + Long.hashCode(threadId);
    }
  }
}
