package cn.cadre.lms.web.pages;

import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.entity.Unit;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;

/**
 * Choosing a unit on a page: an autocomplete offers "code name" for the units in scope, and the
 * chosen text is read back by its code. Shared by the people filter and the new-cadre form.
 */
@Named
@RequestScoped
public class UnitChoices {

  @Inject Directory directory;
  @Inject CurrentActor current;

  /** Units in scope whose name contains the text, or whose code it is. */
  public List<String> complete(String text) {
    return directory.units(current.get(), text, 20).stream().map(UnitChoices::label).toList();
  }

  /** The unit a "code name" text names, if it is in scope. */
  Optional<Unit> chosen(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String code = text.strip().split(" ", 2)[0];
    return directory.units(current.get(), code, 1).stream().filter(u -> u.code().equals(code)).findFirst();
  }

  static String label(Unit unit) {
    return unit.code() + " " + unit.name();
  }
}
