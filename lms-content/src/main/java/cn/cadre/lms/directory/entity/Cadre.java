package cn.cadre.lms.directory.entity;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A cadre's current record. Moving to another unit goes through {@link #transferTo}, which ends the
 * current posting and starts a new one, so the cadre's history is kept in {@link CadrePosting}s.
 */
@Entity
@Table(name = "cadre")
public class Cadre {

  public static final int MAX_NAME = 40;
  public static final int MAX_POST = 60;

  @Id
  @TableGenerator(
      name = "cadre_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "cadre",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cadre_ids")
  private Long id;

  private String name;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Column(name = "unit_id", insertable = false, updatable = false)
  private Long unitId;

  private String post;

  @Enumerated(EnumType.STRING)
  @Column(name = "cadre_rank")
  private Rank rank;

  @Enumerated(EnumType.STRING)
  private Authority authority;

  @Enumerated(EnumType.STRING)
  private CadreStatus status;

  private String path;

  @Version private long version;

  protected Cadre() {}

  public Cadre(
      String name, Gender gender, Unit unit, String post, Rank rank, Authority authority) {
    this.name = text(name, MAX_NAME, "name");
    this.gender = required(gender, "gender");
    this.unit = required(unit, "unit");
    this.unitId = unit.id();
    this.post = text(post, MAX_POST, "post");
    this.rank = required(rank, "rank");
    this.authority = required(authority, "authority");
    this.status = CadreStatus.SERVING;
    this.path = unit.path();
  }

  /** Ends the current posting on {@code date} and starts one at {@code target}. */
  public CadrePosting transferTo(Unit target, String newPost, LocalDate date) {
    if (status != CadreStatus.SERVING) {
      throw LmsException.conflict("problem.notServing");
    }
    if (target.id().equals(unitId)) {
      throw LmsException.invalid("unitId", "field.sameUnit");
    }
    this.unit = target;
    this.unitId = target.id();
    this.post = text(newPost, MAX_POST, "post");
    this.path = target.path();
    return new CadrePosting(this, target, this.post, date);
  }

  public void correct(String name, Gender gender, String post, Rank rank, Authority authority) {
    this.name = text(name, MAX_NAME, "name");
    this.gender = required(gender, "gender");
    this.post = text(post, MAX_POST, "post");
    this.rank = required(rank, "rank");
    this.authority = required(authority, "authority");
  }

  public void changeStatus(CadreStatus newStatus) {
    this.status = required(newStatus, "status");
  }

  private static String text(String value, int max, String field) {
    return cn.cadre.lms.common.FieldChecks.text(value, max, field);
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw LmsException.invalid(field, "field.required");
    }
    return value;
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Gender gender() {
    return gender;
  }

  public Unit unit() {
    return unit;
  }

  public Long unitId() {
    return unitId;
  }

  public String post() {
    return post;
  }

  public Rank rank() {
    return rank;
  }

  public Authority authority() {
    return authority;
  }

  public CadreStatus status() {
    return status;
  }

  public String path() {
    return path;
  }

  public long version() {
    return version;
  }
}
