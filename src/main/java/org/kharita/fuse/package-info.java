/**
 * Fusion: reports from different articles and datasets that describe the same occurrence become one
 * fused event that keeps every report. Pure logic over {@link org.kharita.fuse.Report}s (no storage,
 * no Spring): the corpus feeds it rows and stores what it decides.
 */
package org.kharita.fuse;
