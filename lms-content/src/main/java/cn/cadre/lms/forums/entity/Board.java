package cn.cadre.lms.forums.entity;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.OrgPath;
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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A board of the forums. Its audience path and optional group decide who reads it, by the same
 * rule as the search (see {@code search.control.Visibility}); staff whose scope covers the audience
 * and the moderators named here moderate it.
 */
@Entity
@Table(name = "forum_board")
public class Board {

  public static final int MAX_NAME = 80;
  public static final int MAX_DESCRIPTION = 500;
  public static final int MAX_MODERATORS = 20;

  @Id
  @TableGenerator(name = "forum_board_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "forum_board", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "forum_board_ids")
  private Long id;

  @Enumerated(EnumType.STRING)
  private BoardKind kind;

  private String name;
  private String description;

  @Column(name = "audience_path")
  private String audiencePath;

  @Column(name = "group_name")
  private String groupName;

  @Column(name = "course_id")
  private Long courseId;

  @Column(name = "class_id")
  private Long classId;

  @Column(name = "county_code")
  private String countyCode;

  @Column(name = "created_by")
  private long createdBy;

  @Column(name = "created_at")
  private LocalDateTime createdAt;

  @ElementCollection
  @CollectionTable(name = "forum_board_moderator", joinColumns = @JoinColumn(name = "board_id"))
  @Column(name = "person_id")
  private Set<Long> moderators = new TreeSet<>();

  @Version private long version;

  protected Board() {}

  /**
   * @param groupName a group the cadre must belong to (a special class's "class:ID"), or null
   * @param courseId the course of a COURSE board, classId the class of a SPECIAL_CLASS board
   */
  public Board(BoardKind kind, String name, String description, String audiencePath, String groupName,
      Long courseId, Long classId, String countyCode, long createdBy, LocalDateTime createdAt) {
    if (kind == null) {
      throw LmsException.invalid("kind", "field.required");
    }
    if (!OrgPath.isValid(audiencePath)) {
      throw LmsException.invalid("path", "field.invalid");
    }
    if ((kind == BoardKind.COURSE) != (courseId != null) || (kind == BoardKind.SPECIAL_CLASS) != (classId != null)) {
      throw new IllegalArgumentException("a course board names its course, a class board its class");
    }
    this.kind = kind;
    this.audiencePath = audiencePath;
    this.groupName = groupName;
    this.courseId = courseId;
    this.classId = classId;
    this.countyCode = countyCode;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    describe(name, description);
  }

  public void describe(String name, String description) {
    this.name = Fields.text(name, MAX_NAME, "name");
    this.description = Fields.optionalText(description, MAX_DESCRIPTION, "description");
  }

  /** Replaces the named moderators (person ids, already resolved from usernames). */
  public void nameModerators(Collection<Long> personIds) {
    if (personIds.size() > MAX_MODERATORS) {
      throw LmsException.invalid("moderators", "field.tooMany", MAX_MODERATORS);
    }
    moderators.clear();
    moderators.addAll(personIds);
  }

  public Long id() {
    return id;
  }

  public BoardKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public String audiencePath() {
    return audiencePath;
  }

  /** The groups a cadre must belong to (one of them); empty when the audience path alone decides. */
  public Set<String> groups() {
    return groupName == null ? Set.of() : Set.of(groupName);
  }

  public Long courseId() {
    return courseId;
  }

  public Long classId() {
    return classId;
  }

  public String countyCode() {
    return countyCode;
  }

  public long createdBy() {
    return createdBy;
  }

  public LocalDateTime createdAt() {
    return createdAt;
  }

  public Set<Long> moderators() {
    return Collections.unmodifiableSet(moderators);
  }
}
