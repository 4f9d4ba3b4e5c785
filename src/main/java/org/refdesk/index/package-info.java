/**
 * The Lucene index (BM25 text fields, facets, HNSW vectors), the embedding model wrapper and cache, index
 * generations and sync. Only this package imports Lucene. May import library.
 */
package org.refdesk.index;
