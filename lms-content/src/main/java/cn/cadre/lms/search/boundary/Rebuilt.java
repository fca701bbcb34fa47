package cn.cadre.lms.search.boundary;

/** What a rebuild did: documents indexed, seconds taken, and the rate. */
public record Rebuilt(int documents, double seconds, double documentsPerSecond) {

  static Rebuilt of(int documents, long nanos) {
    double seconds = nanos / 1e9;
    return new Rebuilt(documents, Math.round(seconds * 100) / 100.0,
        seconds == 0 ? 0 : Math.round(documents / seconds * 10) / 10.0);
  }
}
