package cn.cadre.lms.credits.control;

import cn.cadre.lms.directory.entity.Rank;
import java.math.BigDecimal;

/** One cadre in the review: credits held against the rank's requirement for the year. */
public record ReviewRow(long cadreId, String name, String unitName, Rank rank, BigDecimal required,
    BigDecimal elective, BigDecimal requirement, BigDecimal shortfall) {}
