package org.refdesk.index;

/**
 * Which model's vectors a dense search reads: the primary model's, which every part of refdesk uses (the
 * abstention gate is calibrated on them, answers pick sentences by them), or the companion model's, a second
 * opinion on closeness in meaning that only the fusion of ranked lists hears.
 */
public enum VectorSpace {
    PRIMARY(IndexFields.VECTOR, IndexFields.SENTENCE_VECTOR_VALUES),
    COMPANION(IndexFields.COMPANION_VECTOR, IndexFields.COMPANION_SENTENCE_VECTOR_VALUES);

    private final String vectorField;
    private final String sentenceField;

    VectorSpace(String vectorField, String sentenceField) {
        this.vectorField = vectorField;
        this.sentenceField = sentenceField;
    }

    String vectorField() {
        return vectorField;
    }

    String sentenceField() {
        return sentenceField;
    }
}
