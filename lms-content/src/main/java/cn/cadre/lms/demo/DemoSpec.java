package cn.cadre.lms.demo;

/**
 * What to generate: the random seed and how many cadres. Everything else (the tree, the 320 liaison
 * units, the stations) is fixed Huaibei geography.
 *
 * @param seed   seed of the one {@link java.util.Random} the generator draws from
 * @param cadres number of cadres; at least {@link #MIN_CADRES} so every liaison unit gets three
 */
public record DemoSpec(long seed, int cadres) {

  /** 320 liaison units x 3 cadres, plus the 15% share that goes to village committees. */
  public static final int MIN_CADRES = 1_130;

  public DemoSpec {
    if (cadres < MIN_CADRES) {
      throw new IllegalArgumentException("cadres must be at least " + MIN_CADRES + ": " + cadres);
    }
  }

  /** The demo data shown in Huaibei: 4,128 cadres. */
  public static DemoSpec huaibei() {
    return new DemoSpec(20261129L, 4128);
  }
}
