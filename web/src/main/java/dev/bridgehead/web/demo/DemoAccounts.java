package dev.bridgehead.web.demo;

/** The demo sign-ins printed at start: one per kind of user. */
public record DemoAccounts(String staff, String admin, String lingangMember, String singaporeMember, String password) {
}
