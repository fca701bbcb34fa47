/**
 * The progress report's logic and its SQL: the regions of the tree (a node, its children, the
 * nodes enclosing a path), the per-level sums in one statement, and the view built from them.
 * Each class works on a JDBC connection it is given, so the MariaDB and H2 tests run it without a
 * server.
 */
package cn.cadre.lms.progress.control;
