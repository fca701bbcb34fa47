package cn.cadre.lms.directory.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A receiving station or information point, attached to a village. */
@Entity
@Table(name = "station")
public class Station {

  @Id private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "village_id")
  private OrgNode village;

  private String code;
  private String name;

  @Enumerated(EnumType.STRING)
  private StationKind kind;

  private String path;

  protected Station() {}

  public Station(long id, OrgNode village, String code, String name, StationKind kind) {
    if (village.tier() != Tier.VILLAGE) {
      throw new IllegalArgumentException("stations attach to villages, not to " + village);
    }
    this.id = id;
    this.village = village;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.path = OrgPath.child(village.path(), "s" + id);
  }

  public Long id() {
    return id;
  }

  public OrgNode village() {
    return village;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public StationKind kind() {
    return kind;
  }

  public String path() {
    return path;
  }
}
