package io.mercato.siteops.impl.upload;

import io.mercato.platform.api.org.PositionLevel;
import io.mercato.siteops.impl.persistence.UploadRow;
import io.mercato.siteops.impl.persistence.UploadStepRow;
import java.util.List;

/** An upload with its history and whom it waits for (null capability once nobody need act). */
public record Upload(UploadRow details, List<UploadStepRow> history, String waitingForCapability, PositionLevel waitingForLevel) {
    static Upload of(UploadRow row, List<UploadStepRow> history) {
        UploadStep step = UploadStep.waitingIn(row.step());
        return new Upload(row, history, step == null ? null : step.capability(), step == null ? null : step.level());
    }
}
