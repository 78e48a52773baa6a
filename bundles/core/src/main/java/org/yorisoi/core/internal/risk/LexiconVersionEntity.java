package org.yorisoi.core.internal.risk;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.NamedQuery;
import javax.persistence.Table;

/** A published version of the risk lexicon, kept for ever: which version found a hit must stay answerable. */
@Entity
@Table(name = "YS_LEXICON")
@NamedQuery(name = LexiconVersionEntity.NEWEST_FIRST, query = "SELECT v FROM LexiconVersionEntity v"
        + " ORDER BY v.atMillis DESC, v.version DESC")
@NamedQuery(name = LexiconVersionEntity.HISTORY, query = "SELECT v.version, v.author, v.atMillis, v.entries, v.note"
        + " FROM LexiconVersionEntity v ORDER BY v.atMillis DESC, v.version DESC")
class LexiconVersionEntity {

    static final String NEWEST_FIRST = "LexiconVersion.newestFirst";
    /** The versions without their texts (a text may be a megabyte). */
    static final String HISTORY = "LexiconVersion.history";

    @Id
    @Column(name = "VERSION", length = 32)
    String version;

    @Column(name = "AUTHOR", nullable = false, length = 64)
    String author;

    @Column(name = "AT_MILLIS", nullable = false)
    long atMillis;

    @Column(name = "ENTRIES", nullable = false)
    int entries;

    @Column(name = "NOTE", length = 1000)
    String note;

    @Lob
    @Column(name = "TEXT", nullable = false)
    String text;

    protected LexiconVersionEntity() {
    }
}
