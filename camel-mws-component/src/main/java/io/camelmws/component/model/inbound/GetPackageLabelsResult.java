package io.camelmws.component.model.inbound;

import com.fasterxml.jackson.annotation.JsonProperty;

/** GetPackageLabels: the labels as a ZIP file holding a PDF, in base64, and its MD5 checksum. */
public record GetPackageLabelsResult(@JsonProperty("TransportDocument") TransportDocument transportDocument) {
}
