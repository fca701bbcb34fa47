package cn.cadre.lms.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The benchmark baseline endpoints against the platform as shipped (lms.bench.endpoints unset): they
 * must not exist, answering exactly like a path that was never there, whatever the body.
 */
final class BenchChecks {

  private static final String BEAT = "{\"seq\":1,\"sentAt\":1,\"visible\":true,\"idleSeconds\":0,\"playing\":false}";

  private final Api api;

  BenchChecks(Api api) {
    this.api = api;
  }

  void run() {
    String cadre = api.token("cadre");
    var unknown = api.post("api/no-such-bench/naive-beats/x", cadre, BEAT).expectProblem(404);
    var valid = api.post("api/bench/naive-beats/x", cadre, BEAT).expectProblem(404);
    assertEquals(unknown.body(), valid.body(), "the same problem as an unknown path");
    // refused before the body is read: no 400 or 422 tells that the endpoint is there
    assertEquals(unknown.body(), api.post("api/bench/naive-beats/x", cadre, "{\"seq\": ").expectProblem(404).body());
    assertEquals(unknown.body(), api.post("api/bench/naive-beats/x", cadre, "{}").expectProblem(404).body());
    api.post("api/bench/naive-beats/x", null, BEAT).expectProblem(401);
    var unknownGet = api.get("api/no-such-bench/naive-search?q=x", cadre).expectProblem(404);
    assertEquals(unknownGet.body(), api.get("api/bench/naive-search?q=x", cadre).expectProblem(404).body());
  }
}
