/**
 * The composition root: {@code Main} (the command line entry) and {@code App}, which reads the settings once,
 * builds every object and starts things. May import every package.
 */
package org.refdesk;
