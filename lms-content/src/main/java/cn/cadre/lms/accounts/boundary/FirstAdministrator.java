package cn.cadre.lms.accounts.boundary;

import cn.cadre.lms.accounts.control.PasswordHashing;
import cn.cadre.lms.accounts.control.PasswordPolicy;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.entity.OrgNode;
import cn.cadre.lms.directory.entity.OrgPath;
import cn.cadre.lms.directory.entity.Person;
import cn.cadre.lms.directory.entity.Role;
import cn.cadre.lms.directory.entity.Tier;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Production has no default password: the first center administrator is made at start from
 * {@code lms.bootstrap.*} (set by {@code ./lms create-admin}), together with the root of the tree
 * (a city such as 340600 淮北市, or a province such as 340000 安徽省) when it does not exist yet.
 * An existing account is never touched, so leaving the variables set is harmless.
 */
@Singleton
@Startup
@DependsOn("DemoLoader")
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext EntityManager em;
  @Inject PasswordHashing hashing;

  @Inject
  @ConfigProperty(name = "lms.bootstrap.admin")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "lms.bootstrap.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "lms.bootstrap.region-code", defaultValue = "340600")
  String regionCode;

  @Inject
  @ConfigProperty(name = "lms.bootstrap.region-name", defaultValue = "淮北市")
  String regionName;

  @PostConstruct
  void create() {
    if (username.isEmpty() || username.get().isBlank()) {
      return;
    }
    String name = username.get().strip().toLowerCase();
    if (!em.createQuery("SELECT p.id FROM Person p WHERE p.username = :u").setParameter("u", name).getResultList().isEmpty()) {
      LOG.info(() -> "first center administrator: '" + name + "' exists already; nothing changed");
      return;
    }
    try {
      PasswordPolicy.check("password", password.orElse(""));
    } catch (LmsException e) {
      LOG.severe(() -> "first center administrator NOT created: the password is too weak ("
          + e.fields().get(0).key() + "): 8-64 characters with a letter and a digit");
      return;
    }
    OrgNode root = root();
    Person admin = new Person(name, regionName + "网络培训中心管理员", root.path(), null);
    admin.grant(Role.CENTER_ADMIN, root.path());
    admin.setPassword(hashing.hash(password.get()), false);
    em.persist(admin);
    LOG.info(() -> "first center administrator '" + name + "' created for " + root.name() + " " + root.path());
  }

  private OrgNode root() {
    return em.createQuery("SELECT n FROM OrgNode n WHERE n.code = :c", OrgNode.class)
        .setParameter("c", regionCode)
        .getResultStream()
        .findFirst()
        .orElseGet(() -> {
          Tier tier = regionCode.endsWith("0000") ? Tier.PROVINCE : Tier.CITY;
          OrgNode node = new OrgNode(null, regionCode, regionName, tier);
          OrgPath.require(node.path());
          em.persist(node);
          return node;
        });
  }
}
