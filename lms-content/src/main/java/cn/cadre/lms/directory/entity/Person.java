package cn.cadre.lms.directory.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Someone who signs in. Holds the password hash and the lock-out counter; the roles and the nodes
 * they bind to are {@link RoleGrant}s. A cadre's account points at the cadre record.
 */
@Entity
@Table(name = "person")
public class Person {

  @Id
  @TableGenerator(
      name = "person_ids",
      table = "id_sequence",
      pkColumnName = "name",
      valueColumnName = "next_value",
      pkColumnValue = "person",
      allocationSize = 100)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "person_ids")
  private Long id;

  private String username;

  @Column(name = "display_name")
  private String displayName;

  @Column(name = "password_hash")
  private String passwordHash;

  @Column(name = "failed_attempts")
  private int failedAttempts;

  // UTC wall time: EclipseLink 4 (JPA 3.1) has no mapping for Instant and would serialise it
  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  @Column(name = "cadre_id")
  private Long cadreId;

  @Column(name = "home_path")
  private String homePath;

  @Version private long version;

  @OneToMany(mappedBy = "person", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  private List<RoleGrant> grants = new ArrayList<>();

  protected Person() {}

  public Person(String username, String displayName, String homePath, Long cadreId) {
    this.username = username;
    this.displayName = displayName;
    this.homePath = OrgPath.require(homePath);
    this.cadreId = cadreId;
  }

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9_.-]{2,39}");

  /** 3-40 lower-case letters, digits, '.', '_' or '-', starting with a letter. */
  public static boolean isUsername(String username) {
    return username != null && USERNAME.matcher(username).matches();
  }

  /**
   * A cadre's own account, however the cadre came in (form, REST or import): the given username or
   * 'c' and the id in six digits, the CADRE role at the unit, and no password until an
   * administrator's reset.
   */
  public static Person forCadre(Cadre cadre, String username) {
    Person account =
        new Person(username != null ? username : "c%06d".formatted(cadre.id()), cadre.name(), cadre.path(), cadre.id());
    account.grant(Role.CADRE, cadre.unit().path());
    return account;
  }

  public RoleGrant grant(Role role, String scopePath) {
    RoleGrant grant = new RoleGrant(this, role, OrgPath.require(scopePath));
    if (grants.stream().noneMatch(g -> g.sameAs(grant))) {
      grants.add(grant);
    }
    return grant;
  }

  /**
   * A cadre's account follows the cadre to a new unit: its home and its CADRE role move with it, so
   * the old county can no longer reset it and the new one can. Other roles stay where they were
   * granted until an administrator changes them.
   */
  public void followCadreTo(String unitPath) {
    homePath = OrgPath.require(unitPath);
    grants.stream().filter(g -> g.role() == Role.CADRE).forEach(g -> g.moveTo(homePath));
  }

  /** True while a lock-out is in force. */
  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil());
  }

  /**
   * Counts a failed sign-in; the {@code maxFailures}-th in a row locks the account for {@code
   * lockFor}. Returns true when this failure locked it.
   */
  public boolean recordFailure(Instant now, int maxFailures, Duration lockFor) {
    failedAttempts++;
    if (failedAttempts >= maxFailures) {
      lockedUntil = LocalDateTime.ofInstant(now.plus(lockFor), ZoneOffset.UTC);
      failedAttempts = 0;
      return true;
    }
    return false;
  }

  public void recordSuccess() {
    failedAttempts = 0;
    lockedUntil = null;
  }

  /** Sets a new hash; {@code temporary} forces a change at the next sign-in (an admin's reset). */
  public void setPassword(String hash, boolean temporary) {
    this.passwordHash = hash;
    this.mustChangePassword = temporary;
    this.failedAttempts = 0;
    this.lockedUntil = null;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public int failedAttempts() {
    return failedAttempts;
  }

  public Instant lockedUntil() {
    return lockedUntil == null ? null : lockedUntil.toInstant(ZoneOffset.UTC);
  }

  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public Long cadreId() {
    return cadreId;
  }

  public String homePath() {
    return homePath;
  }

  public List<RoleGrant> grants() {
    return List.copyOf(grants);
  }
}
