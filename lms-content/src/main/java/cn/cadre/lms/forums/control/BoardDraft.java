package cn.cadre.lms.forums.control;

import cn.cadre.lms.forums.entity.BoardKind;
import java.util.List;

/**
 * A board to open. {@code path} names the audience of a COUNTY board (the county's path) or a
 * UNIT board (the unit's path); a CITY board takes the center's root path when it is left out. A
 * COURSE board names its course, a SPECIAL_CLASS board its class; their audience follows from it.
 * {@code moderators} are usernames named as moderators beside the staff of the audience.
 */
public record BoardDraft(BoardKind kind, String name, String description, String path, Long courseId,
    Long classId, List<String> moderators) {

  public BoardDraft {
    moderators = moderators == null ? List.of() : List.copyOf(moderators);
  }
}
