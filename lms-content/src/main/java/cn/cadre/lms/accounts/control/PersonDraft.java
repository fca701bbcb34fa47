package cn.cadre.lms.accounts.control;

import cn.cadre.lms.directory.entity.Role;

/** A new account: who, optionally which cadre record, and the first role with the node it binds to. */
public record PersonDraft(String username, String displayName, Long cadreId, Role role, String scopePath) {}
