package cn.cadre.lms.directory.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A unit placed at a node of the tree; its cadres' paths lie under its own path. */
@Entity
@Table(name = "unit")
public class Unit {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "node_id")
  private OrgNode node;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private UnitKind kind;

  private String path;

  protected Unit() {}

  /** Units get their id first because the id is part of their path. */
  public Unit(long id, OrgNode node, String code, String name, UnitKind kind) {
    if (name == null || name.isBlank() || name.length() > 80) {
      throw new IllegalArgumentException("unit name must be 1-80 characters");
    }
    this.id = id;
    this.node = node;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.path = OrgPath.child(node.path(), "u" + id);
  }

  public Long id() {
    return id;
  }

  public OrgNode node() {
    return node;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public UnitKind kind() {
    return kind;
  }

  public String path() {
    return path;
  }
}
