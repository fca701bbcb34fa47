package cn.cadre.lms.web.pages;

import cn.cadre.lms.accounts.boundary.Accounts;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.boundary.Directory;
import cn.cadre.lms.directory.control.CadreCard;
import cn.cadre.lms.directory.control.CadreDraft;
import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.CadreStatus;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;
import cn.cadre.lms.web.rest.Views;
import cn.cadre.lms.web.security.CurrentActor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** A cadre's record: read by anyone whose scope covers it, edited by those who manage it. */
@Named
@ViewScoped
public class PersonBean implements Serializable {

  @Inject Directory directory;
  @Inject Accounts accounts;
  @Inject CurrentActor current;
  @Inject cn.cadre.lms.web.security.ActorCache actors;

  private Long id;
  private CadreCard cadre;
  private List<Views.PostingView> postings = List.of();
  private List<Views.PersonView> people = List.of();
  private String name;
  private Gender gender;
  private String post;
  private Rank rank;
  private Authority authority;
  private CadreStatus status;

  public void load() {
    if (id == null) {
      PageMessages.error("problem.notFound", "what.cadre");
      return;
    }
    try {
      cadre = CadreCard.of(directory.cadre(current.get(), id));
      postings = directory.postings(current.get(), id).stream().map(Views.PostingView::of).toList();
      people = accounts.peopleOf(current.get(), id).stream().map(Views.PersonView::of).toList();
      name = cadre.name();
      gender = Gender.valueOf(cadre.gender());
      post = cadre.post();
      rank = Rank.valueOf(cadre.rank());
      authority = Authority.valueOf(cadre.authority());
      status = CadreStatus.valueOf(cadre.status());
    } catch (LmsException e) {
      cadre = null;
      PageMessages.show("cadre", e);
    }
  }

  public boolean isEditable() {
    return cadre != null && current.get().manageScope().covers(cadre.path());
  }

  public String save() {
    try {
      directory.update(current.get(), id, new CadreDraft(name, gender, cadre.unitId(), post, rank, authority), cadre.version());
      if (status != null && !status.name().equals(cadre.status())) {
        directory.changeStatus(current.get(), id, status);
      }
      PageMessages.info("person.saved");
      load();
    } catch (LmsException e) {
      PageMessages.show("cadre", e);
    }
    return null;
  }

  public String reset(long personId) {
    try {
      PageMessages.info("person.temporaryPassword", accounts.resetPassword(current.get(), personId));
      actors.forget(accounts.person(current.get(), personId).username());
    } catch (LmsException e) {
      PageMessages.show("accounts", e);
    }
    return null;
  }

  public CadreStatus[] getStatuses() {
    return CadreStatus.values();
  }

  public CadreStatus getStatus() {
    return status;
  }

  public void setStatus(CadreStatus status) {
    this.status = status;
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public Rank[] getRanks() {
    return Rank.values();
  }

  public Authority[] getAuthorities() {
    return Authority.values();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CadreCard getCadre() {
    return cadre;
  }

  public List<Views.PostingView> getPostings() {
    return postings;
  }

  public List<Views.PersonView> getAccounts() {
    return people;
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
