package io.mercato.platform.persistence.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.persistence.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/** Records read through cached plans come out exactly as MyBatis's own arg-name auto-mapping makes them. */
class RecordMappingTest {
    @TempDir
    static Path data;
    private static EmbeddedPostgres server;
    private static SqlSessionFactory planned;
    private static SqlSessionFactory general;

    public record Line(long id, String skuCode, int quantity, Integer backordered, BigDecimal unitPrice,
            boolean prepaid, Instant placedAt, LocalDate shipOn) {
    }

    public record Total(BigDecimal amount, String currency) {
    }

    public record Missing(long id, String nowhere) {
    }

    public interface LineMapper {
        String LINES = "SELECT * FROM (VALUES"
                + " (1::bigint, '茶-001', 3, NULL::int, 12.50::numeric, true, TIMESTAMPTZ '2026-11-30 10:00:00+08',"
                + "  DATE '2026-12-01'),"
                + " (2, 'B_2', 0, 4, 0.000, false, NULL, NULL)) AS t"
                + " (id, sku_code, quantity, backordered, unit_price, prepaid, placed_at, ship_on)"
                + " WHERE id >= #{from} ORDER BY id";

        @Select(LINES)
        List<Line> lines(@Param("from") long from);

        @Select("SELECT NULL::numeric AS amount, NULL::text AS currency")
        Total nothing();

        @Select("SELECT 7.10::numeric AS amount, 'CNY' AS currency")
        Total seven();

        @Select("SELECT 1::bigint AS id")
        Missing missing();

        @Select("SELECT 1::bigint AS id, 2 AS two")
        Map<String, Object> map();
    }

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.prepare(data.resolve("postgresql"), "test",
                () -> RecordMappingTest.class.getResourceAsStream("/postgres-linux-x86_64.txz"), 0);
        server.start();
        PGSimpleDataSource dataSource = server.dataSource();
        Environment environment = new Environment("test", new JdbcTransactionFactory(), dataSource);
        planned = factory(new MercatoConfiguration(environment));
        general = factory(new Configuration(environment));
    }

    private static SqlSessionFactory factory(Configuration configuration) {
        configuration.setMapUnderscoreToCamelCase(true);
        configuration.setArgNameBasedConstructorAutoMapping(true);
        configuration.addMapper(LineMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void recordsComeOutAsMyBatisMakesThem() {
        List<Line> ours = withMapper(planned, mapper -> mapper.lines(0));
        List<Line> theirs = withMapper(general, mapper -> mapper.lines(0));
        assertEquals(theirs, ours);
        assertEquals(2, ours.size());
        assertEquals("茶-001", ours.get(0).skuCode());
        assertEquals(new BigDecimal("12.50"), ours.get(0).unitPrice());
        assertEquals(Instant.parse("2026-11-30T02:00:00Z"), ours.get(0).placedAt());
        assertNull(ours.get(0).backordered());
        assertEquals(4, ours.get(1).backordered());
    }

    @Test
    void aPlanIsReusedAcrossStatementsAndSessions() {
        for (int i = 0; i < 3; i++) {
            assertEquals(1, withMapper(planned, mapper -> mapper.lines(2)).size());
            Total theirs = withMapper(general, LineMapper::seven);
            assertEquals(theirs, withMapper(planned, LineMapper::seven));
        }
    }

    @Test
    void aRowOfNullsIsNoRecord() {
        assertNull(withMapper(general, LineMapper::nothing));
        assertNull(withMapper(planned, LineMapper::nothing));
    }

    @Test
    void aMissingColumnIsNamed() {
        PersistenceException failure = assertThrows(PersistenceException.class,
                () -> withMapper(planned, LineMapper::missing));
        assertEquals(true, failure.getMessage().contains("nowhere"), failure.getMessage());
    }

    @Test
    void otherResultsAreLeftToMyBatis() {
        assertEquals(Map.of("id", 1L, "two", 2), withMapper(planned, LineMapper::map));
    }

    private static <T> T withMapper(SqlSessionFactory factory, java.util.function.Function<LineMapper, T> work) {
        try (SqlSession session = factory.openSession()) {
            return work.apply(session.getMapper(LineMapper.class));
        }
    }
}
