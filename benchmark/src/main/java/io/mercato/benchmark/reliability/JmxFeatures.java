package io.mercato.benchmark.reliability;

import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** Karaf's features service over JMX, as an admin's tool would use it; never refreshes other bundles. */
final class JmxFeatures implements HotInstallUnderLoad.FeatureControl {
    static final String USER = "reliability";
    private final JMXServiceURL url;
    private final String password;

    JmxFeatures(int registryPort, int serverPort, String password) throws Exception {
        this.url = new JMXServiceURL("service:jmx:rmi://127.0.0.1:" + serverPort + "/jndi/rmi://127.0.0.1:" + registryPort + "/karaf-root");
        this.password = password;
    }

    /** Settings to start Karaf with: the JMX ports and a user allowed to manage features. */
    static Map<String, Map<String, String>> settings(int registryPort, int serverPort, String password) {
        return Map.of("org.apache.karaf.management.cfg", Map.of("rmiRegistryPort", "" + registryPort, "rmiServerPort", "" + serverPort),
                "users.properties", Map.of(USER, password + ",_g_:admingroup",
                        "_g_\\:admingroup", "group,admin,manager,viewer,systembundles,ssh"));
    }

    @Override
    public void uninstall(String feature) throws Exception {
        invoke("uninstallFeature", feature);
    }

    @Override
    public void install(String feature) throws Exception {
        invoke("installFeature", feature);
    }

    private void invoke(String operation, String feature) throws Exception {
        try (JMXConnector connector = JMXConnectorFactory.connect(url, Map.of(JMXConnector.CREDENTIALS, new String[] {USER, password}))) {
            MBeanServerConnection server = connector.getMBeanServerConnection();
            server.invoke(new ObjectName("org.apache.karaf:type=feature,name=root"), operation,
                    new Object[] {feature, true}, new String[] {String.class.getName(), boolean.class.getName()});
        }
    }
}
