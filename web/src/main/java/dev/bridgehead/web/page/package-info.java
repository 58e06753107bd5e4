/** What every page shares: the request's language and messages, the current address, the layout's model. */
package dev.bridgehead.web.page;
