package cn.cadre.lms.web.pages;

import cn.cadre.lms.common.FieldProblem;
import cn.cadre.lms.common.LmsException;
import cn.cadre.lms.directory.control.Actor;
import cn.cadre.lms.forums.boundary.Posts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** What the forum's writing forms share: a file sent with the post, and problems next to fields. */
final class ForumForms {

  private ForumForms() {}

  /** Uploads the file chosen with the post, if any; the post then names it. */
  static List<String> attach(Posts posts, Actor actor, UploadedFile file) {
    if (file == null || file.getSize() == 0) {
      return List.of();
    }
    try {
      return List.of(posts.upload(actor, file.getFileName(), file.getContentType(), file.getInputStream()).id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Field problems next to "form:field"; the post's attachments are the form's file field. */
  static void show(String form, LmsException e) {
    if (e.fields().isEmpty()) {
      PageMessages.error(e.key(), e.args());
      return;
    }
    for (FieldProblem f : e.fields()) {
      String field = f.field().startsWith("attachment") ? "file" : f.field();
      PageMessages.field(form + ":" + field, f.key(), f.args());
    }
  }
}
