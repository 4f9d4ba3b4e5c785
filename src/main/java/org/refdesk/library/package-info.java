/**
 * The collection: the {@code Publication} record, the parsers of its formats (listing page, JSON Lines, CSV),
 * the change journal of admin edits. May import config.
 */
package org.refdesk.library;
