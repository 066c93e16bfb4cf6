/** The application shell, main layout and shared page pieces that every module's views use. */
@org.springframework.modulith.NamedInterface("ui")
package org.lectern.base.ui;
