package org.yorisoi.risk;

import org.osgi.annotation.versioning.ProviderType;

/** Assesses one inbound message for risk to the consulter's or someone else's life or body. Thread-safe. */
@ProviderType
public interface RiskDetector {
    /** Never null; a text without any hit yields severity {@link Severity#NONE} and no hits. */
    RiskAssessment assess(String text);
}
