/** Park staff's queues: organisations awaiting verification and listings awaiting moderation. */
package dev.bridgehead.web.staff;
