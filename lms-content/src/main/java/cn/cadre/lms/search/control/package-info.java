/**
 * The search contract that every module speaks: an item to index ({@link
 * cn.cadre.lms.search.control.Searchable}), who may see it ({@link
 * cn.cadre.lms.search.control.Visibility}), the event a module fires when items change ({@link
 * cn.cadre.lms.search.control.SearchableChanged}) and the source that loads them ({@link
 * cn.cadre.lms.search.control.SearchSource}). The index itself (Lucene with a Chinese analyzer, on
 * local disk) is rebuilt from the sources, so the database stays the source of truth.
 */
package cn.cadre.lms.search.control;
