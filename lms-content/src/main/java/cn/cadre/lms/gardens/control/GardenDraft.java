package cn.cadre.lms.gardens.control;

import cn.cadre.lms.gardens.entity.GardenKind;

/**
 * A garden to open: its kind, name and description, and what it is for. Only the field of its kind
 * is read: the unit (UNIT), the county's division code (COUNTY), the course (COURSE) or the special
 * class (SPECIAL_CLASS); a CITY garden is for the opener's city.
 */
public record GardenDraft(GardenKind kind, String name, String description, Long unitId, String countyCode,
    Long courseId, Long classId) {}
