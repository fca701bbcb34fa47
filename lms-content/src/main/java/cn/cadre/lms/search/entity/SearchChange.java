package cn.cadre.lms.search.entity;

import cn.cadre.lms.search.control.SearchKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.util.Objects;

/**
 * One row of the change table: "this item of this kind changed", written in the transaction that
 * changed it. The time is left to the database's default, so every node reads one clock.
 */
@Entity
@Table(name = "search_change")
public class SearchChange {

  @Id
  @TableGenerator(name = "search_change_ids", table = "id_sequence", pkColumnName = "name",
      valueColumnName = "next_value", pkColumnValue = "search_change", allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "search_change_ids")
  private Long id;

  @Enumerated(EnumType.STRING)
  private SearchKind kind;

  @Column(name = "item_id")
  private long itemId;

  protected SearchChange() {}

  public SearchChange(SearchKind kind, long itemId) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.itemId = itemId;
  }

  public Long id() {
    return id;
  }

  public SearchKind kind() {
    return kind;
  }

  public long itemId() {
    return itemId;
  }
}
