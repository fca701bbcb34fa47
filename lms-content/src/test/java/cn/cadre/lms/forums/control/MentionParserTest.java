package cn.cadre.lms.forums.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionParserTest {

  @Test
  void namesAfterAnAtSignAreFoundInOrderOnce() {
    assertEquals(List.of("cadre", "colleague"),
        List.copyOf(MentionParser.usernames("请@cadre 和 @colleague 看看，@cadre 也请回复")));
  }

  @Test
  void mailAddressesAndShortNamesAreNotMentions() {
    assertEquals(Set.of(), MentionParser.usernames("写信到 office@huaibei.gov.cn 或 @ab"));
    assertEquals(Set.of("c000123"), MentionParser.usernames("(@c000123)"));
  }

  @Test
  void aSentenceEndingRightAfterTheNameStillNamesIt() {
    assertEquals(Set.of("colleague"), MentionParser.usernames("谢谢@colleague."));
  }

  @Test
  void atMostTwentyNamesAreTaken() {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      many.append(" @user").append(100 + i);
    }
    assertEquals(MentionParser.MAX_MENTIONS, MentionParser.usernames(many.toString()).size());
  }
}
