/** Joining Bridgehead: the registration page for a firm and its first member. */
package dev.bridgehead.web.account;
