package io.mercato.benchmark;

import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Karaf's JMX connector, as an admin's tool would use it: a user of its own, on ports chosen by the caller. */
public final class KarafJmx {
    static final String USER = "bench";
    private final int registryPort = MercatoProcess.freePort();
    private final int serverPort = MercatoProcess.freePort();
    private final String password = Long.toHexString(new java.security.SecureRandom().nextLong());

    /** Settings to start Karaf with: the JMX ports and a user allowed to manage it. */
    public Map<String, Map<String, String>> settings() {
        return Map.of("org.apache.karaf.management.cfg", Map.of("rmiRegistryPort", "" + registryPort, "rmiServerPort", "" + serverPort),
                "users.properties", Map.of(USER, password + ",_g_:admingroup",
                        "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh"));
    }

    /** What to do with the MBean server. */
    @FunctionalInterface
    public interface Work<T> {
        T run(MBeanServerConnection server) throws Exception;
    }

    public <T> T call(Work<T> work) throws Exception {
        JMXServiceURL url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + serverPort + "/jndi/rmi://127.0.0.1:" + registryPort
                + "/karaf-root");
        try (JMXConnector connector = JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS, new String[] {USER, password}))) {
            return work.run(connector.getMBeanServerConnection());
        }
    }

    /** Installs or uninstalls a feature without refreshing other bundles. */
    public void feature(String operation, String feature) throws Exception {
        call(server -> server.invoke(new ObjectName("org.apache.karaf:type=feature,name=root"), operation,
                new Object[] {feature, true}, new String[] {String.class.getName(), boolean.class.getName()}));
    }

    /** Updates bundles in place (Karaf's bundle selector: an id or a symbolic name), refreshing nothing else. */
    public void updateBundle(String selector) throws Exception {
        call(server -> server.invoke(new ObjectName("org.apache.karaf:type=bundle,name=root"), "update",
                new Object[] {selector}, new String[] {String.class.getName()}));
    }
}
