package io.camelmws.component.model.easyship;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;

/** The packages UpdateScheduledPackages moved to new slots. */
public record UpdateScheduledPackagesResult(
        @JsonProperty("ScheduledPackageList")
        @JacksonXmlElementWrapper(localName = "ScheduledPackageList")
        List<ScheduledPackage> packages) {

    public UpdateScheduledPackagesResult {
        packages = packages == null ? List.of() : List.copyOf(packages);
    }
}
