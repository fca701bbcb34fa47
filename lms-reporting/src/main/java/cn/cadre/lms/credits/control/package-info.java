/**
 * The ledger's logic and its SQL: appending under the chain's lock, the year's rules, crediting
 * study events, verifying chains, the review list and its spreadsheet, the demo history. Each class
 * works on a JDBC connection it is given, so the MariaDB tests run it without a server and the
 * boundaries run it inside the container's transaction.
 */
package cn.cadre.lms.credits.control;
