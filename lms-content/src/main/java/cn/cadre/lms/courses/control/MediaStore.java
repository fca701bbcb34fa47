package cn.cadre.lms.courses.control;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Uploaded bytes on disk under {@code lms.media.dir}, each file named by a fresh UUID. An upload is
 * streamed to a temporary file while it is counted, hashed and its head kept for the type check, so
 * a too-large or wrongly typed file is refused without ever being held in memory or kept.
 */
@ApplicationScoped
public class MediaStore {

  /** The default limit, 500 MB: a lecture video of about an hour. */
  public static final long DEFAULT_MAX_BYTES = 500L * 1024 * 1024;

  @Inject
  @ConfigProperty(name = "lms.media.dir", defaultValue = "data/media")
  String dirName;

  @Inject
  @ConfigProperty(name = "lms.media.max-bytes", defaultValue = "524288000")
  long maxBytes;

  private Path dir;

  public MediaStore() {}

  /** For tests outside the server. */
  public MediaStore(Path dir, long maxBytes) {
    this.dir = dir;
    this.maxBytes = maxBytes;
  }

  @PostConstruct
  void init() {
    dir = Path.of(dirName).toAbsolutePath();
  }

  /** What a stored upload turned out to be. */
  public record Stored(String id, String contentType, long size, String sha256) {}

  public long maxBytes() {
    return maxBytes;
  }

  public Stored store(InputStream in, String declaredType) {
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "upload-", ".part");
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] head = new byte[MediaKinds.HEAD];
        long size = copy(in, new DigestOutputStream(Files.newOutputStream(temp), sha), head);
        String type = MediaKinds.sniff(size < head.length ? java.util.Arrays.copyOf(head, (int) size) : head)
            .filter(t -> MediaKinds.agrees(declaredType, t))
            .orElseThrow(() -> new LmsException(415, "media.unsupportedType",
                List.of(new FieldProblem("file", "field.mediaType"))));
        String id = UUID.randomUUID().toString();
        Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE);
        return new Stored(id, type, size, HexFormat.of().formatHex(sha.digest()));
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private long copy(InputStream in, OutputStream out, byte[] head) throws IOException {
    long size = 0;
    try (out) {
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        if (size < head.length) {
          System.arraycopy(buffer, 0, head, (int) size, (int) Math.min(n, head.length - size));
        }
        size += n;
        if (size > maxBytes) {
          throw tooLarge(maxBytes);
        }
        out.write(buffer, 0, n);
      }
    }
    if (size == 0) {
      throw LmsException.invalid("file", "field.required");
    }
    return size;
  }

  public static LmsException tooLarge(long maxBytes) {
    return new LmsException(413, "media.tooLarge", List.of(new FieldProblem("file", "field.fileTooLarge",
        Math.max(1, maxBytes / (1024 * 1024)))), Math.max(1, maxBytes / (1024 * 1024)));
  }

  /** Where a stored file's bytes are; the id is a UUID the platform made, never a client's name. */
  public Path path(String id) {
    UUID.fromString(id);
    return dir.resolve(id);
  }

  /** Stores bytes the platform itself ships (the demo's files) under a given id. */
  public void put(String id, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      Files.write(path(id), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
