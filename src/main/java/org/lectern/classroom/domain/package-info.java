/** Class entities and their repository; internal to the classroom module. */
package org.lectern.classroom.domain;
