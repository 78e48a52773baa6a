package org.yorisoi.security;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Whether a caller may read one consultation's content. Needs {@link Permission#CONTENT_READ} under the contract;
 * a municipal viewer additionally needs the contract's routing rules for
 * {@link org.yorisoi.contract.spi.Purpose#CONTENT_ACCESS}, applied to the consultation's intake attributes, to name
 * the viewer's organisation (e.g. in Kyoto the city board sees only city-school consultations). A viewer grant
 * without organisation sees nothing.
 */
@ProviderType
public interface ContentAccess {

    boolean maySee(Caller caller, String contractId, Map<String, String> attributes);
}
