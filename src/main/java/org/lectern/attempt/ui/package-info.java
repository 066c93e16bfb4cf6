/** Views of the attempt module. */
package org.lectern.attempt.ui;
