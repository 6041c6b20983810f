package io.mercato.admin.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ModuleMapper {
    String OPERATION = "SELECT id, code, action, outcome, step, progress, message, actor, started_at, finished_at FROM admin.module_operation";

    @Select("SELECT code, state, version, updated_at, updated_by FROM admin.module ORDER BY code")
    List<ModuleRow> modules();

    @Select("SELECT code, state, version, updated_at, updated_by FROM admin.module WHERE code = #{code} FOR UPDATE")
    ModuleRow lock(@Param("code") String code);

    @Insert("INSERT INTO admin.module (code, state, version, updated_by) VALUES (#{code}, #{state}, #{version}, #{actor}) "
            + "ON CONFLICT (code) DO UPDATE SET state = excluded.state, version = excluded.version, updated_at = now(), "
            + "updated_by = excluded.updated_by")
    void save(@Param("code") String code, @Param("state") String state, @Param("version") String version, @Param("actor") String actor);

    @Insert("INSERT INTO admin.module (code, state, version, updated_by) VALUES (#{code}, #{state}, #{version}, 'system') "
            + "ON CONFLICT (code) DO NOTHING")
    void know(@Param("code") String code, @Param("state") String state, @Param("version") String version);

    /** The new operation's id, or null when another one is running (the partial unique index). */
    @Select("INSERT INTO admin.module_operation (code, action, outcome, step, progress, actor) "
            + "VALUES (#{code}, #{action}, 'RUNNING', #{step}, 0, #{actor}) ON CONFLICT DO NOTHING RETURNING id")
    Long start(@Param("code") String code, @Param("action") String action, @Param("step") String step, @Param("actor") String actor);

    @Update("UPDATE admin.module_operation SET step = #{step}, progress = #{progress} WHERE id = #{id} AND outcome = 'RUNNING'")
    int progress(@Param("id") long id, @Param("step") String step, @Param("progress") int progress);

    @Update("UPDATE admin.module_operation SET outcome = #{outcome}, message = #{message}, progress = 100, finished_at = now() "
            + "WHERE id = #{id} AND outcome = 'RUNNING'")
    int finish(@Param("id") long id, @Param("outcome") String outcome, @Param("message") String message);

    @Select(OPERATION + " WHERE id = #{id}")
    OperationRow operation(@Param("id") long id);

    @Select(OPERATION + " WHERE outcome = 'RUNNING'")
    List<OperationRow> running();

    @Select("SELECT DISTINCT ON (code) id, code, action, outcome, step, progress, message, actor, started_at, finished_at "
            + "FROM admin.module_operation ORDER BY code, id DESC")
    List<OperationRow> latest();

    @Select(OPERATION + " WHERE code = #{code} ORDER BY id DESC LIMIT #{limit}")
    List<OperationRow> history(@Param("code") String code, @Param("limit") int limit);
}
