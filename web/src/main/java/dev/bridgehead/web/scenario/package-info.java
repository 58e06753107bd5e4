/** Scenario pages: the public list the park counts toward its target, each scenario, and the staff form. */
package dev.bridgehead.web.scenario;
