/**
 * A local Amazon MWS simulator. The public API is this package ({@link io.camelmws.sandbox.MwsSandbox},
 * {@link io.camelmws.sandbox.SandboxRequest}), the faults ({@link io.camelmws.sandbox.fault.FaultRule},
 * {@link io.camelmws.sandbox.fault.SandboxFaults}) and {@link io.camelmws.sandbox.junit.MwsSandboxExtension};
 * the sub-packages {@code catalog}, {@code signing}, {@code gateway}, {@code http}, {@code operation},
 * {@code response} and {@code log} are the simulator's internals and may change without notice.
 */
package io.camelmws.sandbox;
