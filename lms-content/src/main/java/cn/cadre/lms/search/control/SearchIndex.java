package cn.cadre.lms.search.control;

import cn.cadre.lms.directory.control.Page;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * The search index on local disk, under one base directory: each complete index is a generation in
 * its own sub-directory ({@code gen-<millis>}), and the file {@code current} names the one in use.
 * Writing the pointer is an atomic rename, so after a crash the directory holds either the old or
 * the new index, whole. Searches read the current generation; the follower writes to it, and a
 * rebuild writes a new one and then {@link #swap}s. Callers serialise the writers (the follower's
 * rounds and the swap); searches need no lock.
 */
public final class SearchIndex implements Closeable {

  /** Raise when fields or analysis change: an index of another format is rebuilt at start. */
  public static final int FORMAT = 2; // 2: titles keep offsets, for their marks, and their pinyin initials

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
  private static final String POINTER = "current";

  private final Path base;
  private final Analyzer indexAnalyzer = ChineseAnalysis.forIndex();
  private final Hits hits = new Hits(new QueryText(ChineseAnalysis.forQuery()), new Snippets(indexAnalyzer));
  private final boolean found;
  private volatile IndexGeneration current;

  private SearchIndex(Path base, IndexGeneration current, boolean found) {
    this.base = base;
    this.current = current;
    this.found = found;
  }

  /**
   * Opens the index under {@code base}: the generation the pointer names when it is readable and of
   * this format; otherwise an empty one, and {@link #found()} is false so the caller rebuilds.
   * Generations the pointer does not name (a rebuild cut short) are deleted.
   */
  public static SearchIndex open(Path base) {
    try {
      Files.createDirectories(base);
      Analyzer analyzer = ChineseAnalysis.forIndex();
      Path pointer = base.resolve(POINTER);
      IndexGeneration g = null;
      if (Files.exists(pointer)) {
        String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
        if (name.startsWith("gen-") && Files.isDirectory(base.resolve(name))) {
          g = IndexGeneration.open(base.resolve(name), analyzer, FORMAT);
        }
      }
      boolean found = g != null;
      if (!found) {
        g = IndexGeneration.create(fresh(base), analyzer, new Checkpoint(0, Instant.EPOCH));
      }
      SearchIndex index = new SearchIndex(base, g, found);
      index.point(g);
      index.deleteOthers();
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a usable index was on disk at open; false means it is empty and wants a rebuild. */
  public boolean found() {
    return found;
  }

  /** The generation searches read and the follower writes. */
  public IndexGeneration current() {
    return current;
  }

  /** A new, empty generation beside the current one, for a rebuild that starts at {@code start}. */
  public IndexGeneration next(Checkpoint start) {
    try {
      return IndexGeneration.create(fresh(base), indexAnalyzer, start);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes a committed rebuild the current generation: the pointer first (durable), then the
   * searches; the old generation goes once its last search has left.
   */
  public void swap(IndexGeneration next) {
    point(next);
    IndexGeneration old = current;
    current = next;
    old.retire();
  }

  /** Drops a generation that will not be used (a rebuild that failed), with its directory. */
  public void discard(IndexGeneration g) {
    g.retire();
  }

  /** Adds or replaces items and removes the keys given, in {@code g}; visible after its commit. */
  public void apply(IndexGeneration g, Collection<Searchable> upserts, Collection<String> removedKeys) {
    g.apply(upserts, removedKeys);
  }

  public void commit(IndexGeneration g, Checkpoint reached) {
    g.commit(reached, FORMAT);
  }

  /** One page of what the reader may see, best first, with snippets and the total. */
  public Page<SearchHit> search(SearchRequest request, Visibility reader) {
    while (true) {
      IndexGeneration g = current;
      Page<SearchHit> page = g.search(s -> hits.page(s, request, reader));
      if (page != null) {
        return page;
      }
      // the generation was swapped out between reading it and entering it: read the new one
    }
  }

  @Override
  public void close() {
    current.close();
  }

  private void point(IndexGeneration g) {
    try {
      Path tmp = base.resolve(POINTER + ".tmp");
      Files.writeString(tmp, g.dir().getFileName().toString(), StandardCharsets.UTF_8);
      Files.move(tmp, base.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteOthers() throws IOException {
    String keep = current.dir().getFileName().toString();
    List<Path> others;
    try (Stream<Path> dirs = Files.list(base)) {
      others = dirs.filter(p -> p.getFileName().toString().startsWith("gen-"))
          .filter(p -> !p.getFileName().toString().equals(keep)).toList();
    }
    for (Path p : others) {
      LOG.info(() -> "LMS search: deleting an unused index " + p);
      IndexGeneration.delete(p);
    }
  }

  private static Path fresh(Path base) {
    long stamp = System.currentTimeMillis();
    while (Files.exists(base.resolve("gen-" + stamp))) {
      stamp++;
    }
    return base.resolve("gen-" + stamp);
  }
}
