/** Views of the course module. */
package org.lectern.course.ui;
