package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.CadreDraft;
import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * An administrator adds one cadre (and with it the cadre's account) in a unit of the scope; the
 * person page that follows is where the first password is set.
 */
@Named
@RequestScoped
public class NewCadreBean {

  @Inject Directory directory;
  @Inject CurrentActor current;
  @Inject UnitChoices units;

  private String name;
  private Gender gender = Gender.MALE;
  private String unitText;
  private String post;
  private Rank rank = Rank.BELOW_SECTION;
  private Authority authority = Authority.COUNTY;

  public String save() {
    Long unitId = unitId();
    try {
      var cadre = directory.create(current.get(), new CadreDraft(name, gender, unitId, post, rank, authority), cn.cadre.lms.common.ChinaTime.today());
      return "/person?faces-redirect=true&id=" + cadre.id();
    } catch (LmsException e) {
      PageMessages.show("cadre", e);
      return null;
    }
  }

  /** The unit chosen in the autocomplete ("code name"), or null; the boundary names a bad one. */
  private Long unitId() {
    if (unitText == null || unitText.isBlank()) {
      return null;
    }
    return units.chosen(unitText).map(u -> u.id()).orElse(-1L);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public String getUnitText() {
    return unitText;
  }

  public void setUnitText(String unitText) {
    this.unitText = unitText;
  }

  public String getPost() {
    return post;
  }

  public void setPost(String post) {
    this.post = post;
  }

  public Rank getRank() {
    return rank;
  }

  public void setRank(Rank rank) {
    this.rank = rank;
  }

  public Authority getAuthority() {
    return authority;
  }

  public void setAuthority(Authority authority) {
    this.authority = authority;
  }
}
