package cn.cadre.lms.forums.control;

import cn.cadre.lms.directory.control.Page;

/** A thread with one page of its posts, its board, and whether the reader moderates it. */
public record ThreadDetail(ThreadCard thread, BoardCard board, boolean moderates, Page<PostView> posts) {}
