package cn.cadre.lms.demo;

/** Row counts of one demo load; {@code liaisons} counts LIAISON grants (one per liaison unit). */
public record DemoSummary(int nodes, int units, int receivingStations, int infoPoints, int cadres,
    int liaisons, int persons) {
}
