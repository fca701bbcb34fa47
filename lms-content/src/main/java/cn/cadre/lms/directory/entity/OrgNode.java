package cn.cadre.lms.directory.entity;

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

/** A region of the tree (city, county/district, township, village) named by its division code. */
@Entity
@Table(name = "org_node")
public class OrgNode {

  @Id
  @TableGenerator(
      name = "org_node_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "org_node",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "org_node_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgNode parent;

  @Column(name = "parent_id", insertable = false, updatable = false)
  private Long parentId;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private Tier tier;

  private String path;

  protected OrgNode() {}

  public OrgNode(OrgNode parent, String code, String name, Tier tier) {
    if (!OrgPath.isDivisionCode(code)) {
      throw new IllegalArgumentException("division code must be 6-12 digits: " + code);
    }
    if (parent == null ? !tier.canBeRoot() : parent.tier.childTier() != tier) {
      throw new IllegalArgumentException("a " + tier + " cannot sit under " + parent);
    }
    if (name == null || name.isBlank() || name.length() > 60) {
      throw new IllegalArgumentException("node name must be 1-60 characters");
    }
    this.parent = parent;
    this.code = code;
    this.name = name;
    this.tier = tier;
    this.path = parent == null ? OrgPath.require("/" + code + "/") : OrgPath.child(parent.path, code);
  }

  public Long id() {
    return id;
  }

  public OrgNode parent() {
    return parent;
  }

  public Long parentId() {
    return parentId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Tier tier() {
    return tier;
  }

  public String path() {
    return path;
  }

  @Override
  public String toString() {
    return tier + " " + code + " " + name;
  }
}
