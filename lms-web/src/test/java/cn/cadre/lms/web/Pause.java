package cn.cadre.lms.web;

/** A test's wait between two polls of something that settles in the background. */
public final class Pause {

  private Pause() {
  }

  /** Sleeps; an interrupt ends the test with an error rather than being swallowed. */
  public static void millis(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
