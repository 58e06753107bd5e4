/**
 * People and signing in: members of an organisation, park staff and admins; registration of an
 * organisation with its first member; password hashing (Argon2id) and sign-in throttling.
 */
package dev.bridgehead.marketplace.account;
