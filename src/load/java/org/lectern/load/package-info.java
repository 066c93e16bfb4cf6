/**
 * The load benchmark: a Gatling simulation of students taking a quiz while an instructor refreshes the gradebook,
 * speaking Vaadin Flow's UIDL protocol. Compiled and run only by the {@code load} Maven profile
 * ({@code ./mvnw -Pload verify -Dload.users=500}); never part of the test suite. See docs/benchmarks.md.
 */
package org.lectern.load;
