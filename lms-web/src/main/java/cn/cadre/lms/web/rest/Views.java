package cn.cadre.lms.web.rest;

import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.CadrePosting;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.directory.entity.Unit;
import java.time.LocalDate;
import java.util.List;

/** Response shapes of the API: what a client sees, never an entity with its lazy links. */
public final class Views {

  private Views() {}

  public record PostingView(long unitId, String unitName, String post, LocalDate startedOn, LocalDate endedOn) {
    public static PostingView of(CadrePosting p) {
      return new PostingView(p.unit().id(), p.unit().name(), p.post(), p.startedOn(), p.endedOn());
    }
  }

  public record UnitView(long id, String code, String name, String kind, String path) {
    public static UnitView of(Unit u) {
      return new UnitView(u.id(), u.code(), u.name(), u.kind().name(), u.path());
    }
  }

  public record PersonView(long id, String username, String displayName, Long cadreId, String homePath,
      boolean mustChangePassword, List<Grant> roles) {
    public static PersonView of(Person p) {
      return new PersonView(p.id(), p.username(), p.displayName(), p.cadreId(), p.homePath(),
          p.mustChangePassword(), p.grants().stream().map(g -> new Grant(g.role(), g.scopePath())).toList());
    }
  }

  public record MeView(long id, String username, String displayName, Long cadreId, List<Grant> roles) {
    public static MeView of(Actor a) {
      return new MeView(a.personId(), a.username(), a.displayName(), a.cadreId(), a.grants());
    }
  }

  public record PageView<T>(long total, int page, int size, List<T> items) {}
}
