package io.mercato.platform.org;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface OrgMapper {
    @Select("SELECT count(*) FROM org.department")
    long departmentCount();

    @Select("INSERT INTO org.department (code, name_en, name_zh, parent_id) VALUES (#{code}, #{nameEn}, #{nameZh}, "
            + "(SELECT id FROM org.department WHERE code = #{parent})) RETURNING id")
    long insertDepartment(@Param("code") String code, @Param("nameEn") String nameEn, @Param("nameZh") String nameZh,
                          @Param("parent") String parentCode);

    @Insert("INSERT INTO org.department_capability (department_id, capability) VALUES (#{departmentId}, #{capability})")
    void insertCapability(@Param("departmentId") long departmentId, @Param("capability") String capability);

    @Update("UPDATE org.position SET superior_position_id = (SELECT id FROM org.position WHERE code = #{superior}) "
            + "WHERE code = #{code}")
    void setSuperior(@Param("code") String code, @Param("superior") String superiorCode);

    @Select("SELECT d.code, d.name_en, d.name_zh, p.code AS parent_code, "
            + "COALESCE((SELECT string_agg(c.capability, ',' ORDER BY c.capability) FROM org.department_capability c "
            + "WHERE c.department_id = d.id), '') AS capabilities FROM org.department d "
            + "LEFT JOIN org.department p ON p.id = d.parent_id WHERE d.active ORDER BY d.id")
    List<DepartmentRow> departments();

    @Select("SELECT p.code, d.code AS department_code, p.title_en, p.title_zh, p.level, p.planned_headcount, "
            + "s.code AS superior_code, COALESCE((SELECT string_agg(st.username, ',' ORDER BY st.username) FROM org.staff st "
            + "WHERE st.position_id = p.id), '') AS staff FROM org.position p JOIN org.department d ON d.id = p.department_id "
            + "LEFT JOIN org.position s ON s.id = p.superior_position_id ORDER BY p.id")
    List<PositionRow> positions();

    @Select("SELECT st.username, p.code AS position_code, p.level, d.code AS department_code, s.code AS superior_code, "
            + "COALESCE((SELECT string_agg(c.capability, ',') FROM org.department_capability c WHERE c.department_id = d.id), '') "
            + "AS capabilities FROM org.staff st JOIN org.position p ON p.id = st.position_id "
            + "JOIN org.department d ON d.id = p.department_id LEFT JOIN org.position s ON s.id = p.superior_position_id "
            + "WHERE st.username = #{username}")
    PlacementRow placement(@Param("username") String username);

    @Select("SELECT p.code, p.level, d.code AS department_code, s.code AS superior_code FROM org.position p "
            + "JOIN org.department d ON d.id = p.department_id LEFT JOIN org.position s ON s.id = p.superior_position_id "
            + "WHERE p.code = #{code}")
    PositionInfoRow position(@Param("code") String positionCode);

    @Select("SELECT id, code, parent_id, active FROM org.department WHERE code = #{code} FOR UPDATE")
    DepartmentRef lockDepartment(@Param("code") String code);

    @Select("INSERT INTO org.department (code, name_en, name_zh, parent_id) VALUES (#{code}, #{nameEn}, #{nameZh}, #{parentId}) "
            + "ON CONFLICT (code) DO NOTHING RETURNING id")
    Long insertDepartmentUnder(@Param("code") String code, @Param("nameEn") String nameEn, @Param("nameZh") String nameZh,
                               @Param("parentId") Long parentId);

    @Select("SELECT code, name_en, name_zh FROM org.department WHERE code = #{code} AND active")
    io.mercato.platform.api.org.DepartmentInfo departmentInfo(@Param("code") String code);

    @Select("SELECT d.code FROM org.department_capability c JOIN org.department d ON d.id = c.department_id "
            + "WHERE c.capability = #{capability} AND d.active ORDER BY d.code LIMIT 1")
    String departmentOwning(@Param("capability") String capability);

    @Select("SELECT capability FROM org.department_capability WHERE department_id = #{id} ORDER BY capability")
    List<String> capabilitiesOf(@Param("id") long departmentId);

    @Select("SELECT code FROM org.position WHERE department_id = #{id} ORDER BY id")
    List<String> positionsOf(@Param("id") long departmentId);

    @org.apache.ibatis.annotations.Delete("DELETE FROM org.department_capability WHERE department_id = #{id} AND capability = #{capability}")
    void removeCapability(@Param("id") long departmentId, @Param("capability") String capability);

    @Insert("INSERT INTO org.department_capability (department_id, capability) VALUES (#{id}, #{capability}) ON CONFLICT DO NOTHING")
    void addCapability(@Param("id") long departmentId, @Param("capability") String capability);

    @Update("UPDATE org.position SET department_id = #{to} WHERE code = #{code}")
    void movePosition(@Param("code") String positionCode, @Param("to") long departmentId);

    @Update("UPDATE org.department SET parent_id = #{to} WHERE parent_id = #{from}")
    void moveTeams(@Param("from") long fromDepartmentId, @Param("to") long toDepartmentId);

    @Update("UPDATE org.department SET active = false WHERE id = #{id}")
    void deactivate(@Param("id") long departmentId);

    @Select("SELECT count(*) FROM org.position WHERE code = #{code}")
    long positionCount(@Param("code") String positionCode);

    @Insert("INSERT INTO org.staff (username, position_id) SELECT #{username}, id FROM org.position WHERE code = #{code} "
            + "ON CONFLICT (username) DO UPDATE SET position_id = EXCLUDED.position_id, assigned_at = now()")
    int placeStaff(@Param("username") String username, @Param("code") String positionCode);

    @Select("SELECT st.username FROM org.staff st JOIN org.position p ON p.id = st.position_id "
            + "WHERE p.code = #{code} ORDER BY st.username")
    List<String> staffIn(@Param("code") String positionCode);

    String STAFF_FILTER = "FROM org.staff st JOIN org.position p ON p.id = st.position_id JOIN org.department d ON d.id = p.department_id "
            + "WHERE (#{q}::text IS NULL OR st.username ILIKE '%' || #{q} || '%' OR p.code ILIKE '%' || #{q} || '%' "
            + "OR p.title_en ILIKE '%' || #{q} || '%' OR p.title_zh LIKE '%' || #{q} || '%') "
            + "AND (#{department}::text IS NULL OR d.code = #{department}) ";

    String STAFF_COLUMNS = "SELECT st.username, p.code AS position_code, p.title_en AS position_title_en, "
            + "p.title_zh AS position_title_zh, p.level, d.code AS department_code, d.name_en AS department_name_en, "
            + "d.name_zh AS department_name_zh, st.assigned_at ";

    @Select(STAFF_COLUMNS + STAFF_FILTER + "ORDER BY d.id, p.id, st.username LIMIT #{limit} OFFSET #{offset}")
    List<StaffRow> staff(@Param("q") String query, @Param("department") String departmentCode,
                         @Param("offset") int offset, @Param("limit") int limit);

    @Select(STAFF_COLUMNS + "FROM org.staff st JOIN org.position p ON p.id = st.position_id "
            + "JOIN org.department d ON d.id = p.department_id WHERE st.username = #{username}")
    StaffRow staffMember(@Param("username") String username);

    @Select("SELECT count(*) " + STAFF_FILTER)
    long staffCount(@Param("q") String query, @Param("department") String departmentCode);

    @Update("UPDATE org.staff SET position_id = (SELECT id FROM org.position WHERE code = #{code}), assigned_at = now() "
            + "WHERE username = #{username}")
    int moveStaff(@Param("username") String username, @Param("code") String positionCode);

    @Select("SELECT p.code, d.code AS department_code, p.title_en, p.title_zh, p.level, p.planned_headcount, "
            + "s.code AS superior_code, '' AS staff FROM org.position p JOIN org.department d ON d.id = p.department_id "
            + "LEFT JOIN org.position s ON s.id = p.superior_position_id WHERE p.code = #{code} FOR UPDATE OF p")
    PositionRow lockPosition(@Param("code") String positionCode);

    @Update("UPDATE org.position SET title_en = #{titleEn}, title_zh = #{titleZh}, level = #{level}, "
            + "planned_headcount = #{headcount} WHERE code = #{code}")
    void updatePosition(@Param("code") String code, @Param("titleEn") String titleEn, @Param("titleZh") String titleZh,
                        @Param("level") String level, @Param("headcount") int headcount);

    /** Whether {@code code} is {@code superior} or one of its superiors: making it the superior would close a loop. */
    @Select("WITH RECURSIVE up AS (SELECT id, code, superior_position_id FROM org.position WHERE code = #{superior} "
            + "UNION SELECT p.id, p.code, p.superior_position_id FROM org.position p JOIN up ON p.id = up.superior_position_id) "
            + "SELECT EXISTS (SELECT 1 FROM up WHERE code = #{code})")
    boolean isAtOrAbove(@Param("code") String code, @Param("superior") String superiorCode);

    @Select("INSERT INTO org.position (code, department_id, title_en, title_zh, level, planned_headcount) "
            + "SELECT #{code}, d.id, #{titleEn}, #{titleZh}, #{level}, #{headcount} FROM org.department d "
            + "WHERE d.code = #{department} ON CONFLICT (code) DO NOTHING RETURNING id")
    Long insertPositionIfAbsent(@Param("code") String code, @Param("department") String departmentCode,
                                @Param("titleEn") String titleEn, @Param("titleZh") String titleZh,
                                @Param("level") String level, @Param("headcount") int headcount);

    @Update("UPDATE org.department SET name_en = #{nameEn}, name_zh = #{nameZh} WHERE id = #{id}")
    void renameDepartment(@Param("id") long departmentId, @Param("nameEn") String nameEn, @Param("nameZh") String nameZh);

    @Select("SELECT name_en, name_zh FROM org.department WHERE id = #{id}")
    DepartmentNames namesOf(@Param("id") long departmentId);
}
