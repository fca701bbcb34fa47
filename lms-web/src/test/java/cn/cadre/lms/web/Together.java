package cn.cadre.lms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Races for the checks: one call made from several threads at the same instant. */
final class Together {

  private Together() {}

  /** The same call from {@code n} threads released together; their answers in order, or the first failure. */
  static <T> List<T> atOnce(int n, Callable<T> call) {
    var pool = Executors.newFixedThreadPool(n);
    try {
      var start = new CountDownLatch(1);
      var answers = new ArrayList<Future<T>>();
      for (int i = 0; i < n; i++) {
        answers.add(pool.submit(() -> {
          start.await();
          return call.call();
        }));
      }
      start.countDown();
      var out = new ArrayList<T>();
      for (var a : answers) {
        out.add(a.get());
      }
      return out;
    } catch (InterruptedException | ExecutionException e) {
      throw new AssertionError("a simultaneous call failed", e instanceof ExecutionException ? e.getCause() : e);
    } finally {
      pool.shutdownNow();
    }
  }
}
