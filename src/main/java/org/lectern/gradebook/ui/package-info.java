/** Views of the gradebook module. */
package org.lectern.gradebook.ui;
