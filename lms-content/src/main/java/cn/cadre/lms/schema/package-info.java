/** The schema: Flyway migrations in db/migration, run at start, the same scripts on H2 and MySQL. */
package cn.cadre.lms.schema;
