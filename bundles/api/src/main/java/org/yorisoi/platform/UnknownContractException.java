package org.yorisoi.platform;

/** No contract with the id is deployed. */
public class UnknownContractException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String contractId;

    public UnknownContractException(String contractId) {
        super("no contract '" + contractId + "' is deployed");
        this.contractId = contractId;
    }

    public String contractId() {
        return contractId;
    }
}
