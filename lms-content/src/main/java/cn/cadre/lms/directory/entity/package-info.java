/**
 * The organisation tree and its people. Every node, unit, station and cadre has a path built from
 * division codes; a unit adds 'u<id>/', a station 's<id>/'. Entities refuse invalid states in their
 * constructors; a cadre's transfer keeps the old posting, so history is never overwritten.
 */
package cn.cadre.lms.directory.entity;
