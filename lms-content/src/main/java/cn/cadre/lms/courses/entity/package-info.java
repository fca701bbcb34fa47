/**
 * The catalog's stored facts: courses, lessons, quiz questions and attempts, uploaded media,
 * special classes, required-course assignments, enrolments and lesson progress. Entities refuse
 * invalid states as 422s naming the field; relations are kept as ids (each row is read on its own
 * and the boundaries join in queries), so no entity loads a graph it does not need.
 */
package cn.cadre.lms.courses.entity;
