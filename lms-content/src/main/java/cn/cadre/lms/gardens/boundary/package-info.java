/**
 * The study gardens' way in: the gardens a caller sees and opening one ({@code Gardens}), members'
 * posts and shared files ({@code GardenPosts}), comments, likes and featuring ({@code
 * GardenReactions}), the search source of garden posts ({@code GardenPostSource}) and the demo
 * gardens ({@code DemoGardensLoader}). Each call takes the caller first and starts from the garden
 * and the caller's standing in it ({@code Place}): a garden or post the caller may not see answers
 * 404 like an unknown id; one the caller sees but may not act on answers 403 with the reason.
 */
package cn.cadre.lms.gardens.boundary;
