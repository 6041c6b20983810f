package io.mercato.admin.impl.shell;

import io.mercato.platform.api.Actor;
import java.security.AccessController;
import java.security.Principal;
import javax.security.auth.Subject;

/** The user logged in to the Karaf shell (console or ssh), as the audit log names them. */
final class ShellActor {
    private ShellActor() {
    }

    @SuppressWarnings("removal")
    static Actor current() {
        Subject subject = Subject.getSubject(AccessController.getContext());
        if (subject != null) {
            for (Principal principal : subject.getPrincipals()) {
                if (principal.getClass().getSimpleName().equals("UserPrincipal")) {
                    return new Actor("shell:" + principal.getName());
                }
            }
        }
        return new Actor("shell");
    }
}
