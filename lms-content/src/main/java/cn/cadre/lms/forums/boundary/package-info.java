/**
 * The forums' way in (网上论坛): {@code Boards} (the boards a reader sees, opening boards, named
 * moderators, a board's threads), {@code Threads} (reading a thread, which marks it read; starting
 * a thread; replying and quoting), {@code Posts} (editing with the history kept, attachments),
 * {@code Moderation} (pin, lock, hide and move within the moderator's scope, every action
 * recorded), {@code Reports} and {@code Mentions}. Each takes the caller first; a board, thread or
 * post the caller may not see answers 404 like an unknown one. Creating, editing, hiding and moving
 * posts fires {@code SearchableChanged} in the same transaction, and {@code ForumSearchSource}
 * loads them for the search index. {@code ForumDemoLoader} writes the demo's boards once.
 */
package cn.cadre.lms.forums.boundary;
