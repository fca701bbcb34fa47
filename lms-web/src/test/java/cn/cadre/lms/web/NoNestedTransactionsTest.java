package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The platform never begins a transaction while another is suspended: on Payara Micro 6.2025.10 a
 * {@code REQUIRES_NEW} call from inside a transaction returned a pooled non-XA connection to the pool
 * twice, so that two requests later shared one connection ("Connection closed" at commit, 500s; see
 * docs/architecture.md, "Transactions"). Work that must outlive a rollback, or must not fail its
 * caller, runs in its own transaction after the caller's has ended. This rule keeps it so in every
 * module's code.
 */
class NoNestedTransactionsTest {

  private static final Pattern NESTED = Pattern.compile("TransactionAttributeType\\s*\\.\\s*REQUIRES_NEW|\\bREQUIRES_NEW\\b");
  private static final List<String> MODULES = List.of("lms-content", "lms-reporting", "site-sync", "lms-web");

  @Test
  void noBeanAsksForATransactionInsideAnother() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> found = new ArrayList<>();
    int files = 0;
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      assertTrue(Files.isDirectory(sources), "the sources of " + module + " at " + sources);
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path p : walk.filter(f -> f.toString().endsWith(".java")).toList()) {
          files++;
          List<String> lines = Files.readAllLines(p);
          for (int i = 0; i < lines.size(); i++) {
            if (NESTED.matcher(lines.get(i)).find()) {
              found.add(root.relativize(p) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    }
    assertTrue(files > 300, "all modules' sources were read (" + files + " files)");
    assertEquals(List.of(), found, "REQUIRES_NEW nests a transaction inside the caller's");
  }

  @Test
  void theRuleSeesANestedTransaction() {
    assertTrue(NESTED.matcher("  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)").find());
    assertTrue(NESTED.matcher("@TransactionAttribute(REQUIRES_NEW)").find());
    assertTrue(!NESTED.matcher("@TransactionAttribute(TransactionAttributeType.REQUIRED)").find());
  }
}
