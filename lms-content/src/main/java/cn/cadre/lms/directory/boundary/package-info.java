/** The way into the directory: tree, people list, cadre records, transfers and the cadre import. */
package cn.cadre.lms.directory.boundary;
