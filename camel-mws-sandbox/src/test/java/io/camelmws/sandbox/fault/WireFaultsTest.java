package io.camelmws.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camelmws.sandbox.response.ResponseBody;
import io.camelmws.sandbox.response.SandboxResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The answer-altering faults on streamed bodies (GetReport-style), where the handler writes to the socket. */
class WireFaultsTest {

    private static final String REPORT = "<?xml version=\"1.0\"?>\n<Report>\n"
            + "  <Line>first</Line>\n".repeat(200) + "</Report>\n";

    /** A streamed answer of {@code REPORT}, written in 7-byte pieces; -1 length means chunked. */
    private static SandboxResponse streamed(boolean lengthKnown, AtomicLong bytesProduced) {
        byte[] bytes = REPORT.getBytes(StandardCharsets.UTF_8);
        return SandboxResponse.streaming(200, "text/xml", Map.of("Content-MD5", "iUI5qlSDSrZOHRgvj4amUQ=="),
                new ResponseBody() {
                    @Override
                    public long length() {
                        return lengthKnown ? bytes.length : -1;
                    }

                    @Override
                    public void writeTo(OutputStream out) throws IOException {
                        for (int i = 0; i < bytes.length; i += 7) {
                            int n = Math.min(7, bytes.length - i);
                            out.write(bytes, i, n);
                            bytesProduced.addAndGet(n);
                        }
                    }
                });
    }

    private static String written(SandboxResponse response) throws IOException {
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        response.stream().writeTo(wire);
        return wire.toString(StandardCharsets.UTF_8);
    }

    @Test
    void cutShortAnnouncesTheWholeStreamWritesTheFractionAndStopsTheWriter() {
        for (boolean lengthKnown : new boolean[] {true, false}) {
            AtomicLong produced = new AtomicLong();
            SandboxResponse cut = WireFaults.cutShort(streamed(lengthKnown, produced), 0.3);
            int length = REPORT.length();
            assertThat(cut.stream().length()).isEqualTo(length);
            ByteArrayOutputStream wire = new ByteArrayOutputStream();
            produced.set(0);
            assertThatThrownBy(() -> cut.stream().writeTo(wire)).isInstanceOf(IOException.class)
                    .hasMessageContaining("cut short");
            assertThat(wire.toString(StandardCharsets.UTF_8)).isEqualTo(REPORT.substring(0, (int) (length * 0.3)));
            if (lengthKnown) {
                // The operation's writer was stopped soon after the cut, not left to write everything.
                assertThat(produced.get()).isLessThan(length * 3L / 10 + 7);
            }
        }
    }

    @Test
    void malformedXmlCutsAStreamInsideTheFirstTagOfItsSecondHalf() throws IOException {
        for (boolean lengthKnown : new boolean[] {true, false}) {
            SandboxResponse malformed = WireFaults.malformedXml(streamed(lengthKnown, new AtomicLong()));
            assertThat(malformed.stream().length()).isEqualTo(-1);
            String body = written(malformed);
            int half = REPORT.length() / 2;
            int tag = REPORT.indexOf('<', half);
            assertThat(body).isEqualTo(REPORT.substring(0, half) + REPORT.substring(tag, tag + 2));
        }
    }

    @Test
    void malformedXmlCutsAnInMemoryBodyTheSameWay() {
        SandboxResponse answer = SandboxResponse.xml(REPORT.getBytes(StandardCharsets.UTF_8));
        String body = new String(WireFaults.malformedXml(answer).body(), StandardCharsets.UTF_8);
        int tag = REPORT.indexOf('<', REPORT.length() / 2);
        assertThat(body).isEqualTo(REPORT.substring(0, tag + 2));
        assertThat(WireFaults.cutPoint("no markup at all".getBytes(StandardCharsets.US_ASCII))).isEqualTo(8);
        assertThat(WireFaults.cutPoint(new byte[0])).isZero();
    }

    @Test
    void trickleKeepsTheStreamAndItsLength() throws IOException {
        SandboxResponse slow = WireFaults.trickle(streamed(true, new AtomicLong()), 1_000_000);
        assertThat(slow.stream().length()).isEqualTo(REPORT.length());
        assertThat(written(slow)).isEqualTo(REPORT);
    }

    @Test
    void wrongContentMd5ChangesTheDigestAndNothingElse() throws IOException {
        SandboxResponse wrong = WireFaults.wrongContentMd5(streamed(true, new AtomicLong()));
        assertThat(wrong.headers().get("Content-MD5")).hasSize(24).isNotEqualTo("iUI5qlSDSrZOHRgvj4amUQ==");
        assertThat(written(wrong)).isEqualTo(REPORT);
        SandboxResponse empty = WireFaults.wrongContentMd5(SandboxResponse.xml(new byte[0]));
        assertThat(empty.headers().get("Content-MD5")).isNotEqualTo("1B2M2Y8AsgTpgAmY7PhCfg==");
    }
}
