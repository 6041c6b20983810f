package io.mercato.platform.web;

import io.mercato.platform.api.console.ConsoleContribution;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The console contributions of the departments installed right now. */
@Component(service = ConsoleRegistry.class)
public class ConsoleRegistry {
    private final List<ConsoleContribution> contributions = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContribution(ConsoleContribution contribution) {
        contributions.add(contribution);
    }

    void removeContribution(ConsoleContribution contribution) {
        contributions.remove(contribution);
    }

    public List<ConsoleContribution> installed() {
        return contributions.stream().sorted(Comparator.comparingInt(ConsoleContribution::order)).toList();
    }
}
