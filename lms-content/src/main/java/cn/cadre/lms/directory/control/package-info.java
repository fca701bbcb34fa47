/**
 * Directory logic that needs no server: the scope rule ({@link cn.cadre.lms.directory.control.Scope}),
 * the caller ({@link cn.cadre.lms.directory.control.Actor}), query and draft shapes, and the
 * spreadsheet reading of a cadre import.
 */
package cn.cadre.lms.directory.control;
