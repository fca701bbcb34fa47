/**
 * The forums' rules without a server: who opens and moderates boards ({@link
 * cn.cadre.lms.forums.control.ForumAccess}), who reads them ({@link
 * cn.cadre.lms.forums.control.Reader}, by the search contract's visibility rule), the post HTML
 * policy ({@link cn.cadre.lms.forums.control.PostHtml}, OWASP), mentions ({@link
 * cn.cadre.lms.forums.control.MentionParser}), the posting throttle ({@link
 * cn.cadre.lms.forums.control.PostingThrottle}, with a given clock), the queries (thread lists,
 * unread counts, search rows) and the shapes the boundaries answer with.
 */
package cn.cadre.lms.forums.control;
