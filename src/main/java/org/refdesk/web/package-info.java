/**
 * The Javalin app: handlers, request and response records, error mapping, admission, security headers;
 * {@code WebApp} is what the composition root and the command line start and stop. Only this package imports
 * Javalin. May import answer, gaps, retrieve, export, library and config.
 */
package org.refdesk.web;
