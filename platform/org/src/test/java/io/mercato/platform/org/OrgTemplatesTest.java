package io.mercato.platform.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mercato.platform.api.org.PositionLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTemplatesTest {
    private final OrgTemplates templates = new OrgTemplates();

    @Test
    void everyShippedTemplateIsConsistent() {
        assertEquals(OrgTemplates.IDS, templates.all().stream().map(OrgTemplate::id).toList());
        templates.all().forEach(template -> assertEquals(List.of(), template.problems(), template.id()));
    }

    @Test
    void functionalSmeStartsWithCombinedProcurementAndLogistics() {
        OrgTemplate sme = templates.get("functional-sme");
        OrgTemplate.Department combined = sme.departments().stream().filter(d -> d.code().equals("PROC-LOG")).findFirst().orElseThrow();
        assertTrue(combined.capabilities().containsAll(List.of("procurement.tender", "warehouse.transfer")));
        assertEquals(7, sme.departments().size());
    }

    @Test
    void operationsCentreHasTheGuideHeadcounts() {
        OrgTemplate centre = templates.get("operations-centre");
        assertEquals(5, headcount(centre, "DESIGNER"));
        assertEquals(4, headcount(centre, "CS-AGENT"));
        assertEquals("OPS-DIRECTOR", centre.positions().stream().filter(p -> p.code().equals("SALES-SUP")).findFirst().orElseThrow().superior());
    }

    @Test
    void detectsBrokenReportingLines() {
        OrgTemplate broken = new OrgTemplate("x", "", "", "", "", List.of(new OrgTemplate.Department("D", "", "", null, List.of())),
                List.of(new OrgTemplate.Position("A", "D", "", "", PositionLevel.SUPERVISOR, 1, "B"),
                        new OrgTemplate.Position("B", "D", "", "", PositionLevel.SUPERVISOR, 1, "A"),
                        new OrgTemplate.Position("C", "E", "", "", PositionLevel.SPECIALIST, 1, "Z")));
        List<String> problems = broken.problems();
        assertTrue(problems.contains("position A is part of a reporting cycle"), problems.toString());
        assertTrue(problems.contains("position C is in unknown department E"), problems.toString());
        assertTrue(problems.contains("position C reports to unknown position Z"), problems.toString());
    }

    private static int headcount(OrgTemplate template, String code) {
        return template.positions().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow().headcount();
    }
}
