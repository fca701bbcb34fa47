/**
 * The catalog's rules and shapes: who may author, read and study a course ({@code CourseAccess}),
 * whom an assignment reaches ({@code AudienceRule}), quiz scoring, the accepted media types by
 * magic bytes, HTTP byte ranges, HTML sanitising, the media store on disk, the events and records
 * exchanged with study tracking and the credit ledger, and the views the boundaries return.
 * Pure functions where possible, so each rule is tested on its own.
 */
package cn.cadre.lms.courses.control;
