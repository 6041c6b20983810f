package io.mercato.platform.org;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.security.StaffAccounts;
import io.mercato.platform.api.validation.Check;
import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.org.PositionInfo;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.org.StaffPlacement;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;

/** The organisation: created from a company-stage template, read as a chart and by other departments. */
@Component(service = {OrgDirectory.class, OrgService.class})
public class OrgService implements OrgDirectory {
    private final Transactions transactions;
    private final OrgTemplates templates = new OrgTemplates();

    private final StaffAccounts accounts;
    private final Reorganisation reorganisation;
    private final Staffing staffing;
    private final PositionEditing positions;
    private final DepartmentEditing departments;

    @Activate
    public OrgService(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=org)") SchemaDatabase database,
                      @Reference StaffAccounts accounts) {
        this.transactions = database.transactions(OrgMapper.class);
        this.accounts = accounts;
        this.reorganisation = new Reorganisation(transactions);
        this.staffing = new Staffing(transactions, accounts);
        this.positions = new PositionEditing(transactions);
        this.departments = new DepartmentEditing(transactions);
    }

    public Page<StaffMember> staff(String query, String departmentCode, PageRequest page) {
        return staffing.list(query, departmentCode, page);
    }

    public StaffMember staffMember(String username) {
        return staffing.get(username);
    }

    public StaffMember moveStaff(String username, String positionCode, Actor actor) {
        return staffing.move(username, positionCode, actor);
    }

    public StaffMember unlock(String username, Actor actor) {
        return staffing.unlock(username, actor);
    }

    public OrgChart createDepartment(DepartmentChange change, Actor actor) {
        return departments.create(change, actor);
    }

    public OrgChart updateDepartment(String code, DepartmentChange change, Actor actor) {
        return departments.update(code, change, actor);
    }

    public OrgChart.Seat createPosition(PositionChange change, Actor actor) {
        return positions.create(change, actor);
    }

    public OrgChart.Seat updatePosition(String code, PositionChange change, Actor actor) {
        return positions.update(code, change, actor);
    }

    /** Splits a department: a new one beside it takes the listed capabilities and positions with their staff. */
    public OrgChart split(String departmentCode, SplitRequest split, Actor actor) {
        return reorganisation.split(departmentCode, split, actor);
    }

    /** Merges a department into another; the merged one is deactivated, nothing is deleted. */
    public OrgChart merge(String departmentCode, String targetCode, Actor actor) {
        return reorganisation.merge(departmentCode, targetCode, actor);
    }

    /** A new member of staff: a login account (role staff) placed in a position. */
    public StaffPlacement hire(NewStaff staff, Actor actor) {
        Check.input()
                .required("username", staff.username())
                .required("position", staff.position())
                .validate();
        if (transactions.read(tx -> tx.mapper(OrgMapper.class).positionCount(staff.position())) == 0) {
            throw new ValidationException("position", "no position with code " + staff.position());
        }
        accounts.create(actor, staff.username(), staff.displayName(),
                staff.password() == null ? new char[0] : staff.password().toCharArray(), Set.of("staff"));
        String username = staff.username().trim().toLowerCase(java.util.Locale.ROOT);
        transactions.inTransaction(actor, tx -> {
            tx.mapper(OrgMapper.class).placeStaff(username, staff.position());
            tx.audit("org.staff-placed", "staff", username, Map.of("position", staff.position()));
            return null;
        });
        return placementOf(username).orElseThrow();
    }

    /** What {@link #hire} needs; the password is hashed by the security bundle and never stored here. */
    public record NewStaff(String username, String displayName, String password, String position) {
    }

    public List<OrgTemplate> templates() {
        return templates.all();
    }

    /** Creates the organisation from a template; only while there is none (afterwards it is edited). */
    public OrgChart applyTemplate(String templateId, Actor actor) {
        OrgTemplate template = templates.get(templateId);
        return transactions.inTransaction(actor, tx -> {
            OrgMapper org = tx.mapper(OrgMapper.class);
            if (org.departmentCount() > 0) {
                throw new ConflictException("org-exists", "The organisation already exists; edit it instead of applying a template");
            }
            for (OrgTemplate.Department department : template.departments()) {
                long id = org.insertDepartment(department.code(), department.nameEn(), department.nameZh(), department.parent());
                department.capabilities().forEach(capability -> org.insertCapability(id, capability));
            }
            for (OrgTemplate.Position position : template.positions()) {
                org.insertPositionIfAbsent(position.code(), position.department(), position.titleEn(), position.titleZh(),
                        position.level().name(), position.headcount());
            }
            for (OrgTemplate.Position position : template.positions()) {
                if (position.superior() != null) {
                    org.setSuperior(position.code(), position.superior());
                }
            }
            tx.audit("org.template-applied", "organisation", template.id(),
                    Map.of("departments", template.departments().size(), "positions", template.positions().size()));
            return OrgChart.of(org.departments(), org.positions());
        });
    }

    public OrgChart chart() {
        return transactions.read(tx -> OrgChart.of(tx.mapper(OrgMapper.class).departments(), tx.mapper(OrgMapper.class).positions()));
    }

    @Override
    public Optional<StaffPlacement> placementOf(String username) {
        PlacementRow row = transactions.read(tx -> tx.mapper(OrgMapper.class).placement(username));
        return Optional.ofNullable(row).map(found -> new StaffPlacement(found.username(), found.positionCode(),
                PositionLevel.valueOf(found.level()), found.departmentCode(), Set.copyOf(OrgChart.split(found.capabilities())),
                found.superiorCode()));
    }

    @Override
    public Optional<io.mercato.platform.api.org.DepartmentInfo> department(String code) {
        return Optional.ofNullable(transactions.read(tx -> tx.mapper(OrgMapper.class).departmentInfo(code)));
    }

    @Override
    public Optional<String> departmentOwning(String capability) {
        return Optional.ofNullable(transactions.read(tx -> tx.mapper(OrgMapper.class).departmentOwning(capability)));
    }

    @Override
    public Optional<PositionInfo> position(String positionCode) {
        PositionInfoRow row = transactions.read(tx -> tx.mapper(OrgMapper.class).position(positionCode));
        return Optional.ofNullable(row).map(found -> new PositionInfo(found.code(), PositionLevel.valueOf(found.level()),
                found.departmentCode(), found.superiorCode()));
    }

    @Override
    public List<String> staffIn(String positionCode) {
        return transactions.read(tx -> tx.mapper(OrgMapper.class).staffIn(positionCode));
    }
}
