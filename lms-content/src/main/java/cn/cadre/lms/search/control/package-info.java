/**
 * The search contract that every module speaks: an item to index ({@link
 * cn.cadre.lms.search.control.Searchable}), who may see it ({@link
 * cn.cadre.lms.search.control.Visibility}), the event a module fires when items change ({@link
 * cn.cadre.lms.search.control.SearchableChanged}) and the source that loads them ({@link
 * cn.cadre.lms.search.control.SearchSource}). The index itself (Lucene with a Chinese analyzer, on
 * local disk) is rebuilt from the sources, so the database stays the source of truth.
 *
 * <p>The Lucene pieces, plain Java tested with plain JUnit: {@link
 * cn.cadre.lms.search.control.ChineseAnalysis} (smartcn words and CJK bigrams, each text indexed
 * both ways), {@link cn.cadre.lms.search.control.SearchDocument} (the fields), {@link
 * cn.cadre.lms.search.control.VisibilityFilter} (the visibility rule as term filters), {@link
 * cn.cadre.lms.search.control.QueryText} (the search box's syntax), {@link
 * cn.cadre.lms.search.control.SearchIndex} with its {@link
 * cn.cadre.lms.search.control.IndexGeneration}s (the index on disk, swapped whole by a rebuild),
 * and {@link cn.cadre.lms.search.control.ChangeFeed} with {@link
 * cn.cadre.lms.search.control.Follower} (reading the change table, including rows that committed
 * out of id order).
 */
package cn.cadre.lms.search.control;
