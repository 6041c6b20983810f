package io.mercato.admin.api;

import java.util.List;

/**
 * What an operation would do, from Karaf's own resolution of the change (a simulation that changes nothing).
 *
 * @param featuresInstalled features that would be installed
 * @param bundlesInstalled  bundle locations that would be installed
 * @param bundlesRemoved    bundle locations that would be uninstalled
 * @param bundlesRefreshed  bundles of other departments or the platform that would be refreshed (restarted): always
 *                          empty, operations run without refreshing anything else
 * @param warnings          what the admin should know first (a partner missing, data kept, …)
 */
public record ModulePlan(String code, ModuleAction action, List<String> featuresInstalled, List<String> bundlesInstalled,
                         List<String> bundlesRemoved, List<String> bundlesRefreshed, List<String> warnings) {
}
