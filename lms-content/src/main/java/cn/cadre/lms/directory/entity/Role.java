package cn.cadre.lms.directory.entity;

/** What a person may do at the node a grant binds the role to. */
public enum Role {
  CADRE(false, false),
  LIAISON(true, false),
  STATION_OPERATOR(true, false),
  SUBCENTER_ADMIN(true, true),
  CENTER_ADMIN(true, true),
  INSTRUCTOR(false, false),
  MODERATOR(false, false);

  private final boolean readsDirectory;
  private final boolean managesPeople;

  Role(boolean readsDirectory, boolean managesPeople) {
    this.readsDirectory = readsDirectory;
    this.managesPeople = managesPeople;
  }

  /** May list and read the cadres under the grant's path. */
  public boolean readsDirectory() {
    return readsDirectory;
  }

  /** May create and edit people, import cadres and reset passwords under the grant's path. */
  public boolean managesPeople() {
    return managesPeople;
  }
}
