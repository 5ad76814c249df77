/**
 * A local Amazon MWS simulator. The public API is {@link io.camelmws.sandbox.MwsSandbox} and
 * {@link io.camelmws.sandbox.SandboxStateful} in this package, the request log's entries
 * ({@link io.camelmws.sandbox.log.SandboxRequest}), the faults ({@link io.camelmws.sandbox.fault.FaultRule},
 * {@link io.camelmws.sandbox.fault.SandboxFaults}) and {@link io.camelmws.sandbox.junit.MwsSandboxExtension};
 * the other sub-packages ({@code catalog}, {@code signing}, {@code gateway}, {@code http}, {@code operation},
 * {@code response}, ...) are the simulator's internals and may change without notice. This package is the facade
 * over them: the simulator's packages never depend on it.
 */
package io.camelmws.sandbox;
