package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Page;
import cn.cadre.lms.sync.inbox.Stations;
import cn.cadre.lms.sync.inbox.Stations.StationRow;
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

/**
 * The stations page at the center: the village stations in the caller's scope, those that need
 * attention (quarantined records, a backlog) first, searched by code, station or village name.
 */
@Named
@ViewScoped
public class StationsBean implements Serializable {

  @Inject Stations stations;
  @Inject CurrentActor current;

  private String text;

  private final LazyDataModel<StationRow> model =
      new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) run(0, 1).total();
        }

        @Override
        public List<StationRow> load(int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
          int pageSize = Math.max(1, Math.min(size, 100));
          return run(first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(StationRow s) {
          return String.valueOf(s.id());
        }

        @Override
        public StationRow getRowData(String key) {
          return null;
        }
      };

  private Page<StationRow> run(int page, int size) {
    try {
      return stations.list(current.get(), text, page, size);
    } catch (LmsException e) {
      PageMessages.show("filters", e);
      return new Page<>(0, page, size, List.of());
    }
  }

  public LazyDataModel<StationRow> getModel() {
    return model;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
