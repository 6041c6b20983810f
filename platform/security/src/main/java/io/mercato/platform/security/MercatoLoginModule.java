package io.mercato.platform.security;

import io.mercato.platform.api.security.LoginResult;
import java.util.HashSet;
import java.util.Map;
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

/**
 * JAAS login module of the {@code mercato} realm (the Karaf shell over ssh): checks the password with the same
 * counting and throttling as the API, the shell being its own source.
 */
public class MercatoLoginModule implements LoginModule {
    static final String LOGINS_OPTION = PasswordLogins.class.getName();
    private static final String SOURCE = "karaf-shell";

    private Subject subject;
    private CallbackHandler callbacks;
    private PasswordLogins logins;
    private final Set<java.security.Principal> principals = new HashSet<>();

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState, Map<String, ?> options) {
        this.subject = subject;
        this.callbacks = callbackHandler;
        this.logins = (PasswordLogins) options.get(LOGINS_OPTION);
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
        LoginResult result = logins.attempt(name.getName(), secret, SOURCE);
        password.clearPassword();
        if (!result.accepted()) {
            throw new FailedLoginException("Unknown user name or wrong password");
        }
        principals.clear();
        principals.add(new UserPrincipal(result.identity().username()));
        result.identity().roles().forEach(role -> principals.add(new RolePrincipal(role)));
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
