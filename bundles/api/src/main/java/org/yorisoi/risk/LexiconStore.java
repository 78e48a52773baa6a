package org.yorisoi.risk;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.yorisoi.security.Caller;

/**
 * The risk lexicon as data of the platform: every published version is kept, the newest is in force in the
 * {@link RiskDetector} (also after a restart), and each publication is audited. Editing needs
 * {@link org.yorisoi.security.Permission#LEXICON_MANAGE}.
 */
@ProviderType
public interface LexiconStore {

    /** The lexicon in force. */
    RiskDetector.LexiconText current();

    /** Every published version, newest first; the shipped one last. */
    List<LexiconVersion> history();

    /** The text of a published version. */
    Optional<RiskDetector.LexiconText> text(String version);

    /**
     * Validates and publishes a new version: the detector matches against it at once.
     *
     * @throws IllegalArgumentException when the text is not a valid lexicon (the message names the line)
     * @throws org.yorisoi.security.AccessDeniedException without LEXICON_MANAGE
     */
    LexiconVersion publish(Caller caller, String text, String note);
}
