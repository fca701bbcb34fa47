package cn.cadre.lms.gardens.entity;

/**
 * The caller's place in one garden, decided once per request (see GardenAccess) and handed to the
 * entities, which refuse what it does not allow.
 *
 * @param personId the caller's account
 * @param reads sees the garden and everything in it
 * @param member may post: a cadre under the audience path, and in its group if it names one
 * @param manages keeps the garden (center, the county's sub-center, the unit's liaison): features
 *     and removes posts
 */
public record Standing(long personId, boolean reads, boolean member, boolean manages) {}
