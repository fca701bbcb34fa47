package cn.cadre.lms.gardens.entity;

import static cn.cadre.lms.gardens.entity.Fields.text;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A member's post in a garden: a reflection, a reading list or a shared resource. Each kind keeps
 * only its own fields ({@link #write}). Only its author edits it; its author or a keeper removes it;
 * only a keeper features a reflection (精华), which then shows first.
 */
@Entity
@Table(name = "garden_post")
public class GardenPost {

  public static final int MAX_TITLE = 120;
  public static final int MAX_ITEMS = 50;

  @Id
  @TableGenerator(name = "garden_post_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "garden_post", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "garden_post_ids")
  private Long id;

  @Column(name = "garden_id")
  private Long gardenId;

  @Enumerated(EnumType.STRING)
  private PostKind kind;

  @Column(name = "author_id")
  private long authorId;

  private String title;
  private String body;

  @Column(name = "course_id")
  private Long courseId;

  private String url;

  @Column(name = "media_id")
  private String mediaId;

  private boolean featured;

  @Column(name = "featured_at")
  private LocalDateTime featuredAt;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @Column(name = "updated_at")
  private LocalDateTime updatedAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "garden_reading_item", joinColumns = @JoinColumn(name = "post_id"))
  @OrderColumn(name = "position")
  private List<ReadingItem> items = new ArrayList<>();

  protected GardenPost() {}

  /** A new post by a member of the garden; refused (403) for anyone else who reads it. */
  public GardenPost(Garden garden, Standing author, PostKind kind, PostContent content, LocalDateTime at) {
    garden.requirePoster(author);
    if (kind == null) {
      throw LmsException.invalid("kind", "field.required");
    }
    this.gardenId = garden.id();
    this.kind = kind;
    this.authorId = author.personId();
    this.createdAt = at;
    write(content, at);
  }

  /** The author's edit; the kind stays, and a resource keeps its file. */
  public void revise(Standing s, PostContent content, LocalDateTime at) {
    if (s.personId() != authorId) {
      throw new LmsException(403, "garden.notAuthor", List.of());
    }
    write(content, at);
  }

  /** A title is plain text of 1 to {@value #MAX_TITLE} characters. */
  public static String requireTitle(String title) {
    return text(title, MAX_TITLE, "title");
  }

  private void write(PostContent c, LocalDateTime at) {
    this.title = requireTitle(c.title());
    this.body = c.safeBody();
    this.courseId = null;
    this.url = null;
    List<ReadingItem> entries = List.of();
    switch (kind) {
      case REFLECTION -> {
        if (body == null) {
          throw LmsException.invalid("body", "field.required");
        }
        this.courseId = c.courseId();
      }
      case READING_LIST -> {
        if (c.items().isEmpty()) {
          throw LmsException.invalid("items", "field.required");
        }
        if (c.items().size() > MAX_ITEMS) {
          throw LmsException.invalid("items", "field.tooLarge", MAX_ITEMS);
        }
        entries = c.items();
      }
      case RESOURCE -> {
        String file = c.mediaId() != null ? c.mediaId() : mediaId;
        String link = Fields.optionalWebLink(c.url(), "url");
        if ((file == null) == (link == null)) {
          throw LmsException.invalid("url", file == null ? "garden.linkOrFile" : "garden.fileAlreadyShared");
        }
        this.mediaId = file;
        this.url = link;
      }
    }
    items.clear();
    items.addAll(entries);
    this.updatedAt = at;
  }

  /** Author or keeper; anyone else who reads the garden is refused with the reason. */
  public void requireRemover(Standing s) {
    if (s.personId() != authorId && !s.manages()) {
      throw new LmsException(403, "garden.notAuthor", List.of());
    }
  }

  /** Marks (or unmarks) a reflection as one of the garden's best; keepers only. */
  public void feature(Standing s, boolean on, LocalDateTime at) {
    if (!s.manages()) {
      throw new LmsException(403, "garden.notKeeper", List.of());
    }
    if (kind != PostKind.REFLECTION) {
      throw LmsException.conflict("garden.onlyReflections");
    }
    featured = on;
    featuredAt = on ? at : null;
  }

  /**
   * The caller's like after a toggle: one like per person, a second press takes it back. Liking
   * one's own post is refused, so the count says what others think.
   */
  public boolean toggleLike(Standing s, boolean likedNow) {
    if (s.personId() == authorId) {
      throw LmsException.conflict("garden.ownPost");
    }
    return !likedNow;
  }

  public Long id() {
    return id;
  }

  public Long gardenId() {
    return gardenId;
  }

  public PostKind kind() {
    return kind;
  }

  public long authorId() {
    return authorId;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public Long courseId() {
    return courseId;
  }

  public String url() {
    return url;
  }

  public String mediaId() {
    return mediaId;
  }

  public boolean featured() {
    return featured;
  }

  public LocalDateTime featuredAt() {
    return featuredAt;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public LocalDateTime updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public List<ReadingItem> items() {
    return Collections.unmodifiableList(items);
  }
}
