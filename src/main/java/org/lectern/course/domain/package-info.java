/** Course entities and repositories; internal to the course module. */
package org.lectern.course.domain;
