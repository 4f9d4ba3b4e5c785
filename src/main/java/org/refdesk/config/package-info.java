/**
 * Settings read once from flags, environment and defaults, and validated. Imports nothing of ours.
 */
package org.refdesk.config;
