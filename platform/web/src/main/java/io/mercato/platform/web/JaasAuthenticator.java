package io.mercato.platform.web;

import java.security.Principal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** Logs in against a Karaf JAAS realm (by default {@code mercato}, served by the security bundle). */
final class JaasAuthenticator implements Authenticator {
    private final String realm;

    JaasAuthenticator(String realm) {
        this.realm = realm;
    }

    @Override
    public Optional<Identity> authenticate(String username, String password) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(JaasAuthenticator.class.getClassLoader());
        try {
            LoginContext login = new LoginContext(realm, callbacks -> answer(callbacks, username, password));
            login.login();
            String name = username;
            Set<String> roles = new HashSet<>();
            for (Principal principal : login.getSubject().getPrincipals()) {
                if (principal instanceof RolePrincipal) {
                    roles.add(principal.getName());
                } else if (principal instanceof UserPrincipal) {
                    name = principal.getName();
                }
            }
            return Optional.of(new Identity(name, Set.copyOf(roles)));
        } catch (LoginException e) {
            return Optional.empty();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private static void answer(Callback[] callbacks, String username, String password)
            throws UnsupportedCallbackException {
        for (Callback callback : callbacks) {
            if (callback instanceof NameCallback name) {
                name.setName(username);
            } else if (callback instanceof PasswordCallback secret) {
                secret.setPassword(password.toCharArray());
            } else {
                throw new UnsupportedCallbackException(callback);
            }
        }
    }
}
