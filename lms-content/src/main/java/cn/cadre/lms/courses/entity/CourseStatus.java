package cn.cadre.lms.courses.entity;

/** A course's life: drafted and edited, published to learners, withdrawn from the catalog. */
public enum CourseStatus {
  DRAFT, PUBLISHED, WITHDRAWN
}
