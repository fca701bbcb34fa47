package cn.cadre.lms.web.fault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The station's link to the center: a TCP proxy on loopback that the test can {@link #cut()}
 * (every open connection is closed at once and new ones are refused, as when the village's line
 * goes down) and {@link #restore()}. It counts connections, bytes each way and HTTP requests (it
 * reads the requests going up, HTTP/1.1 or cleartext HTTP/2), and can run an
 * action the moment a chosen request has been passed on whole ({@link #onRequest}): the test kills
 * a server with a batch in its hands that way.
 */
public final class LinkProxy implements AutoCloseable {

  /** What a cut link does with a new connection. */
  public enum CutMode {
    /** accepted and closed at once with a reset: the client fails immediately */
    REFUSE,
    /** accepted and held without a byte passed: the client waits until its own timeout */
    BLACK_HOLE
  }

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final List<Trigger> triggers = new CopyOnWriteArrayList<>();
  private final List<String> requestLines = new CopyOnWriteArrayList<>();
  private final AtomicLong connections = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bytesUp = new AtomicLong();
  private final AtomicLong bytesDown = new AtomicLong();
  private volatile CutMode cut;
  private volatile boolean closed;

  private record Trigger(Predicate<String> requestLine, Runnable action) {}

  /** Listens on a free loopback port and passes everything on to 127.0.0.1:targetPort. */
  public LinkProxy(int targetPort) {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    target = new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort);
    Thread t = new Thread(this::acceptLoop, "link-proxy-" + port());
    t.setDaemon(true);
    t.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public String url() {
    return "http://127.0.0.1:" + port();
  }

  /** The link goes down: open connections are closed, new ones refused. */
  public void cut() {
    cut(CutMode.REFUSE);
  }

  public void cut(CutMode mode) {
    cut = mode;
    closeAll();
  }

  /** The link is back; connections pass again. */
  public void restore() {
    cut = null;
    // connections held by a black hole are let go, so their clients notice and retry
    closeAll();
  }

  public boolean isCut() {
    return cut != null;
  }

  public long connections() {
    return connections.get();
  }

  /** Connections accepted while the link was cut. */
  public long refused() {
    return refused.get();
  }

  /** HTTP requests passed on whole (or at least their head, for a chunked body). */
  public long requests() {
    return requests.get();
  }

  /** Requests passed on whose request line (e.g. "POST /api/sync/batches HTTP/1.1") starts with prefix. */
  public long requests(String prefix) {
    return requestLines.stream().filter(l -> l.startsWith(prefix)).count();
  }

  public List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  public long bytesUp() {
    return bytesUp.get();
  }

  public long bytesDown() {
    return bytesDown.get();
  }

  /**
   * Runs action once, on the proxy's thread, right after the first request whose line matches has
   * been passed on whole to the target (its head and its whole body), before the answer comes back.
   */
  public void onRequest(Predicate<String> requestLine, Runnable action) {
    triggers.add(new Trigger(requestLine, action));
  }

  /** Forgets every action not run yet. */
  public void clearTriggers() {
    triggers.clear();
  }

  public String stats() {
    return String.format(Locale.ROOT, "%d connections (%d refused), %d requests, %d bytes up, %d bytes down",
        connections(), refused(), requests(), bytesUp(), bytesDown());
  }

  private void acceptLoop() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      connections.incrementAndGet();
      CutMode mode = cut;
      if (mode == CutMode.REFUSE) {
        refused.incrementAndGet();
        reset(client);
        continue;
      }
      open.add(client);
      if (mode == CutMode.BLACK_HOLE) {
        refused.incrementAndGet();
        continue; // held until restore() or close() lets it go
      }
      Thread t = new Thread(() -> connect(client), "link-proxy-conn");
      t.setDaemon(true);
      t.start();
    }
  }

  private void connect(Socket client) {
    Socket upstream = new Socket();
    try {
      upstream.setTcpNoDelay(true);
      client.setTcpNoDelay(true);
      upstream.connect(target, 5000);
    } catch (IOException e) {
      // the target is down (killed): the client sees its connection closed, as with no route
      open.remove(client);
      reset(client);
      close(upstream);
      return;
    }
    open.add(upstream);
    if (cut != null) {
      closeAll();
      return;
    }
    Thread down = new Thread(() -> pump(upstream, client, false), "link-proxy-down");
    down.setDaemon(true);
    down.start();
    pump(client, upstream, true);
  }

  private void pump(Socket from, Socket to, boolean up) {
    RequestReader reader = up ? new RequestReader() : null;
    byte[] buf = new byte[16384];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      int n;
      while ((n = in.read(buf)) >= 0) {
        if (cut != null) {
          break;
        }
        out.write(buf, 0, n);
        out.flush();
        (up ? bytesUp : bytesDown).addAndGet(n);
        if (reader != null) {
          reader.feed(buf, n);
        }
      }
    } catch (IOException e) {
      // a closed socket (cut, killed server, client gone) ends this direction
    } finally {
      close(from);
      close(to);
    }
  }

  /** Called when a request has gone up whole. */
  private void passed(String requestLine) {
    requests.incrementAndGet();
    requestLines.add(requestLine);
    for (Trigger t : triggers) {
      if (t.requestLine().test(requestLine) && triggers.remove(t)) {
        t.action().run();
      }
    }
  }

  /**
   * Follows the requests in the bytes going up: HTTP/1.1 heads up to the blank line, then
   * Content-Length body bytes. A client that upgrades to cleartext HTTP/2 (the JDK's HttpClient does,
   * and Payara agrees) goes on in frames after the "PRI * HTTP/2.0" preface: a request is a client
   * stream, whole at its END_STREAM flag. Its headers are HPACK-compressed, so its request line is
   * made up from the body instead: a body with "records" is a batch (POST /api/sync/batches), with
   * "nonce" a master-data request, with "publicKey" an enrolment.
   */
  private final class RequestReader {
    private static final int PREFIX = 512;
    private final StringBuilder head = new StringBuilder();
    private long bodyLeft;
    private String line;
    private boolean lost;
    // HTTP/2
    private boolean frames;
    private int skip;
    private final byte[] frameHead = new byte[9];
    private int frameHeadFill;
    private long payloadLeft;
    private int frameType;
    private int frameFlags;
    private int frameStream;
    private boolean firstPayloadByte;
    private final Map<Integer, ByteArrayOutputStream> bodies = new HashMap<>();

    void feed(byte[] buf, int n) {
      for (int i = 0; i < n && !lost; i++) {
        if (skip > 0) {
          skip--;
          continue;
        }
        if (frames) {
          i += frame(buf, i, n) - 1;
          continue;
        }
        if (bodyLeft > 0) {
          int take = (int) Math.min(bodyLeft, n - i);
          bodyLeft -= take;
          i += take - 1;
          if (bodyLeft == 0) {
            passed(line);
          }
          continue;
        }
        head.append((char) (buf[i] & 0xff));
        if (head.length() > 65536) {
          lost = true; // not HTTP as we know it; stop counting on this connection
          return;
        }
        int len = head.length();
        if (len >= 4 && head.charAt(len - 1) == '\n' && head.charAt(len - 2) == '\r' && head.charAt(len - 3) == '\n'
            && head.charAt(len - 4) == '\r') {
          endOfHead();
        }
      }
    }

    /** Takes bytes of an HTTP/2 frame from buf[i..n); returns how many it took (at least one). */
    private int frame(byte[] buf, int i, int n) {
      if (frameHeadFill < 9) {
        frameHead[frameHeadFill++] = buf[i];
        if (frameHeadFill == 9) {
          payloadLeft = ((frameHead[0] & 0xffL) << 16) | ((frameHead[1] & 0xffL) << 8) | (frameHead[2] & 0xffL);
          frameType = frameHead[3] & 0xff;
          frameFlags = frameHead[4] & 0xff;
          frameStream = ((frameHead[5] & 0x7f) << 24) | ((frameHead[6] & 0xff) << 16) | ((frameHead[7] & 0xff) << 8)
              | (frameHead[8] & 0xff);
          firstPayloadByte = true;
          if (payloadLeft == 0) {
            endOfFrame();
          }
        }
        return 1;
      }
      int take = (int) Math.min(payloadLeft, n - i);
      if (frameType == 0) { // DATA: keep the start of the body
        int from = i;
        if (firstPayloadByte && (frameFlags & 0x8) != 0) {
          from++; // the pad length
        }
        ByteArrayOutputStream body = bodies.computeIfAbsent(frameStream, k -> new ByteArrayOutputStream());
        int room = Math.max(0, Math.min(PREFIX - body.size(), i + take - from));
        body.write(buf, from, room);
      }
      firstPayloadByte = false;
      payloadLeft -= take;
      if (payloadLeft == 0) {
        endOfFrame();
      }
      return Math.max(1, take);
    }

    private void endOfFrame() {
      frameHeadFill = 0;
      boolean request = (frameType == 0 || frameType == 1) && (frameStream & 1) == 1;
      if (request && (frameFlags & 0x1) != 0) {
        ByteArrayOutputStream body = bodies.remove(frameStream);
        String text = body == null ? "" : body.toString(StandardCharsets.UTF_8);
        String path = text.isEmpty() ? "GET ?" : text.contains("\"records\"") ? "POST /api/sync/batches"
            : text.contains("\"nonce\"") ? "POST /api/sync/master" : text.contains("\"publicKey\"") ? "POST /api/sync/enrol"
            : "POST ?";
        passed(path + " HTTP/2");
      }
    }

    private void endOfHead() {
      String text = new String(head.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      head.setLength(0);
      String[] lines = text.split("\r\n");
      line = lines[0];
      if (line.equals("PRI * HTTP/2.0")) {
        skip = 6; // "SM\r\n\r\n", then frames
        frames = true;
        return;
      }
      long length = 0;
      boolean chunked = false;
      for (String h : lines) {
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.startsWith("content-length:")) {
          length = Long.parseLong(h.substring(15).strip());
        } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
          chunked = true;
        }
      }
      if (chunked) {
        passed(line); // its head at least; the body's end is not followed
        lost = true;
      } else if (length == 0) {
        passed(line);
      } else {
        bodyLeft = length;
      }
    }
  }

  private void closeAll() {
    for (Socket s : new ArrayList<>(open)) {
      reset(s);
    }
  }

  private void reset(Socket s) {
    open.remove(s);
    try {
      s.setSoLinger(true, 0);
    } catch (SocketException e) {
      // closed already
    }
    close(s);
  }

  private void close(Socket s) {
    open.remove(s);
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // nothing to do
    }
    closeAll();
  }
}
