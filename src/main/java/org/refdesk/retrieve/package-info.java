/**
 * Understanding a question (years, places, names, follow-ups), hybrid retrieval with rank fusion, and the
 * abstention gate. May import index and library.
 */
package org.refdesk.retrieve;
