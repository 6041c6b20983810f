package io.mercato.platform.persistence.mapping;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.executor.parameter.ParameterHandler;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;

/**
 * MyBatis configuration whose record results are read with plans cached across statements: MyBatis's arg-name
 * constructor auto-mapping re-matches names per row and was a fifth of the server's CPU at order intake.
 */
public final class MercatoConfiguration extends Configuration {
    private final ConcurrentMap<String, RecordRowPlan> recordPlans = new ConcurrentHashMap<>();

    public MercatoConfiguration(Environment environment) {
        super(environment);
    }

    @Override
    public ResultSetHandler newResultSetHandler(Executor executor, MappedStatement mappedStatement,
            RowBounds rowBounds, ParameterHandler parameterHandler, ResultHandler resultHandler, BoundSql boundSql) {
        ResultSetHandler general = super.newResultSetHandler(executor, mappedStatement, rowBounds, parameterHandler,
                resultHandler, boundSql);
        boolean plain = resultHandler == null && rowBounds == RowBounds.DEFAULT
                && isArgNameBasedConstructorAutoMapping() && RecordResultSetHandler.handles(mappedStatement);
        return plain ? new RecordResultSetHandler(general, mappedStatement, this, recordPlans) : general;
    }
}
