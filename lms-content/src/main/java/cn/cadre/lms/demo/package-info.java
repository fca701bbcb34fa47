/**
 * Demo data for Huaibei (淮北市): a seeded, repeatable generator that fills an empty, migrated
 * schema with the city's organisation tree, units, stations, cadres, accounts and role grants.
 *
 * <p>What it makes, for {@link cn.cadre.lms.demo.DemoSpec#huaibei()}: 560 org nodes (the city, its
 * four county-level areas, 29 real townships and sub-districts, 526 generated villages), 846 units
 * (320 liaison units — city and county organs, township governments, institutions and enterprises —
 * plus one village committee per village), 526 receiving stations and 318 information points, 4,128
 * cadres with one open posting each, and a person for every cadre, every station operator and the
 * ten fixed demo accounts in {@link cn.cadre.lms.demo.HuaibeiDemo#ACCOUNTS}.
 *
 * <p>Decisions:
 * <ul>
 *   <li>Plain JDBC batches of 1,000 rather than JPA: 100,000 cadres (about 400,000 rows) must load
 *       in seconds for benchmarks. On MySQL add {@code rewriteBatchedStatements=true} to the URL, or
 *       Connector/J sends the batch row by row.</li>
 *   <li>Everything is generated in memory first, then written in one transaction; a generator bug
 *       fails before the first insert and a database error rolls the whole load back.</li>
 *   <li>Ids are assigned here, from 1 per table, and {@code id_sequence} is then set to each table's
 *       largest id so JPA's table generator continues after them.</li>
 *   <li>One {@link java.util.Random} from the seed is the only source of randomness, drawn in a fixed
 *       order over lists and LinkedHashMaps: the same seed gives the same rows on any JVM.</li>
 *   <li>Every liaison unit gets three cadres before the rest are spread by unit size, so each has a
 *       liaison to choose; about 15% of cadres sit in village committees, one per village first.
 *       Cadre ids then run unit by unit, as after a unit-by-unit import.</li>
 *   <li>Ranks are drawn with probabilities calibrated from the actual unit mix so that about 7% are
 *       county-level (only in city units, rarely in county units) and 38% section-level; village
 *       cadres are always below section. Posts follow rank: the first fitting cadre takes the head
 *       post, the next ones the deputy posts.</li>
 *   <li>The 'liaison' and 'cadre' accounts are cadres of 濉溪县委组织部: 'liaison' replaces the
 *       generated liaison of that unit (still one liaison per unit) and 'cadre' is a serving
 *       section-level colleague; neither gets a second, generated person. 'operator' is an extra
 *       operator of the first Suixi village's station, beside its generated {@code op} account.</li>
 *   <li>The catalog ({@code DemoCourses}, content in {@code DemoCourseTexts}, loaded by DemoLoader
 *       after the people): nine published courses (eight of the city, one of Suixi), four of them
 *       required city-wide this year, one quiz, one PDF document (shipped as a resource and put in
 *       the media store), one video by URL, and the short course 廉洁从政微课（快速体验） of two
 *       60-second text lessons for quick browser tests; 'cadre' is enrolled in the first required
 *       course.</li>
 *   <li>Every person gets the caller's password hash (computed once: hashing 100,000 times would take
 *       minutes). Demo mode only.</li>
 * </ul>
 */
package cn.cadre.lms.demo;
