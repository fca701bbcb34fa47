package cn.cadre.lms.web.pages;

import cn.cadre.lms.web.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Shows stored UTC times in China Standard Time on pages: #{times.at(post.createdAt)}. */
@Named("times")
@ApplicationScoped
public class TimesBean {

  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public String at(LocalDateTime utc) {
    return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(Texts.ZONE).format(SHOWN);
  }
}
