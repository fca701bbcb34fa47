package cn.cadre.lms.demo;

/** A fixed demo sign-in, printed at start: its username, its role and where the role applies. */
public record DemoAccount(String username, String role, String scopeName) {
}
