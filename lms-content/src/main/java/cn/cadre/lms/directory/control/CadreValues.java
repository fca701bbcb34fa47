package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;
import java.util.Locale;
import java.util.Map;

/** The words a spreadsheet may use for enum cells, in Chinese or English. */
public final class CadreValues {

  private static final Map<String, Gender> GENDERS =
      Map.of("男", Gender.MALE, "女", Gender.FEMALE, "male", Gender.MALE, "female", Gender.FEMALE);
  private static final Map<String, Rank> RANKS =
      Map.of(
          "县处级", Rank.COUNTY, "乡科级", Rank.SECTION, "科级以下", Rank.BELOW_SECTION,
          "county", Rank.COUNTY, "section", Rank.SECTION, "below_section", Rank.BELOW_SECTION);
  private static final Map<String, Authority> AUTHORITIES =
      Map.of("市管", Authority.CITY, "县管", Authority.COUNTY, "city", Authority.CITY, "county", Authority.COUNTY);

  private CadreValues() {}

  public static Gender gender(String v) {
    return v == null ? null : GENDERS.get(v.strip().toLowerCase(Locale.ROOT));
  }

  public static Rank rank(String v) {
    return v == null ? null : RANKS.get(v.strip().toLowerCase(Locale.ROOT));
  }

  public static Authority authority(String v) {
    return v == null ? null : AUTHORITIES.get(v.strip().toLowerCase(Locale.ROOT));
  }
}
