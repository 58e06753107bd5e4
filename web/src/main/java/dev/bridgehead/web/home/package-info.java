/** The front page: what Bridgehead is and where to start. */
package dev.bridgehead.web.home;
