/**
 * The study gardens' stored facts: gardens and their audiences, posts of three kinds (a reading
 * list's entries kept in order beside its post), comments and likes. Entities refuse invalid states
 * as 422s naming the field, and refuse what the caller's {@link cn.cadre.lms.gardens.entity.Standing}
 * does not allow: a reader who is not a member cannot post (403 garden.notMember), only the author
 * edits, only a keeper features, nobody likes their own post. Relations are kept as ids, as in the
 * catalog.
 */
package cn.cadre.lms.gardens.entity;
