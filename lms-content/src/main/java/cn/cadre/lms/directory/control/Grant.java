package cn.cadre.lms.directory.control;

import cn.cadre.lms.directory.entity.Role;

/** A role at a path, as the signed-in caller holds it (a detached copy of a RoleGrant). */
public record Grant(Role role, String path) {}
