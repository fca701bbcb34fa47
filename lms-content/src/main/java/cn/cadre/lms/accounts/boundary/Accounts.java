package cn.cadre.lms.accounts.boundary;

import cn.cadre.lms.accounts.control.PasswordHashing;
import cn.cadre.lms.accounts.control.PasswordPolicy;
import cn.cadre.lms.accounts.control.PersonDraft;
import cn.cadre.lms.accounts.control.SignIn;
import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.directory.control.Grant;
import cn.cadre.lms.directory.entity.Cadre;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Person;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import cn.cadre.lms.directory.control.Scope;
import cn.cadre.lms.directory.entity.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Accounts: sign-in with lock-out, password changes and resets, new people within scope. */
@Stateless
public class Accounts {

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;

  @Inject
  @ConfigProperty(name = "lms.security.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "lms.security.lockout-minutes", defaultValue = "15")
  int lockoutMinutes;

  Clock clock = Clock.systemUTC();

  /**
   * Checks a password and records the outcome. Unknown users and wrong passwords answer the same;
   * a locked account is refused even with the right password until the lock runs out.
   */
  public SignIn signIn(String username, String password) {
    Instant now = clock.instant();
    // locked for the attempt, so parallel guesses are counted one by one, never lost to each other
    Optional<Person> found = find(username).map(p -> em.find(Person.class, p.id(), LockModeType.PESSIMISTIC_WRITE));
    if (found.isEmpty()) {
      hashing.spendEquivalentTime(password);
      return new SignIn(SignIn.Outcome.INVALID, username, null);
    }
    Person person = found.get();
    if (person.isLocked(now)) {
      return new SignIn(SignIn.Outcome.LOCKED, username, person.lockedUntil());
    }
    if (person.passwordHash() == null) {
      hashing.spendEquivalentTime(password);
    } else if (hashing.matches(password, person.passwordHash())) {
      person.recordSuccess();
      return new SignIn(SignIn.Outcome.OK, username, null);
    }
    boolean locked = person.recordFailure(now, maxFailures, Duration.ofMinutes(lockoutMinutes));
    return locked
        ? new SignIn(SignIn.Outcome.LOCKED, username, person.lockedUntil())
        : new SignIn(SignIn.Outcome.INVALID, username, null);
  }

  public Optional<Actor> actor(String username) {
    return find(username).map(Accounts::toActor);
  }

  /**
   * Several callers in one query, for the node's caller cache: those that are gone are absent.
   * The usernames are taken as the cache holds them (as signed in, already normalised).
   */
  public Map<String, Actor> actors(Collection<String> usernames) {
    Map<String, Actor> found = new HashMap<>();
    if (usernames.isEmpty()) {
      return found;
    }
    em.createQuery("SELECT DISTINCT p FROM Person p LEFT JOIN FETCH p.grants WHERE p.username IN :u", Person.class)
        .setParameter("u", List.copyOf(usernames))
        .getResultList()
        .forEach(p -> found.put(p.username(), toActor(p)));
    return found;
  }

  public Optional<Person> find(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    return em.createQuery("SELECT p FROM Person p WHERE p.username = :u", Person.class)
        .setParameter("u", username.strip().toLowerCase())
        .getResultStream()
        .findFirst();
  }

  public void changePassword(Actor actor, String current, String next) {
    Person person = em.find(Person.class, actor.personId());
    if (!hashing.matches(current, person.passwordHash())) {
      throw LmsException.invalid("currentPassword", "field.wrongPassword");
    }
    PasswordPolicy.check("newPassword", next);
    if (next.equals(current)) {
      throw LmsException.invalid("newPassword", "field.passwordUnchanged");
    }
    person.setPassword(hashing.hash(next), false);
    revokeTokens(person);
  }

  /** Sets a random temporary password, to be changed at the next sign-in, and returns it once. */
  public String resetPassword(Actor actor, long personId) {
    Person person = managedPerson(actor, personId);
    String temporary = PasswordPolicy.temporary();
    person.setPassword(hashing.hash(temporary), true);
    revokeTokens(person);
    return temporary;
  }

  public Person person(Actor actor, long personId) {
    Person person = em.find(Person.class, personId);
    if (person == null || !actor.readScope().covers(person.homePath())) {
      throw LmsException.notFound("person");
    }
    return person;
  }

  public List<Person> peopleOf(Actor actor, long cadreId) {
    List<Person> people =
        em.createQuery("SELECT p FROM Person p WHERE p.cadreId = :c", Person.class)
            .setParameter("c", cadreId)
            .getResultList();
    return people.stream().filter(p -> actor.readScope().covers(p.homePath())).toList();
  }

  /** A new account with its first role; the role's node and the person's home must be in scope. */
  public Person create(Actor actor, PersonDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    String username = draft.username() == null ? "" : draft.username().strip().toLowerCase();
    if (!Person.isUsername(username)) {
      problems.add(new FieldProblem("username", "field.username"));
    } else if (find(username).isPresent()) {
      problems.add(new FieldProblem("username", "field.usernameTaken"));
    }
    if (draft.displayName() == null || draft.displayName().isBlank()) {
      problems.add(new FieldProblem("displayName", "field.required"));
    } else if (draft.displayName().strip().length() > 40) {
      problems.add(new FieldProblem("displayName", "field.tooLong", 40));
    }
    if (draft.role() == null) {
      problems.add(new FieldProblem("role", "field.required"));
    } else if (draft.role() == Role.CENTER_ADMIN && !actor.has(Role.CENTER_ADMIN)) {
      // only the center makes center administrators; a county cannot mint a role above its own
      problems.add(new FieldProblem("role", "field.roleTooHigh"));
    }
    if (!OrgPath.isValid(draft.scopePath()) || !actor.manageScope().covers(draft.scopePath())) {
      problems.add(new FieldProblem("scopePath", "field.outsideScope"));
    }
    String home = draft.scopePath();
    if (draft.cadreId() != null) {
      Cadre cadre = em.find(Cadre.class, draft.cadreId());
      if (cadre == null || !actor.manageScope().covers(cadre.path())) {
        problems.add(new FieldProblem("cadreId", "field.unknownCadre"));
      } else if (!em.createQuery("SELECT p.id FROM Person p WHERE p.cadreId = :c").setParameter("c", cadre.id())
          .getResultList().isEmpty()) {
        problems.add(new FieldProblem("cadreId", "field.cadreHasAccount"));
      } else {
        home = cadre.path();
      }
    }
    if (!problems.isEmpty()) {
      throw LmsException.invalid(problems);
    }
    Person person = new Person(username, draft.displayName().strip(), home, draft.cadreId());
    person.grant(draft.role(), draft.scopePath());
    em.persist(person);
    return person;
  }

  /**
   * A person the caller may change: the home and every grant must lie in the caller's manage
   * scope, or resetting the password would hand over a role that reaches further than the caller.
   */
  private Person managedPerson(Actor actor, long personId) {
    Person person = person(actor, personId);
    Scope manage = actor.manageScope();
    if (!manage.covers(person.homePath()) || !person.grants().stream().allMatch(g -> manage.covers(g.scopePath()))) {
      throw LmsException.forbidden();
    }
    return person;
  }

  /** Tokens die with the password they were issued under (a reset usually means a suspected leak). */
  private void revokeTokens(Person person) {
    em.createNativeQuery("DELETE FROM api_token WHERE person_id = ?").setParameter(1, person.id()).executeUpdate();
  }

  static Actor toActor(Person p) {
    return new Actor(
        p.id(),
        p.username(),
        p.displayName(),
        p.cadreId(),
        p.grants().stream().map(g -> new Grant(g.role(), g.scopePath())).toList(),
        p.mustChangePassword());
  }
}
