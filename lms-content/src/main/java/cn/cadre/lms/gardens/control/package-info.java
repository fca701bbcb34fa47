/**
 * The study gardens' rules and shapes: who reads, posts in and keeps a garden ({@code
 * GardenAccess}, on the search contract's visibility rule), the HTML sanitiser policies and plain
 * text for the index ({@code GardenHtml}), the activity feed and member counts ({@code
 * ActivityFeed}), posts as searchables ({@code GardenPostRows}, {@code GardenSearch}), drafts and
 * views, and the demo gardens. Pure functions where possible, SQL where a page needs one statement.
 */
package cn.cadre.lms.gardens.control;
