/**
 * Credits (学分): each assessment year's rules, the ledger every credit is written to, its
 * verification, and the review of every cadre's credits against the year's requirement.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>The ledger is append-only: a mistake is undone by a reversing entry made by an
 *       administrator with a reason, never by an edit. Entries are chained per cadre and year: each
 *       carries the hash of the one before, so a changed, removed or reordered row breaks the chain
 *       and {@code LedgerVerification} names where.
 *   <li>Storage is plain JDBC on the platform's one datasource, not JPA: the hash covers the exact
 *       stored values (so the code decides each column's text, not a mapping layer), appends lock one
 *       balance row with {@code SELECT ... FOR UPDATE}, the demo history goes in as JDBC batches,
 *       and the review list is one SQL statement. It also keeps lms-reporting free of entity
 *       discovery across jars: the persistence unit "lms" lives in lms-content's jar and does not
 *       scan this one.
 *   <li>Credit for study time rounds down to a hundredth per session, so rounding never credits
 *       time that was not studied; completing the course tops it up to its full value anyway.
 * </ul>
 */
package cn.cadre.lms.credits;
