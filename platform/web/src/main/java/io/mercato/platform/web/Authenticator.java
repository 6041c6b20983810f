package io.mercato.platform.web;

import java.util.Optional;
import java.util.Set;

/** Checks a user name and password; Karaf JAAS in production. */
public interface Authenticator {
    Optional<Identity> authenticate(String username, String password);

    record Identity(String username, Set<String> roles) {
    }
}
