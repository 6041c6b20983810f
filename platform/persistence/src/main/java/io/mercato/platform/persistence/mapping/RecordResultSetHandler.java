package io.mercato.platform.persistence.mapping;

import java.sql.CallableStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentMap;
import org.apache.ibatis.cursor.Cursor;
import org.apache.ibatis.executor.resultset.ResultSetHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ResultMap;
import org.apache.ibatis.session.Configuration;

/**
 * Reads the rows of a statement whose result is a plain record with a cached {@link RecordRowPlan}; every other
 * statement (nested maps, explicit mappings, several result sets, cursors) goes to MyBatis's own handler.
 */
final class RecordResultSetHandler implements ResultSetHandler {
    private final ResultSetHandler general;
    private final MappedStatement statement;
    private final Configuration configuration;
    private final ConcurrentMap<String, RecordRowPlan> plans;

    RecordResultSetHandler(ResultSetHandler general, MappedStatement statement, Configuration configuration,
            ConcurrentMap<String, RecordRowPlan> plans) {
        this.general = general;
        this.statement = statement;
        this.configuration = configuration;
        this.plans = plans;
    }

    static boolean handles(MappedStatement statement) {
        List<ResultMap> maps = statement.getResultMaps();
        if (maps.size() != 1 || statement.getResultSets() != null) {
            return false;
        }
        ResultMap map = maps.get(0);
        return map.getResultMappings().isEmpty() && map.getDiscriminator() == null && !map.hasNestedResultMaps()
                && !map.hasNestedQueries() && RecordRowPlan.mappable(map.getType());
    }

    @Override
    public <E> List<E> handleResultSets(Statement jdbcStatement) throws SQLException {
        ResultSet resultSet = jdbcStatement.getResultSet();
        if (resultSet == null) {
            return general.handleResultSets(jdbcStatement);
        }
        try (resultSet) {
            String[] labels = RecordRowPlan.columnLabels(resultSet.getMetaData());
            RecordRowPlan plan = plans.get(statement.getId());
            if (plan == null || !plan.fits(labels)) {
                plan = RecordRowPlan.of(statement.getResultMaps().get(0).getType(), resultSet, labels, configuration);
                plans.put(statement.getId(), plan);
            }
            List<Object> rows = new ArrayList<>();
            boolean instanceForEmptyRow = configuration.isReturnInstanceForEmptyRow();
            while (resultSet.next()) {
                rows.add(plan.read(resultSet, instanceForEmptyRow));
            }
            @SuppressWarnings("unchecked")
            List<E> typed = (List<E>) rows;
            return typed;
        }
    }

    @Override
    public <E> Cursor<E> handleCursorResultSets(Statement jdbcStatement) throws SQLException {
        return general.handleCursorResultSets(jdbcStatement);
    }

    @Override
    public void handleOutputParameters(CallableStatement callableStatement) throws SQLException {
        general.handleOutputParameters(callableStatement);
    }
}
