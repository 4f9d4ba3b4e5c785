/**
 * The composition root: {@code App}, which reads the settings once, builds every object and starts things;
 * {@code DataFolder}, the start-up check of the data folder. May import every package except {@code cli}.
 */
package org.refdesk;
