/** Assignment entities and their repository; internal to the assignment module. */
package org.lectern.assignment.domain;
