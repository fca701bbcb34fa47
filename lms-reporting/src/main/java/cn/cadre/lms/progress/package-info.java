/**
 * Progress (学习进度): study time and credits of the year summed per region, one level of the tree
 * at a time (city, county or district, township, village), for the staff who oversee them.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>One statement per level, grouped in SQL by the path segment just below the node shown:
 *       a cadre belongs to a region through its path, so the child region is a substring of
 *       {@code cadre.path}, and units placed at the node itself ({@code .../u12/}) form one row of
 *       their own. No query per child, and the statement is the same on H2 2.x and MySQL/MariaDB
 *       (SUBSTRING, LOCATE, CASE).
 *   <li>Every figure counts the serving cadres of the row, as the credit review does: cadres,
 *       online minutes (verified study time of sessions started in the China-time year), station
 *       minutes (group study at village stations on days of the year, booked to the cadre wherever
 *       the station is), required and elective credits from the balance row, and how many meet the
 *       requirement of their rank. The requirement and the scope condition are the review list's
 *       own SQL ({@code ReviewList.requirement}, {@code ScopeSql}), so "meets" here is exactly "no
 *       shortfall" there.
 *   <li>Scope is the caller's read scope cut to the node: a node answers when it meets the scope
 *       (404 otherwise, like an unknown id), and its rows hold only what the caller may read, so a
 *       county administrator asking for the city sees their county alone and a liaison their unit
 *       alone. A caller who reads no one gets an empty view, as in the review.
 *   <li>Online seconds are summed first and turned into whole minutes per row, so a total's
 *       minutes are its own seconds' minutes, never a sum of rounded rows.
 * </ul>
 */
package cn.cadre.lms.progress;
