package org.refdesk.retrieve;

/**
 * Similarity levels measured for the current models and collection: {@code offTopicCeiling} is the
 * highest question-to-report cosine that everyday off-topic questions reach (99th percentile of a probe
 * set), so a question must do better than that to count as on-topic by meaning alone; {@code offTopicGap}
 * is how far, at most, their closest report stands ahead of the next one (99th percentile), so a report
 * standing further ahead is a distinct match, not one of many equally near. {@code companionGap} and
 * {@code companionCeiling} are that gap and that ceiling for the companion model, on its own scale (1, which nothing
 * reaches, when there is no companion); {@code companionScale} is how far the companion's off-topic closeness spreads
 * for each unit of the primary's (ratio of their standard deviations), to carry a margin from one scale to the other.
 */
public record Calibration(float offTopicCeiling, float offTopicMean, float offTopicGap, float companionGap,
                          float companionCeiling, float companionScale) {

    public static final Calibration UNCALIBRATED = new Calibration(1f, 1f, 1f, 1f, 1f, 1f);
}
