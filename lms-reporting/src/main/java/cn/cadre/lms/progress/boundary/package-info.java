/**
 * The way into the progress report: one level of the tree within the caller's read scope, 404
 * for a node outside it.
 */
package cn.cadre.lms.progress.boundary;
