package cn.cadre.lms.forums.control;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds "@username" in a post's text. Usernames are lowercase letters, digits, '.', '_' and '-',
 * starting with a letter (see {@code Person#isUsername}); an '@' inside a word or an e-mail
 * address is not a mention. A Chinese character right before the '@' is fine: "请@colleague看看".
 */
public final class MentionParser {

  /** More names than this in one post is a mass notification, not a conversation. */
  public static final int MAX_MENTIONS = 20;

  private static final Pattern MENTION = Pattern.compile("(?<![A-Za-z0-9._@-])@([a-z][a-z0-9._-]{2,39})");

  private MentionParser() {}

  /** The usernames named in the text, in order of first appearance, at most {@link #MAX_MENTIONS}. */
  public static Set<String> usernames(String plainText) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = MENTION.matcher(plainText == null ? "" : plainText);
    while (m.find() && names.size() < MAX_MENTIONS) {
      // a sentence may end right after the name: "@colleague." names colleague
      names.add(m.group(1).replaceAll("[._-]+$", ""));
    }
    return names;
  }
}
