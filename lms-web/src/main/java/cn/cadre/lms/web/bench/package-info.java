/**
 * Benchmark baselines, not features: endpoints that exist only so bench/heartbeats.sh can measure
 * the shipped design against the simple one in the same run. They answer 404 like any unknown path
 * unless MicroProfile Config {@code lms.bench.endpoints=true}, which only the bench scripts set.
 * Decisions: the switch is a JAX-RS name-bound filter, so a disabled endpoint refuses before its
 * body is even read (a malformed body gets the same 404 as an unknown path); the naive store uses
 * plain JDBC, the cheapest way a simple LMS could write a row, so the comparison is not flattered.
 */
package cn.cadre.lms.web.bench;
