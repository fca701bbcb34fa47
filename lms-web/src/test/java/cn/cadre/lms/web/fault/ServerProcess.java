package cn.cadre.lms.web.fault;

import cn.cadre.lms.web.Pause;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One platform server as a child process of the test: {@code java -jar payara-micro.jar --deploy
 * lms-web.war} on a port of its own, with its own root folder (where embedded H2 keeps its data)
 * and a system-properties file, logging to a file. Unlike Arquillian's managed server it can be
 * killed with SIGKILL ({@link #kill9()}) and started again on the same folder and port
 * ({@link #restart()}), which is what the fault test is about.
 */
public final class ServerProcess implements AutoCloseable {

  /**
   * How long a start may take before the test gives up: a cold boot with the demo data is ~60 s on
   * 2 idle cores, but over 200 s on a machine loaded 8 times over (lms.fault.start-seconds to change).
   */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("lms.fault.start-seconds", 240));

  private final String name;
  private final Path microJar;
  private final Path war;
  private final Path dir;
  private final int port;
  private final List<String> extraOptions;
  private final Map<String, String> properties = new LinkedHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process process;
  private int starts;
  private Duration lastStart = Duration.ZERO;
  /** CPU time of the processes that ended, so a busy machine's wall time can be told from the work. */
  private Duration cpuOfEnded = Duration.ZERO;
  /** Where this start's output begins in the log. */
  private long logMark;

  /**
   * @param name for the log file and messages, e.g. "center"
   * @param dir the server's own folder: rootdir, log, properties and working directory
   * @param extraOptions more Payara Micro options, e.g. --addLibs and --postbootcommandfile
   */
  public ServerProcess(String name, Path microJar, Path war, Path dir, List<String> extraOptions,
      Map<String, String> properties) {
    this.name = name;
    this.microJar = microJar;
    this.war = war;
    this.dir = dir.toAbsolutePath();
    this.extraOptions = List.copyOf(extraOptions);
    this.properties.putAll(properties);
    this.port = freePort();
  }

  /** A port nobody listens on now (the OS picks it). */
  public static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  /** The base URL, ending in a slash. */
  public String url() {
    return "http://127.0.0.1:" + port + "/";
  }

  public Path log() {
    return dir.resolve(name + ".log");
  }

  public Path rootDir() {
    return dir.resolve("root");
  }

  /** How long the last start took until /health said UP. */
  public Duration lastStart() {
    return lastStart;
  }

  /** CPU time (user and system) that every start of this server used so far, the running one included. */
  public synchronized Duration cpu() {
    return cpuOfEnded.plus(process == null || !process.isAlive() ? Duration.ZERO : cpuNow());
  }

  private Duration cpuNow() {
    return process.info().totalCpuDuration().orElse(Duration.ZERO);
  }

  /** Sets (or with null removes) a system property for the next start. */
  public ServerProcess property(String key, String value) {
    if (value == null) {
      properties.remove(key);
    } else {
      properties.put(key, value);
    }
    return this;
  }

  public boolean alive() {
    return process != null && process.isAlive();
  }

  public long pid() {
    return process == null ? -1 : process.pid();
  }

  /** Starts the server and waits until GET /health says UP. */
  public synchronized void start() {
    if (alive()) {
      throw new IllegalStateException(name + " runs already (pid " + process.pid() + ")");
    }
    try {
      Files.createDirectories(rootDir());
      StringBuilder props = new StringBuilder();
      properties.forEach((k, v) -> props.append(k).append('=').append(v.replace("\\", "/")).append('\n'));
      Path propsFile = dir.resolve("system.properties");
      Files.writeString(propsFile, props);
      List<String> cmd = new ArrayList<>(List.of(
          javaBin(), "-Xmx512m", "-jar", microJar.toAbsolutePath().toString(),
          "--nocluster", "--port", Integer.toString(port), "--contextroot", "/",
          "--rootdir", rootDir().toString(), "--deploy", war.toAbsolutePath().toString()));
      cmd.addAll(extraOptions);
      cmd.addAll(List.of("--systemProperties", propsFile.toString()));
      starts++;
      Files.writeString(log(), "\n===== start " + starts + " of " + name + " on port " + port + ": " + cmd + "\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      long t0 = System.nanoTime();
      logMark = Files.size(log());
      process = new ProcessBuilder(cmd)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
          .start();
      Children.add(process);
      awaitUp(t0);
      lastStart = Duration.ofNanos(System.nanoTime() - t0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  /**
   * Waits for Payara Micro's "ready in" line and then GET /health UP. Health alone is not enough: on
   * a restart Payara Micro first deploys the application it finds in its root folder (health says
   * UP) and then deploys --deploy again over it, answering 503 meanwhile.
   */
  private void awaitUp(long t0) {
    long deadline = t0 + START_TIMEOUT.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start; see " + log());
      }
      if (!ready()) {
        last = "Payara Micro not ready yet";
        Pause.millis(500);
        continue;
      }
      try {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url() + "health"))
            .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        last = r.statusCode() + " " + r.body();
        if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while " + name + " started", e);
      }
      Pause.millis(500);
    }
    kill9();
    throw new IllegalStateException(name + " did not say UP within " + START_TIMEOUT.toSeconds() + " s (last: " + last
        + "); see " + log());
  }

  private boolean ready() {
    try (var ch = java.nio.channels.FileChannel.open(log())) {
      long size = ch.size();
      if (size <= logMark) {
        return false;
      }
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) Math.min(size - logMark, 64L << 20));
      ch.read(buf, logMark);
      String text = new String(buf.array(), 0, buf.position(), java.nio.charset.StandardCharsets.UTF_8);
      return text.contains("Payara Micro") && text.contains(" ready in ");
    } catch (IOException e) {
      return false;
    }
  }

  /** SIGKILL, as a power cut or the OOM killer would: no shutdown hook, no commit, nothing. */
  public synchronized void kill9() {
    if (process == null) {
      return;
    }
    Duration cpu = process.isAlive() ? cpuNow() : Duration.ZERO;
    process.destroyForcibly();
    waitGone(cpu);
  }

  /** An orderly stop (SIGTERM); SIGKILL after 60 s. */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    // as late as can be: what the orderly shutdown costs is not counted
    Duration cpu = process.isAlive() ? cpuNow() : Duration.ZERO;
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    waitGone(cpu);
  }

  /** Starts again on the same root folder (and so the same embedded data) and port. */
  public void restart() {
    if (alive()) {
      stop();
    }
    start();
  }

  private void waitGone(Duration cpu) {
    cpuOfEnded = cpuOfEnded.plus(cpu);
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Children.remove(process);
    // the port is free once the process is gone; the next start binds it again
  }

  @Override
  public void close() {
    kill9();
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The servers this JVM started; killed when it exits, so an aborted run leaves no server behind. */
  static final class Children {
    private static final List<Process> LIVE = new ArrayList<>();

    static {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        synchronized (LIVE) {
          LIVE.forEach(Process::destroyForcibly);
        }
      }, "kill-test-servers"));
    }

    static void add(Process p) {
      synchronized (LIVE) {
        LIVE.add(p);
      }
    }

    static void remove(Process p) {
      synchronized (LIVE) {
        LIVE.remove(p);
      }
    }

    private Children() {}
  }
}
