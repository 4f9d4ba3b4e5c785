/**
 * The collection: the {@code Publication} record, the {@code Filters} a person may set over it (one type from
 * the request to the index), the parsers of its formats (listing page, JSON Lines, CSV), the change journal of
 * admin edits. May import config.
 */
package org.refdesk.library;
