/**
 * Risk detection on consulters' messages: a {@link org.yorisoi.risk.RiskDetector} matches Japanese text
 * against a versioned lexicon of expressions of suicidal ideation, self-harm, abuse, violence and imminent
 * danger. Results carry entry ids and offsets only, never the matched text, so they can be stored, logged
 * and shown without copying what the consulter wrote.
 */
@Export
@Version("1.0.0")
package org.yorisoi.risk;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
