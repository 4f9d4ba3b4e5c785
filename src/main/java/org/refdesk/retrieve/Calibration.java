package org.refdesk.retrieve;

/**
 * Similarity levels measured for the current models and collection: {@code offTopicCeiling} is the
 * highest question-to-report cosine that everyday off-topic questions reach (99th percentile of a probe
 * set), so a question must do better than that to count as on-topic by meaning alone; {@code offTopicGap}
 * is how far, at most, their closest report stands ahead of the next one (99th percentile), so a report
 * standing further ahead is a distinct match, not one of many equally near. {@code companionGap} is that gap for
 * the companion model, on its own scale (1, which nothing reaches, when there is no companion).
 */
public record Calibration(float offTopicCeiling, float offTopicMean, float offTopicGap, float companionGap) {

    public static final Calibration UNCALIBRATED = new Calibration(1f, 1f, 1f, 1f);
}
