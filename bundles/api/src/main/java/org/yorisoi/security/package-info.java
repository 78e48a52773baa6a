/**
 * Authentication and authorisation (issue 3): accounts' credentials (hashed passwords, policy, lockout), sessions
 * with an idle time-out, the caller of a request with the role grants in effect, and the permissions every
 * endpoint and console command checks.
 *
 * <p>Authorisation is deny-by-default: a {@link org.yorisoi.security.Permission} names the roles that hold it and
 * whether it is held per contract or platform-wide; a caller holds it for a contract only through a role grant
 * in effect today under that contract (or under every contract). Read access to consultation content is further
 * narrowed by {@link org.yorisoi.security.ContentAccess}: a municipal viewer sees only what the contract routes to
 * the viewer's own organisation.
 */
@Export
@Version("1.1.0")
package org.yorisoi.security;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
