/**
 * Reading-list exports (RIS, BibTeX, CSV, Markdown, JSON Lines) and CSL citations. May import library.
 */
package org.refdesk.export;
