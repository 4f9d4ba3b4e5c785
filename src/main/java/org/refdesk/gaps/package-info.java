/**
 * The gap report: topics of questions the library answered poorly or not at all, counted by their distinctive
 * terms only. May import retrieve, library and config.
 */
package org.refdesk.gaps;
