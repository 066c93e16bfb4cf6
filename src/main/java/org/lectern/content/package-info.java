/**
 * Content layer: reads an article (text saved from a web page, Markdown or HTML), splits it into lessons, strips
 * web-page noise, links citations to endnotes and generates multiple-choice questions tied to their source sentence.
 * Plain Java: no Spring web, no Vaadin.
 */
package org.lectern.content;
