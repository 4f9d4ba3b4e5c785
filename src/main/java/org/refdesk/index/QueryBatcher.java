package org.refdesk.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * Micro-batching of query embeddings: questions that arrive while the model is busy wait in a queue and
 * the next free worker embeds up to {@code maxBatch} of them in one model run. Thread-safe.
 */
final class QueryBatcher {

    private final BlockingQueue<Job> queue = new LinkedBlockingQueue<>();
    private final Function<List<String>, float[][]> batch;
    private final int maxBatch;

    QueryBatcher(Function<List<String>, float[][]> batch, int workers, int maxBatch) {
        this.batch = Objects.requireNonNull(batch, "batch");
        this.maxBatch = maxBatch;
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "query-batch-" + i);
            t.setDaemon(true);
            t.start();
        }
    }

    float[] embed(String text) {
        Job job = new Job(text, new CompletableFuture<>());
        queue.add(job);
        try {
            return job.result().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void work() {
        while (true) {
            List<Job> jobs = new ArrayList<>();
            try {
                jobs.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            queue.drainTo(jobs, maxBatch - 1);
            try {
                float[][] vectors = batch.apply(jobs.stream().map(Job::text).toList());
                for (int i = 0; i < jobs.size(); i++) {
                    jobs.get(i).result().complete(vectors[i]);
                }
            } catch (RuntimeException e) {
                jobs.forEach(j -> j.result().completeExceptionally(e));
            }
        }
    }

    private record Job(String text, CompletableFuture<float[]> result) {
    }
}
