/**
 * The search change table's row ({@link cn.cadre.lms.search.entity.SearchChange}). Decision: the
 * rows are written through JPA with the table generator every entity uses, so they join the
 * caller's transaction; they are read back with plain JDBC ({@code search.control.ChangeFeed}),
 * because a follower reads thousands of tiny rows and needs no entity for them.
 */
package cn.cadre.lms.search.entity;
