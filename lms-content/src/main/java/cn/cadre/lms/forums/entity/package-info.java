/**
 * The forums' stored state, each entity guarding its own rules: a {@link
 * cn.cadre.lms.forums.entity.Board} knows its audience, a {@link
 * cn.cadre.lms.forums.entity.ForumThread} numbers its posts and refuses replies once locked, a
 * {@link cn.cadre.lms.forums.entity.ForumPost} keeps every earlier version as a {@link
 * cn.cadre.lms.forums.entity.PostRevision} when edited. Titles are plain text, bodies sanitised
 * HTML (see {@code forums.control.PostHtml}); times are UTC.
 */
package cn.cadre.lms.forums.entity;
