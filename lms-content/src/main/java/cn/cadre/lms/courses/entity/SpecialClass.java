package cn.cadre.lms.courses.entity;

import static cn.cadre.lms.courses.entity.Checks.required;
import static cn.cadre.lms.courses.entity.Checks.text;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A special online class (专题班): a named group of cadres with a study period. */
@Entity
@Table(name = "special_class")
public class SpecialClass {

  public static final int MAX_NAME = 80;
  public static final int MAX_MEMBERS = 5_000;

  @Id
  @TableGenerator(name = "special_class_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "special_class", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "special_class_ids")
  private Long id;

  private String name;

  @Column(name = "owner_path")
  private String ownerPath;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @ElementCollection
  @CollectionTable(name = "special_class_member", joinColumns = @JoinColumn(name = "class_id"))
  @Column(name = "cadre_id")
  private Set<Long> members = new TreeSet<>();

  @Version private long version;

  protected SpecialClass() {}

  public SpecialClass(String name, String ownerPath, LocalDate startsOn, LocalDate endsOn,
      Collection<Long> members) {
    this.name = text(name, MAX_NAME, "name");
    this.ownerPath = ownerPath;
    this.startsOn = required(startsOn, "startsOn");
    this.endsOn = required(endsOn, "endsOn");
    if (endsOn.isBefore(startsOn)) {
      throw LmsException.invalid("endsOn", "field.beforeStart");
    }
    if (required(members, "members").isEmpty()) {
      throw LmsException.invalid("members", "field.required");
    }
    if (members.size() > MAX_MEMBERS) {
      throw LmsException.invalid("members", "field.tooLarge", MAX_MEMBERS);
    }
    this.members.addAll(members);
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String ownerPath() {
    return ownerPath;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Set<Long> members() {
    return java.util.Collections.unmodifiableSet(members);
  }
}
