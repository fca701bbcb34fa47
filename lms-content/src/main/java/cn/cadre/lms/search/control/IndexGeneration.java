package cn.cadre.lms.search.control;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * One complete index in its own sub-directory, with its writer and searchers. A rebuild writes a
 * new generation beside the one searches use and then swaps them; the old one is closed and its
 * directory deleted only when the last search that entered it has left, so a swap never fails a
 * search in flight.
 */
public final class IndexGeneration implements Closeable {

  private static final Logger LOG = Logger.getLogger(IndexGeneration.class.getName());

  private final Path dir;
  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  // 1 for the owner (the index that holds this generation), +1 for each search inside it
  private final AtomicInteger users = new AtomicInteger(1);
  private volatile boolean deleteWhenUnused;
  private volatile Checkpoint checkpoint;

  private IndexGeneration(Path dir, Analyzer analyzer, boolean create) throws IOException {
    this.dir = dir;
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
        .setRAMBufferSizeMB(64)
        // only what a checkpoint describes is on disk: a restart re-applies the rest
        .setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  /** A new, empty generation in {@code dir}. */
  static IndexGeneration create(Path dir, Analyzer analyzer, Checkpoint start) throws IOException {
    IndexGeneration g = new IndexGeneration(dir, analyzer, true);
    g.checkpoint = start;
    return g;
  }

  /**
   * The generation stored in {@code dir}, or null when there is none or it was written by another
   * format (the caller then rebuilds).
   */
  static IndexGeneration open(Path dir, Analyzer analyzer, int format) throws IOException {
    try (FSDirectory probe = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(probe)) {
        return null;
      }
      Checkpoint stored = Checkpoint.of(SegmentInfos.readLatestCommit(probe).getUserData(), format);
      if (stored == null) {
        return null;
      }
      IndexGeneration g = new IndexGeneration(dir, analyzer, false);
      g.checkpoint = stored;
      return g;
    }
  }

  public Path dir() {
    return dir;
  }

  /**
   * Adds or replaces each item (one term per key) and deletes the removed keys; an item the index
   * cannot take (a link with a scheme, a bad audience path) is logged and left out, so one bad row
   * never stops the others.
   */
  void apply(Collection<Searchable> upserts, Collection<String> removedKeys) {
    try {
      for (Searchable s : upserts) {
        Document d;
        try {
          d = SearchDocument.of(s);
        } catch (IllegalArgumentException e) {
          LOG.warning(() -> "LMS search: " + s.key() + " left out of the index: " + e.getMessage());
          writer.deleteDocuments(SearchDocument.key(s.key()));
          continue;
        }
        writer.updateDocument(SearchDocument.key(s.key()), d);
      }
      for (String key : removedKeys) {
        writer.deleteDocuments(SearchDocument.key(key));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How far this generation has followed the changes (as last committed or started). */
  public Checkpoint checkpoint() {
    return checkpoint;
  }

  /** Makes everything written so far durable with its checkpoint, and visible to searches. */
  public void commit(Checkpoint reached, int format) {
    try {
      writer.setLiveCommitData(reached.userData(format).entrySet());
      writer.commit();
      checkpoint = reached;
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The live documents in the searchers' view. */
  public int documents() {
    return search(s -> s.getIndexReader().numDocs());
  }

  /** Runs a read on this generation's current searcher; null when it was retired meanwhile. */
  <T> T search(Read<T> read) {
    if (!enter()) {
      return null;
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return read.on(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      leave();
    }
  }

  /** A read of one searcher. */
  interface Read<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  boolean enter() {
    while (true) {
      int n = users.get();
      if (n == 0) {
        return false;
      }
      if (users.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  void leave() {
    if (users.decrementAndGet() == 0) {
      shut();
    }
  }

  /** Drops the owner's reference: closed and deleted once no search is inside any more. */
  void retire() {
    deleteWhenUnused = true;
    leave();
  }

  /** Closes, keeping the directory (a normal stop: the committed index stays for the next start). */
  @Override
  public void close() {
    leave();
  }

  private void shut() {
    try {
      searchers.close();
      writer.close();
      directory.close();
      if (deleteWhenUnused) {
        delete(dir);
      }
    } catch (IOException e) {
      LOG.warning(() -> "search index " + dir + " did not close cleanly: " + e);
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
