package io.mercato.admin.api;

import io.mercato.platform.api.Actor;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The departments of this Mercato and the operations on them. One operation runs at a time; starting another while it
 * runs is refused with a {@link io.mercato.platform.api.ConflictException}. Uninstalling keeps every row of the
 * department's schema.
 */
@ProviderType
public interface Modules {
    List<Module> list();

    /** @throws io.mercato.platform.api.NotFoundException when no department has that code */
    Module get(String code);

    /** What the action would change, computed by Karaf without changing anything. */
    ModulePlan plan(String code, ModuleAction action);

    /** Starts the action in the background; follow it with {@link #operation(long)}. */
    ModuleOperation start(String code, ModuleAction action, OperationOptions options, Actor actor);

    /** What purging the (uninstalled) department would destroy; changes nothing. */
    PurgeReport purgeReport(String code);

    /** The exports of the department's schema, newest first. */
    List<SchemaExport> exports(String code);

    /** @throws io.mercato.platform.api.NotFoundException when there is no such operation */
    ModuleOperation operation(long id);
}
