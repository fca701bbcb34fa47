package cn.cadre.lms.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A role held at a node: the node's path is where the role reaches. */
@Entity
@Table(name = "role_grant")
public class RoleGrant {

  @Id
  @TableGenerator(
      name = "grant_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "role_grant",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "grant_ids")
  private Long id;

  @ManyToOne
  @JoinColumn(name = "person_id")
  private Person person;

  @Enumerated(EnumType.STRING)
  @Column(name = "role_name")
  private Role role;

  @Column(name = "scope_path")
  private String scopePath;

  protected RoleGrant() {}

  RoleGrant(Person person, Role role, String scopePath) {
    this.person = person;
    this.role = role;
    this.scopePath = scopePath;
  }

  void moveTo(String path) {
    this.scopePath = OrgPath.require(path);
  }

  boolean sameAs(RoleGrant other) {
    return role == other.role && scopePath.equals(other.scopePath);
  }

  public Role role() {
    return role;
  }

  public String scopePath() {
    return scopePath;
  }
}
