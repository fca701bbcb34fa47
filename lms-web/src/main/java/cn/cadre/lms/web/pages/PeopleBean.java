package cn.cadre.lms.web.pages;

import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.CadreQuery;
import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The people list: search by name, filter by unit, rank and status, one page at a time. */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

  @Inject Directory directory;
  @Inject CurrentActor current;
  @Inject UnitChoices units;

  private String text;
  private Long unitId;
  private String unitLabel;

  private Rank rank;
  private CadreStatus status;

  private final LazyDataModel<CadreCard> model =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) directory.search(current.get(), query(0, 1)).total();
        }

        @Override
        public List<CadreCard> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          return directory.search(current.get(), query(first / Math.max(pageSize, 1), pageSize)).items();
        }

        @Override
        public String getRowKey(CadreCard c) {
          return String.valueOf(c.id());
        }

        @Override
        public CadreCard getRowData(String key) {
          return null;
        }
      };

  /** The chosen unit as the autocomplete shows it; empty clears the filter. */
  public String getUnitText() {
    if (unitId != null && unitLabel == null) {
      try {
        var unit = directory.unit(current.get(), unitId);
        unitLabel = UnitChoices.label(unit);
      } catch (cn.cadre.lms.common.LmsException e) {
        unitId = null;
        PageMessages.show("filters", e);
      }
    }
    return unitLabel;
  }

  public void setUnitText(String text) {
    if (text == null || text.isBlank()) {
      unitId = null;
      unitLabel = null;
      return;
    }
    units.chosen(text).ifPresent(u -> {
      unitId = u.id();
      unitLabel = UnitChoices.label(u);
    });
  }

  private CadreQuery query(int page, int size) {
    return new CadreQuery(text, unitId, null, rank, status, page, size);
  }

  public LazyDataModel<CadreCard> getModel() {
    return model;
  }

  public Rank[] getRanks() {
    return Rank.values();
  }

  public CadreStatus[] getStatuses() {
    return CadreStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Rank getRank() {
    return rank;
  }

  public void setRank(Rank rank) {
    this.rank = rank;
  }

  public CadreStatus getStatus() {
    return status;
  }

  public void setStatus(CadreStatus status) {
    this.status = status;
  }
}
