/**
 * Composing cited answers from retrieval: extractive sentences, answer templates, suggestions, and
 * {@code AskService}, the one entry for asking. May import retrieve, index and library.
 */
package org.refdesk.answer;
