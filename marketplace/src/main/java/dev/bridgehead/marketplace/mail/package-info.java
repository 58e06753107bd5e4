/** Outgoing e-mail: to the log by default, through SMTP (with STARTTLS) when configured. */
package dev.bridgehead.marketplace.mail;
