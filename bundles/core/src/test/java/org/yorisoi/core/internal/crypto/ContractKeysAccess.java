package org.yorisoi.core.internal.crypto;

import java.nio.file.Path;

/** Opens a keystore at a given place with a given password, for tests of other packages. */
public final class ContractKeysAccess {

    private ContractKeysAccess() {
    }

    public static ContractKeys open(Path keystore, char[] password) throws Exception {
        return new ContractKeys(keystore, password);
    }
}
