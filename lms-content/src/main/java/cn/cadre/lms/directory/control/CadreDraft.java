package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.Authority;
import cn.cadre.lms.directory.entity.Gender;
import cn.cadre.lms.directory.entity.Rank;

/** The fields an administrator sets when creating or correcting a cadre. */
public record CadreDraft(
    String name, Gender gender, Long unitId, String post, Rank rank, Authority authority) {}
