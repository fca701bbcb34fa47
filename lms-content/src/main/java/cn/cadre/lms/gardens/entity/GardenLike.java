package cn.cadre.lms.gardens.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/** One person's like of one post; the key (post, person) allows no second (see GardenPost#toggleLike). */
@Entity
@Table(name = "garden_like")
@IdClass(GardenLike.Key.class)
public class GardenLike {

  @Id
  @Column(name = "post_id")
  private long postId;

  @Id
  @Column(name = "person_id")
  private long personId;

  @Column(name = "garden_id")
  private long gardenId;

  @Column(name = "liked_at")
  private LocalDateTime likedAt;

  protected GardenLike() {}

  public GardenLike(GardenPost post, long personId, LocalDateTime at) {
    this.postId = post.id();
    this.personId = personId;
    this.gardenId = post.gardenId();
    this.likedAt = at;
  }

  public long postId() {
    return postId;
  }

  public long personId() {
    return personId;
  }

  public LocalDateTime likedAt() {
    return likedAt;
  }

  /** The primary key, as JPA's id class wants it (fields named like the entity's ids). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private long postId;
    private long personId;

    public Key() {}

    public Key(long postId, long personId) {
      this.postId = postId;
      this.personId = personId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.postId == postId && k.personId == personId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(postId, personId);
    }
  }
}
