package cn.cadre.lms.directory.entity;

/** A rural remote-education receiving station, or a village online information point. */
public enum StationKind {
  RECEIVING_STATION, INFO_POINT
}
