package cn.cadre.lms.accounts.control;

import java.time.Instant;

/** The outcome of one sign-in attempt; a locked account says until when, never why the password failed. */
public record SignIn(Outcome outcome, String username, Instant lockedUntil) {

  public enum Outcome {
    OK,
    INVALID,
    LOCKED
  }

  public boolean ok() {
    return outcome == Outcome.OK;
  }
}
