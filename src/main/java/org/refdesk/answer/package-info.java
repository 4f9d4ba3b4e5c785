/**
 * Composing cited answers from retrieval: extractive sentences, answer templates, suggestions, and
 * {@code AskService}, the one entry for asking; {@code ModelAnswerer} is the port the optional chat model
 * plugs into. May import retrieve, gaps, library and config (never index: sentence picking is
 * {@code retrieve.SentencePicker}).
 */
package org.refdesk.answer;
