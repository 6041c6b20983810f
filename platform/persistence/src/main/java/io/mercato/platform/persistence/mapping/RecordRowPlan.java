package io.mercato.platform.persistence.mapping;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.executor.ExecutorException;
import org.apache.ibatis.executor.resultset.ResultSetWrapper;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.type.TypeHandler;

/**
 * How one record type is read from one shape of result set: which column feeds which constructor argument and
 * through which type handler. Worked out once per shape, where MyBatis matches every argument name against
 * every column name again for each row.
 */
final class RecordRowPlan {
    private final String[] columnLabels;
    private final Constructor<?> constructor;
    private final int[] columnIndexes;
    private final TypeHandler<?>[] typeHandlers;

    private RecordRowPlan(String[] columnLabels, Constructor<?> constructor, int[] columnIndexes,
            TypeHandler<?>[] typeHandlers) {
        this.columnLabels = columnLabels;
        this.constructor = constructor;
        this.columnIndexes = columnIndexes;
        this.typeHandlers = typeHandlers;
    }

    static String[] columnLabels(ResultSetMetaData metaData) throws SQLException {
        String[] labels = new String[metaData.getColumnCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = metaData.getColumnLabel(i + 1);
        }
        return labels;
    }

    boolean fits(String[] labels) {
        return Arrays.equals(columnLabels, labels);
    }

    /** Matches arguments to columns the way MyBatis's arg-name auto-mapping does, underscores ignored. */
    static RecordRowPlan of(Class<?> recordType, ResultSet resultSet, String[] labels, Configuration configuration)
            throws SQLException {
        Constructor<?> constructor = soleConstructor(recordType);
        ResultSetWrapper columns = new ResultSetWrapper(resultSet, configuration);
        Parameter[] parameters = constructor.getParameters();
        int[] indexes = new int[parameters.length];
        TypeHandler<?>[] handlers = new TypeHandler<?>[parameters.length];
        List<String> missing = new ArrayList<>();
        for (int p = 0; p < parameters.length; p++) {
            String name = argumentName(parameters[p]);
            int found = -1;
            for (int c = 0; c < labels.length && found < 0; c++) {
                String column = configuration.isMapUnderscoreToCamelCase() ? labels[c].replace("_", "") : labels[c];
                if (name.equalsIgnoreCase(column)) {
                    found = c;
                }
            }
            if (found < 0) {
                missing.add(name);
                continue;
            }
            indexes[p] = found + 1;
            handlers[p] = columns.getTypeHandler(parameters[p].getType(), labels[found]);
            if (handlers[p] == null) {
                throw new ExecutorException("No type handler for " + parameters[p].getType().getName()
                        + " from column " + labels[found] + " of " + recordType.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw new ExecutorException("Constructor auto-mapping of " + recordType.getName() + " failed because "
                    + missing + " were not found in the result set; available columns are " + Arrays.toString(labels));
        }
        return new RecordRowPlan(labels.clone(), constructor, indexes, handlers);
    }

    /** One row as a record, or null when every column is null (as MyBatis does without returnInstanceForEmptyRow). */
    Object read(ResultSet resultSet, boolean instanceForEmptyRow) throws SQLException {
        Object[] arguments = new Object[columnIndexes.length];
        boolean anyValue = false;
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = typeHandlers[i].getResult(resultSet, columnIndexes[i]);
            anyValue |= arguments[i] != null;
        }
        if (!anyValue && !instanceForEmptyRow) {
            return null;
        }
        try {
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new ExecutorException("Could not create " + constructor.getDeclaringClass().getName()
                    + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new ExecutorException("Could not create " + constructor.getDeclaringClass().getName() + ": " + e, e);
        }
    }

    /** Records with one constructor only: with more, MyBatis's own rules (an annotated one) apply. */
    static boolean mappable(Class<?> type) {
        return type.isRecord() && type.getDeclaredConstructors().length == 1;
    }

    private static Constructor<?> soleConstructor(Class<?> recordType) {
        Constructor<?> constructor = recordType.getDeclaredConstructors()[0];
        constructor.trySetAccessible();
        return constructor;
    }

    private static String argumentName(Parameter parameter) {
        Param named = parameter.getAnnotation(Param.class);
        return (named == null ? parameter.getName() : named.value()).toLowerCase(Locale.ROOT);
    }
}
