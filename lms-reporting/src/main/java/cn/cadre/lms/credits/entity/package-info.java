/**
 * The ledger's values: an entry and how it is sealed into its chain, a year's rules and the
 * arithmetic they imply. Plain classes, not JPA entities (see the credits package), tested with
 * plain JUnit.
 */
package cn.cadre.lms.credits.entity;
