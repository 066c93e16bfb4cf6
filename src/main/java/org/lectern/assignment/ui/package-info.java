/** Views of the assignment module. */
package org.lectern.assignment.ui;
