package cn.cadre.lms.gardens.entity;

import static cn.cadre.lms.gardens.entity.Fields.text;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A study garden: a learning space for an audience (see {@link GardenAudience}). Who reads, posts
 * and keeps it follows from the caller's {@link Standing}, never from a list of members: a cadre
 * who joins the unit or enrols in the course is a member at once, one who leaves is not.
 */
@Entity
@Table(name = "garden")
public class Garden {

  public static final int MAX_NAME = 80;
  public static final int MAX_DESCRIPTION = 500;

  @Id
  @TableGenerator(name = "garden_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "garden", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "garden_ids")
  private Long id;

  @Enumerated(EnumType.STRING)
  private GardenKind kind;

  private String name;
  private String description;

  // the audience path, named "path" like every scoped table so Scope#where filters it
  private String path;

  @Column(name = "group_name")
  private String group;

  @Column(name = "county_code")
  private String countyCode;

  @Column(name = "ref_id")
  private Long refId;

  @Column(name = "opened_by")
  private long openedBy;

  @Column(name = "opened_at")
  private LocalDateTime openedAt;

  @Version private long version;

  protected Garden() {}

  public Garden(GardenKind kind, String name, String description, GardenAudience audience, long openedBy,
      LocalDateTime openedAt) {
    if (kind == null) {
      throw LmsException.invalid("kind", "field.required");
    }
    this.kind = kind;
    this.name = requireName(name);
    this.description = description == null ? "" : description.strip();
    if (this.description.length() > MAX_DESCRIPTION) {
      throw LmsException.invalid("description", "field.tooLong", MAX_DESCRIPTION);
    }
    this.path = audience.path();
    this.group = audience.group();
    this.countyCode = audience.countyCode();
    this.refId = audience.refId();
    this.openedBy = openedBy;
    this.openedAt = openedAt;
  }

  /** A name is plain text of 1 to {@value #MAX_NAME} characters. */
  public static String requireName(String name) {
    return text(name, MAX_NAME, "name");
  }

  /** An id outside what the caller sees answers like an unknown one. */
  public void requireReader(Standing s) {
    if (!s.reads()) {
      throw LmsException.notFound("garden");
    }
  }

  /** Only members post: a keeper or reader who is not one is told why (403), not misled by a 404. */
  public void requirePoster(Standing s) {
    requireReader(s);
    if (!s.member()) {
      throw new LmsException(403, "garden.notMember", List.of());
    }
  }

  public Long id() {
    return id;
  }

  public GardenKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  public GardenAudience audience() {
    return new GardenAudience(path, group, countyCode, refId);
  }

  public String path() {
    return path;
  }

  public String group() {
    return group;
  }

  public String countyCode() {
    return countyCode;
  }

  public Long refId() {
    return refId;
  }

  public long openedBy() {
    return openedBy;
  }

  public LocalDateTime openedAt() {
    return openedAt;
  }
}
