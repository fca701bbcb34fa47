/**
 * The way into search: {@link cn.cadre.lms.search.boundary.Search} (a page of hits for the caller,
 * the rebuild, the counties), {@link cn.cadre.lms.search.boundary.SearchIndexer} (the start-up
 * singleton that keeps this node's index on disk following the change table) and {@link
 * cn.cadre.lms.search.boundary.SearchChanges} (writes the change rows in the changing transaction).
 *
 * <p>Decisions: the index is never written inside a business transaction; it learns of changes
 * only from committed change rows and loads the items afresh through their modules' sources, so a
 * rolled-back change can never be found and a crash never loses one (the rows outlive the process;
 * the index's commit records the last change id applied). Each node follows the table on its own,
 * so no node depends on another's disk. Searches run without a transaction and take no lock.
 */
package cn.cadre.lms.search.boundary;
