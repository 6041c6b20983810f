package io.mercato.platform.org;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mercato.platform.api.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The company-stage templates shipped in this bundle, in growth order. */
public final class OrgTemplates {
    static final List<String> IDS = List.of("startup", "basic-shop", "functional-sme", "operations-centre");
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final List<OrgTemplate> templates;

    public OrgTemplates() {
        this.templates = IDS.stream().map(OrgTemplates::load).toList();
    }

    public List<OrgTemplate> all() {
        return templates;
    }

    public OrgTemplate get(String id) {
        return templates.stream().filter(template -> template.id().equals(id)).findFirst()
                .orElseThrow(() -> new ValidationException("template", "no template " + id + "; choose one of " + IDS));
    }

    private static OrgTemplate load(String id) {
        try (InputStream in = OrgTemplates.class.getResourceAsStream("/templates/" + id + ".json")) {
            if (in == null) {
                throw new IllegalStateException("Template " + id + " is missing from the bundle");
            }
            OrgTemplate template = JSON.readValue(in, OrgTemplate.class);
            if (!template.problems().isEmpty()) {
                throw new IllegalStateException("Template " + id + " is inconsistent: " + template.problems());
            }
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + id + " could not be read", e);
        }
    }
}
