/** The attempt module's stored rows: readings, attempts with their items, and practice cards. Internal. */
package org.lectern.attempt.domain;
