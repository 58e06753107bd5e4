/** The park's English–Chinese glossary: the shipped terms and park staff's additions, corrections and removals. */
package dev.bridgehead.marketplace.glossary;
