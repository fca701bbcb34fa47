package cn.cadre.lms.gardens.entity;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDateTime;

/** A reader's comment on a post: plain text or light HTML, sanitised before it gets here. */
@Entity
@Table(name = "garden_comment")
public class GardenComment {

  /** The limit on what the reader types; the stored, sanitised form may be longer by its escapes. */
  public static final int MAX_BODY = 2000;

  @Id
  @TableGenerator(name = "garden_comment_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "garden_comment", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "garden_comment_ids")
  private Long id;

  @Column(name = "garden_id")
  private Long gardenId;

  @Column(name = "post_id")
  private Long postId;

  @Column(name = "author_id")
  private long authorId;

  private String body;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  protected GardenComment() {}

  /** Anyone who reads the garden may comment, keepers included; {@code safeBody} null means no text. */
  public GardenComment(GardenPost post, Standing s, String safeBody, LocalDateTime at) {
    if (!s.reads()) {
      throw LmsException.notFound("gardenPost");
    }
    if (safeBody == null) {
      throw LmsException.invalid("body", "field.required");
    }
    this.gardenId = post.gardenId();
    this.postId = post.id();
    this.authorId = s.personId();
    this.body = safeBody;
    this.createdAt = at;
  }

  public Long id() {
    return id;
  }

  public Long gardenId() {
    return gardenId;
  }

  public Long postId() {
    return postId;
  }

  public long authorId() {
    return authorId;
  }

  public String body() {
    return body;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }
}
