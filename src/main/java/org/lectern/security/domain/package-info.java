/** The account entity and its repository; internal to the security module. */
package org.lectern.security.domain;
