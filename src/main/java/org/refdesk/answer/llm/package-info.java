/**
 * The optional LLM answer path: prompts, the chat model clients, and the citation checker that keeps a
 * model to the retrieved sources; {@code LlmAnswerer} implements {@code answer.ModelAnswerer}. Only this
 * package talks to a chat model. May import answer, retrieve, library and config; answer never imports it.
 */
package org.refdesk.answer.llm;
