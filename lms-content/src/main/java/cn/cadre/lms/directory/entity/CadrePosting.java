package cn.cadre.lms.directory.entity;

import cn.cadre.lms.common.LmsException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.LocalDate;

/** One post a cadre held in one unit, from a date until a transfer ended it (open while current). */
@Entity
@Table(name = "cadre_posting")
public class CadrePosting {

  @Id
  @TableGenerator(
      name = "posting_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "cadre_posting",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "posting_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "cadre_id")
  private Cadre cadre;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  private String post;

  @Column(name = "started_on")
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  protected CadrePosting() {}

  public CadrePosting(Cadre cadre, Unit unit, String post, LocalDate startedOn) {
    this.cadre = cadre;
    this.unit = unit;
    this.post = post;
    this.startedOn = startedOn;
  }

  public void end(LocalDate date) {
    if (endedOn != null) {
      throw LmsException.conflict("problem.postingEnded");
    }
    if (date.isBefore(startedOn)) {
      throw LmsException.invalid("date", "field.beforePostingStart");
    }
    this.endedOn = date;
  }

  public boolean isCurrent() {
    return endedOn == null;
  }

  public Long id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  public String post() {
    return post;
  }

  public LocalDate startedOn() {
    return startedOn;
  }

  public LocalDate endedOn() {
    return endedOn;
  }
}
