/** Shared kernel: the main layout, the start page that routes each role home, and error pages. */
@org.springframework.modulith.ApplicationModule(displayName = "Base")
package org.lectern.base;
