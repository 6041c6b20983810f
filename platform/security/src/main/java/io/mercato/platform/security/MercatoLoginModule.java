package io.mercato.platform.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;

/** JAAS login module of the {@code mercato} realm: checks the password against {@link AccountStore}. */
public class MercatoLoginModule implements LoginModule {
    static final String STORE_OPTION = AccountStore.class.getName();

    private Subject subject;
    private CallbackHandler callbacks;
    private AccountStore store;
    private final Set<java.security.Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.store = (AccountStore) options.get(STORE_OPTION);
    }

    @Override
    public boolean login() throws LoginException {
        NameCallback name = new NameCallback("Username: ");
        PasswordCallback password = new PasswordCallback("Password: ", false);
        try {
            callbacks.handle(new Callback[] {name, password});
        } catch (Exception e) {
            throw new LoginException("Credentials could not be read: " + e.getMessage());
        }
        char[] secret = password.getPassword() == null ? new char[0] : password.getPassword();
        Optional<Set<String>> roles = store.verify(name.getName(), secret);
        password.clearPassword();
        if (roles.isEmpty()) {
            throw new FailedLoginException("Unknown user name or wrong password");
        }
        principals.clear();
        principals.add(new UserPrincipal(AccountStore.normalise(name.getName())));
        roles.get().forEach(role -> principals.add(new RolePrincipal(role)));
        return true;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(principals);
        return true;
    }

    @Override
    public boolean abort() {
        principals.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(principals);
        principals.clear();
        return true;
    }
}
