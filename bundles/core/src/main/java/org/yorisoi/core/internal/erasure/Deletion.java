package org.yorisoi.core.internal.erasure;

import java.time.Instant;

/**
 * What the deletion of a contract's rows removed.
 *
 * @param consultations consultations deleted
 * @param messages messages deleted
 * @param oldest when the oldest deleted consultation began, or null
 * @param newest when the newest deleted consultation began, or null
 * @param keyDestroyed whether the contract had a key that was then destroyed
 */
record Deletion(long consultations, long messages, Instant oldest, Instant newest, boolean keyDestroyed) {

    Deletion withKeyDestroyed(boolean destroyed) {
        return new Deletion(consultations, messages, oldest, newest, destroyed);
    }
}
