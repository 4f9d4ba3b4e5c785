/**
 * The Javalin app: handlers, request and response records, error mapping, admission, security headers.
 * Only this package imports Javalin. May import answer, retrieve, export and library.
 */
package org.refdesk.web;
