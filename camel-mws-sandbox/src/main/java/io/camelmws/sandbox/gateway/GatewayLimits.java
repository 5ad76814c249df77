package io.camelmws.sandbox.gateway;

/** Size limits of the sandbox's front door. */
public final class GatewayLimits {

    /**
     * Largest form-encoded body read into memory. MWS documents no limit besides the 2 GB feed size; 16 MiB is
     * far above any real parameter list and keeps a runaway client from exhausting the sandbox's heap.
     */
    public static final int MAX_FORM_BODY_BYTES = 16 * 1024 * 1024;

    private GatewayLimits() {
    }
}
