package cn.cadre.lms.forums.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/** A person named as "@username" in a post, for that person's list of mentions. */
@Entity
@Table(name = "forum_mention")
public class Mention {

  @Id
  @TableGenerator(name = "forum_mention_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_mention", allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_mention_ids")
  private Long id;

  @Column(name = "post_id")
  private long postId;

  @Column(name = "person_id")
  private long personId;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected Mention() {}

  public Mention(long postId, long personId, LocalDateTime createdAt) {
    this.postId = postId;
    this.personId = personId;
    this.createdAt = createdAt;
  }

  public long postId() {
    return postId;
  }

  public long personId() {
    return personId;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
