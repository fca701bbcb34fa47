package cn.cadre.lms.directory.entity;

/** Serving, transferred out of the system, or retired; only serving cadres owe credits. */
public enum CadreStatus {
  SERVING, TRANSFERRED, RETIRED
}
