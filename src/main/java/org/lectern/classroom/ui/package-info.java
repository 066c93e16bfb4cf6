/** Views of the classroom module. */
package org.lectern.classroom.ui;
