package io.camelmws.component.report;

import java.security.MessageDigest;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.junit.jupiter.api.Test;

import io.camelmws.component.http.ContentMd5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The background digest sees every chunk, in order, and never a buffer the caller has already refilled. */
class DigestPipelineTest {

    @Test
    void twoAlternatingBuffersDigestToTheSameMd5AsOneThreadDoes() throws Exception {
        Random random = new Random(7);
        byte[] data = new byte[5_000_000];
        random.nextBytes(data);
        ExecutorService executor = Executors.newCachedThreadPool();
        try {
            DigestPipeline pipeline = new DigestPipeline(ContentMd5.newDigest(), executor);
            byte[][] buffers = {new byte[64 * 1024], new byte[64 * 1024]};
            int current = 0;
            for (int offset = 0; offset < data.length; ) {
                // Uneven chunks, copied into the buffer the pipeline may be reading only if it has let go of it.
                int length = Math.min(data.length - offset, 1 + random.nextInt(buffers[current].length));
                System.arraycopy(data, offset, buffers[current], 0, length);
                pipeline.update(buffers[current], length);
                offset += length;
                current ^= 1;
            }
            assertThat(pipeline.digest()).isEqualTo(MessageDigest.getInstance("MD5").digest(data));
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aDigestThreadThatCannotRunFailsTheDownloadInsteadOfGivingAWrongDigest() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.shutdown();
        DigestPipeline pipeline = new DigestPipeline(ContentMd5.newDigest(), executor);
        assertThatThrownBy(() -> {
            pipeline.update(new byte[] {1, 2, 3}, 3);
            pipeline.digest();
        }).isInstanceOf(RejectedExecutionException.class);
    }
}
