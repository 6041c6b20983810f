package io.mercato.platform.persistence;

import javax.sql.DataSource;
import io.mercato.platform.persistence.mapping.MercatoConfiguration;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Builds a MyBatis session factory for mappers of another bundle. MyBatis cannot see a bundle's private
 * packages, so the configuration is built in code with that bundle's class loader as context loader, and
 * mappers are added by class (package scanning finds nothing in OSGi).
 */
final class MyBatisSessions {
    private MyBatisSessions() {
    }

    static SqlSessionFactory forMappers(DataSource dataSource, ClassLoader bundleLoader, Class<?>... mapperTypes) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(bundleLoader);
        try {
            Configuration configuration = new MercatoConfiguration(
                    new Environment("mercato", new JdbcTransactionFactory(), dataSource));
            configuration.setMapUnderscoreToCamelCase(true);
            configuration.setArgNameBasedConstructorAutoMapping(true);
            // Statements like INSERT ... RETURNING are selects to MyBatis: never answer them from a cache.
            configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
            configuration.setCacheEnabled(false);
            for (Class<?> mapperType : mapperTypes) {
                configuration.addMapper(mapperType);
            }
            return new SqlSessionFactoryBuilder().build(configuration);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
